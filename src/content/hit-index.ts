/**
 * Finds the claim under the pointer. Highlights receive no events, so the pointer's caret position
 * (text node, offset) is looked up among the claims' ranges, kept sorted per text node for a binary
 * search, and the hit is confirmed against the range's client rectangles. The caret is looked for inside the
 * shadow roots that hold claims, which the browser is told of (it stops at their hosts otherwise).
 */
import type { FoundClaim } from './found-claim';
import { shadowRootOf } from './shadow-styles';

interface Entry {
  start: number;
  end: number;
  claim: FoundClaim;
}

/** The parts of a range inside each text node it covers. */
function pieces(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) out.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    add(root as Text);
    return out;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) add(node as Text);
    else if (out.length > 0) break;
  }
  return out;
}

/** Claims indexed by the text nodes they cover. */
export class HitIndex {
  private readonly byNode = new Map<Text, Entry[]>();
  /** The claims in each shadow root (its own tree, not those nested in it). */
  private readonly byShadowRoot = new Map<ShadowRoot, FoundClaim[]>();
  /** The shadow roots that hold claims, and those around them: the caret is looked for inside them. */
  readonly shadowRoots: readonly ShadowRoot[];

  constructor(claims: readonly FoundClaim[]) {
    const roots = new Set<ShadowRoot>();
    for (const claim of claims) {
      const root = shadowRootOf(claim.range.startContainer);
      if (root) {
        let list = this.byShadowRoot.get(root);
        if (!list) this.byShadowRoot.set(root, (list = []));
        list.push(claim);
        for (let r: ShadowRoot | null = root; r && !roots.has(r); r = shadowRootOf(r.host)) roots.add(r);
      }
      for (const { node, start, end } of pieces(claim.range)) {
        let list = this.byNode.get(node);
        if (!list) this.byNode.set(node, (list = []));
        list.push({ start, end, claim });
      }
    }
    for (const list of this.byNode.values()) list.sort((a, b) => a.start - b.start);
    this.shadowRoots = [...roots];
  }

  /**
   * The claim at (x, y) among those of the shadow tree drawn there, found by their boxes: for a browser whose caret
   * stops at a shadow root's host. Only that tree's claims are measured, and only on a page with claims in one.
   */
  inShadowTreeAt(doc: Document, x: number, y: number): FoundClaim | null {
    if (this.byShadowRoot.size === 0) return null;
    let element = hitTest(doc, x, y);
    // Down through the open shadow roots drawn at the point (each stops at the hosts of the trees inside it).
    for (let depth = 0; element?.shadowRoot && depth < 32; depth++) {
      const inner = hitTest(element.shadowRoot, x, y);
      if (!inner || inner === element || inner.getRootNode() !== element.shadowRoot) break;
      element = inner;
    }
    const root = element && shadowRootOf(element);
    let best: FoundClaim | null = null;
    for (const claim of (root && this.byShadowRoot.get(root)) ?? []) {
      if (!rangeContainsPoint(claim.range, x, y)) continue;
      if (!best || claim.range.toString().length < best.range.toString().length) best = claim;
    }
    return best;
  }

  /** The claim covering (node, offset); the shortest one when claims nest (a number inside a quote). */
  at(node: Node, offset: number): FoundClaim | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.start <= offset) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    let best: Entry | null = null;
    // Entries starting before the offset may still cover it; nesting is shallow, so look back a little.
    for (let i = last; i >= 0 && i > last - 16; i--) {
      const entry = list[i]!;
      if (offset <= entry.end && (!best || entry.end - entry.start < best.end - best.start)) best = entry;
    }
    return best?.claim ?? null;
  }
}

/** The element drawn at a point in `scope`'s tree, or null where the DOM has no hit test. */
function hitTest(scope: DocumentOrShadowRoot, x: number, y: number): Element | null {
  return typeof scope.elementFromPoint === 'function' ? scope.elementFromPoint(x, y) : null;
}

/**
 * The caret position under a point, with whichever API the browser has; inside `shadowRoots` where it can look
 * into them (`caretPositionFromPoint`'s option; a browser without it ignores it).
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? withPosition.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
        : withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof withPosition.caretRangeFromPoint === 'function') {
    const range = withPosition.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when (x, y) lies on one of the range's line boxes (a little slack for the underline). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 2): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - slack &&
      x <= rect.right + slack &&
      y >= rect.top - slack &&
      y <= rect.bottom + slack
    ) {
      return true;
    }
  }
  return false;
}

/** The claim under a point, or null. */
export function claimAtPoint(doc: Document, index: HitIndex, x: number, y: number): FoundClaim | null {
  const caret = caretAt(doc, x, y, index.shadowRoots);
  const claim = caret && index.at(caret.node, caret.offset);
  if (claim && rangeContainsPoint(claim.range, x, y)) return claim;
  // A caret that stopped at a host is put beside it, in its parent: the tree drawn there is measured instead.
  return caret === null || caret.node.nodeType !== 3 ? index.inShadowTreeAt(doc, x, y) : null;
}
