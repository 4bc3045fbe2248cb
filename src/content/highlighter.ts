/**
 * Draws highlights for the claims with context. The CSS Custom Highlight API paints ranges without
 * touching the page's DOM; where it is missing, claims are wrapped in <claim-lens-mark> elements that
 * are removed cleanly again. Both are styled by highlights.css, which the manifest declares for the document and
 * which the shadow roots holding a claim adopt (see shadow-styles.ts).
 */
import { TONES, type ClaimTone } from '../shared/relation-words';
import type { FoundClaim } from './found-claim';
import { ShadowStyles } from './shadow-styles';

/** Name of the highlight registered for a claim's tone. */
export const highlightName = (relation: ClaimTone | 'focus') => `claim-lens-${relation}`;

/** The drawing side of the content script. */
export interface Highlighter {
  /** Shows exactly these claims (a fallback highlighter may update their ranges). */
  sync(claims: readonly FoundClaim[]): void;
  /** Marks one claim as the one being revealed, or none. */
  focus(claim: FoundClaim | null): void;
  /**
   * Puts back what the page took away without telling us: a page that empties `CSS.highlights` or our highlights,
   * takes ranges out of them, or sets its own under our names.
   */
  restore(): void;
  /** Removes every highlight (and wrapper) it made. */
  destroy(): void;
}

interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
  get(name: string): Highlight | undefined;
}

function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
}

/**
 * Highlighter on the CSS Custom Highlight API: one Highlight per relation, plus one for focus, registered
 * with the first claim: a page with nothing to highlight gets nothing registered.
 */
class RangeHighlighter implements Highlighter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly styles = new ShadowStyles();

  constructor(private readonly registry: HighlightRegistryLike) {}

  private install(): void {
    if (this.highlights.size > 0) return;
    for (const relation of [...TONES, 'focus' as const]) {
      const highlight = new Highlight();
      if (relation === 'focus') highlight.priority = 1;
      this.highlights.set(highlightName(relation), highlight);
      this.registry.set(highlightName(relation), highlight);
      this.sizes.set(highlight, 0);
    }
  }

  /** What each highlight holds now, by claim id: updates touch only the claims that changed. */
  private readonly shown = new Map<string, { range: Range; highlight: Highlight }>();
  /** The focus highlight's one range, or null. */
  private focused: Range | null = null;
  /**
   * Each highlight's size after our last change to it. The page shares the registry and our Highlight objects
   * with us: one that empties them (`CSS.highlights.get(name).clear()`) or takes a range out leaves the popup
   * listing claims that are no longer drawn, and nothing tells us. Its size then differs, which is cheap to see.
   */
  private readonly sizes = new Map<Highlight, number>();

  sync(claims: readonly FoundClaim[]): void {
    if (claims.length > 0) this.install();
    // Changes are made to what was shown: what the page took since must be back first.
    this.repair();
    const wanted = new Set<string>();
    for (const claim of claims) {
      wanted.add(claim.id);
      const highlight = this.highlights.get(highlightName(claim.relation));
      const current = this.shown.get(claim.id);
      if (!highlight || (current && current.range === claim.range && current.highlight === highlight))
        continue;
      current?.highlight.delete(current.range);
      highlight.add(claim.range);
      this.styles.cover(claim.range.startContainer);
      this.shown.set(claim.id, { range: claim.range, highlight });
    }
    for (const [id, { range, highlight }] of this.shown) {
      if (wanted.has(id)) continue;
      highlight.delete(range);
      this.shown.delete(id);
    }
    for (const highlight of this.highlights.values()) this.sizes.set(highlight, highlight.size);
  }

  focus(claim: FoundClaim | null): void {
    if (claim) this.install();
    const highlight = this.highlights.get(highlightName('focus'));
    this.focused = claim?.range ?? null;
    if (!highlight) return;
    highlight.clear();
    if (claim) highlight.add(claim.range);
    this.sizes.set(highlight, highlight.size);
  }

  restore(): void {
    this.repair();
    this.styles.restore();
  }

  /**
   * Registers our highlights again under their names (the page deleted them, or set its own there: the names are
   * ours, and a page's Highlight under one hid every claim of its tone), and refills the ones whose size is not the
   * one we left them at. A size compare per highlight: this runs every few seconds on pages with thousands of
   * claims, and refills only what the page changed. A page that swapped a range for one of its own, keeping the
   * size, is not seen.
   */
  private repair(): void {
    const changed = new Set<Highlight>();
    for (const [name, highlight] of this.highlights) {
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
      if (highlight.size !== this.sizes.get(highlight)) changed.add(highlight);
    }
    if (changed.size === 0) return;
    // Cleared first: a page may have put ranges of its own in ours too.
    for (const highlight of changed) highlight.clear();
    for (const { range, highlight } of this.shown.values()) if (changed.has(highlight)) highlight.add(range);
    const focus = this.highlights.get(highlightName('focus'));
    if (focus && this.focused && changed.has(focus)) focus.add(this.focused);
    for (const highlight of changed) this.sizes.set(highlight, highlight.size);
  }

  destroy(): void {
    this.styles.clear();
    this.shown.clear();
    this.sizes.clear();
    this.focused = null;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      // Only remove what is still ours: never delete a highlight someone else registered under the name.
      if (this.registry.get(name) === highlight) this.registry.delete(name);
    }
    this.highlights.clear();
  }
}

