/**
 * Whether a batch of page changes changed the text of a claim shown on the page. A live counter or ticker
 * rewriting the figure inside a highlighted claim leaves its highlight in place over the new figure, with the old
 * figure's underline and card, until a rescan: such a change is rescanned at the first gap, as one that took the
 * claim's text away is (see WatcherEvents.lostClaims), not held back as a restless page's changes are.
 */
import type { FoundClaim } from './found-claim';

/** Text nodes: what a TreeWalker shows for NodeFilter.SHOW_TEXT. */
const SHOW_TEXT = 0x4;

/**
 * The nodes whose own change (their text, or their children) changes the claim's text: the text nodes the range
 * covers, the elements between them and the range's common ancestor, and that ancestor. An element above it is
 * not one: a paragraph appended to the article around a claim changes no word of the claim.
 */
export function claimNodes(range: Range, into: Set<Node>): void {
  const common = range.commonAncestorContainer;
  into.add(common);
  if (common.nodeType === 3) return;
  const doc = common.ownerDocument ?? (common as Document);
  const walker = doc.createTreeWalker(common, SHOW_TEXT);
  let inside = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) {
      // The range's text nodes are consecutive: past them, the rest of the container is not the claim's.
      if (inside) break;
      continue;
    }
    inside = true;
    for (let n: Node | null = node; n && n !== common && !into.has(n); n = n.parentNode) into.add(n);
  }
}

/**
 * The claims shown, indexed by the nodes whose change changes their text. The index is built again only when the
 * claims are not those it was built of: a page changing every frame pays one pass over the claims and one look-up
 * per changed node a batch, never a range test per claim and change.
 */
export class ClaimEdits {
  private indexed: readonly FoundClaim[] = [];
  private nodes = new Set<Node>();

  /**
   * True when a claim of `claims` lost its text (its range collapsed: the page replaced its nodes) or when one of
   * `edited` (nodes whose text or children changed in the batch) is one of a claim's own nodes (see claimNodes).
   */
  lost(claims: readonly FoundClaim[], edited: ReadonlySet<Node>): boolean {
    let same = claims.length === this.indexed.length;
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i]!;
      if (claim.range.collapsed) return true;
      if (same && claim !== this.indexed[i]) same = false;
    }
    if (edited.size === 0 || claims.length === 0) return false;
    if (!same) this.index(claims);
    for (const node of edited) if (this.nodes.has(node)) return true;
    return false;
  }

  private index(claims: readonly FoundClaim[]): void {
    this.indexed = [...claims];
    this.nodes = new Set();
    for (const claim of claims) {
      try {
        claimNodes(claim.range, this.nodes);
      } catch {
        // A range the page moved into a tree of another document: it has no nodes of this one to watch.
      }
    }
  }
}