/** The element name of the fallback wrapper. */
export const MARK_TAG = 'claim-lens-mark';

/** Text nodes a range covers, with the covered part of each. */
function coveredText(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const consider = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) out.push({ node, start, end });
  };
  if (root.nodeType === 3) consider(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 0x4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) consider(node as Text);
  }
  return out;
}

/** Merges a text node with its text-node neighbours, undoing the splits the wrappers made. */
function mergeAround(node: Text): void {
  let current = node;
  while (current.previousSibling?.nodeType === 3) {
    const previous = current.previousSibling as Text;
    previous.appendData(current.data);
    current.remove();
    current = previous;
  }
  while (current.nextSibling?.nodeType === 3) {
    const next = current.nextSibling as Text;
    current.appendData(next.data);
    next.remove();
  }
}

/** Removes wrapper elements, putting their children back and re-joining split text. */
export function unwrapMarks(marks: readonly Element[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const children = [...mark.childNodes];
    for (const child of children) parent.insertBefore(child, mark);
    mark.remove();
    for (const child of children) if (child.nodeType === 3 && child.parentNode) mergeAround(child as Text);
  }
}

/**
 * Fallback highlighter: wraps each claim's text in <claim-lens-mark data-relation>. This changes the DOM,
 * so `onDomChange` lets the caller drop the mutation records its own wrapping caused.
 */
export class MarkHighlighter implements Highlighter {
  private readonly marks = new Map<string, { relation: ClaimTone; elements: Element[] }>();
  private readonly styles = new ShadowStyles();

  constructor(
    private readonly doc: Document,
    private readonly onDomChange: () => void = () => undefined,
  ) {}

  sync(claims: readonly FoundClaim[]): void {
    const wanted = new Set(claims.map((claim) => claim.id));
    for (const [id, entry] of this.marks) {
      if (!wanted.has(id)) {
        unwrapMarks(entry.elements);
        this.marks.delete(id);
      }
    }
    for (const claim of claims) {
      const entry = this.marks.get(claim.id);
      if (entry) {
        if (entry.relation !== claim.relation) {
          entry.relation = claim.relation;
          for (const element of entry.elements) element.setAttribute('data-relation', claim.relation);
        }
        continue;
      }
      const elements = this.wrap(claim);
      if (elements.length > 0) this.marks.set(claim.id, { relation: claim.relation, elements });
    }
    this.onDomChange();
  }

  private wrap(claim: FoundClaim): Element[] {
    const pieces = coveredText(claim.range);
    const elements: Element[] = [];
    for (const { node, start, end } of pieces) {
      if (end < node.length) node.splitText(end);
      const target = start > 0 ? node.splitText(start) : node;
      const mark = this.doc.createElement(MARK_TAG);
      mark.setAttribute('data-relation', claim.relation);
      target.parentNode?.insertBefore(mark, target);
      mark.appendChild(target);
      this.styles.cover(mark);
      elements.push(mark);
    }
    // Moving text into the wrappers collapses the live range; point it at the wrapped text again.
    const first = elements[0]?.firstChild;
    const last = elements[elements.length - 1]?.lastChild;
    if (first && last) {
      const range = this.doc.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.nodeType === 3 ? (last as Text).length : last.childNodes.length);
      claim.range = range;
    }
    return elements;
  }

  focus(claim: FoundClaim | null): void {
    for (const [id, entry] of this.marks) {
      for (const element of entry.elements) element.toggleAttribute('data-focus', claim?.id === id);
    }
  }

  restore(): void {
    // Wrappers the page removes are a DOM change: the page watcher rescans and sync puts them back.
    this.styles.restore();
  }

  destroy(): void {
    for (const entry of this.marks.values()) unwrapMarks(entry.elements);
    this.marks.clear();
    this.styles.clear();
    this.onDomChange();
  }
}

/** The best highlighter this browser supports. */
export function createHighlighter(doc: Document, onDomChange?: () => void): Highlighter {
  const reg = registry();
  return reg ? new RangeHighlighter(reg) : new MarkHighlighter(doc, onDomChange);
}
