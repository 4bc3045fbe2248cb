/**
 * Whether a sighted reader can see a claim's words, asked of the few claims about to be highlighted (never of the
 * page's every block): pages keep copies of their text for screen readers, for another screen width or for search
 * engines, hidden in ways the block test (`isShown`: the block's display, visibility and opacity) does not see, and
 * highlighting and listing those counted one sentence nine times and drew highlights at x = -9999.
 *
 * Two passes over a batch of claims: computed styles first (display, visibility and opacity through
 * `checkVisibility`, a font size of 0, a clip or clip-path of no area, which boxes clip their overflow), then
 * geometry, read for all of them at once and only for the claims styles left standing: a read between two
 * writes would force a layout per claim.
 */
import { drawnIn, Looks } from './computed-looks';

/** A claim's words on the page: the Range over them and the text nodes they were read from. */
export interface ClaimPlace {
  readonly range: Range;
  readonly nodes: readonly Text[];
}

/** Where the drawn content of a clipping box begins on the page, in the window's coordinates, per axis. */
function contentStart(box: Element, rect: DOMRect, rtl: boolean): { x: number; y: number } {
  // A right-to-left box scrolls to the left of its start: only its top edge bounds it.
  return {
    x: rtl ? -Infinity : rect.left + box.clientLeft - box.scrollLeft,
    y: rect.top + box.clientTop - box.scrollTop,
  };
}

/**
 * For each claim, in order: true when a sighted reader can see its words. A claim is seen when every text node it
 * was read from passes the style test (see Looks.textSeen) under no clip of no area, and its Range's boxes have a
 * size, lie not wholly before the start (left or top) of the page or of the nearest box that clips them, and are in
 * no clipping box of at most one pixel across (the screen readers' "sr-only" box, a `height: 0` fold). Text in the
 * same colour as its backdrop is caught when that backdrop is an ancestor's plain background colour. Text a
 * `content-visibility: auto` box skips is laid out to be measured, as few claims as are there.
 */
export function seenPlaces(places: readonly ClaimPlace[]): boolean[] {
  const doc = places[0]?.range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return places.map(() => true);
  const looks = new Looks(view);
  // Per claim, the clipping boxes above each of its nodes, nearest first (one list for nodes of one parent).
  const clippersOf: (readonly Element[])[][] = [];
  // Style first, for every claim: no geometry is read until all styles are.
  const styled = places.map((place, i) => {
    const lists = new Set<readonly Element[]>();
    for (const node of place.nodes) {
      if (!node.isConnected) return false;
      const parent = drawnIn(node);
      if (!parent || !/\S/.test(node.data)) continue;
      if (!looks.textSeen(parent)) return false;
      const chain = looks.chainOf(parent);
      if (chain.gone) return false;
      lists.add(chain.clippers);
    }
    clippersOf[i] = [...lists];
    return true;
  });
  const root = doc.documentElement;
  const page = root.getBoundingClientRect();
  // A document without layout (a test's DOM) has no sizes to go by: styles decide alone.
  if (page.width === 0 && page.height === 0) return styled;
  const rtl = looks.style(root).direction === 'rtl';
  const pageStart = { x: rtl ? -Infinity : -view.scrollX, y: -view.scrollY };
  const boxes = new Map<Element, { rect: DOMRect; start: { x: number; y: number } }>();
  const boxOf = (element: Element) => {
    let box = boxes.get(element);
    if (!box) {
      const rect = element.getBoundingClientRect();
      const boxRtl = looks.style(element).direction === 'rtl';
      boxes.set(element, (box = { rect, start: contentStart(element, rect, boxRtl) }));
    }
    return box;
  };
  // Wholly before a start: past its left edge or above its top, where nothing scrolls to.
  const before = (rect: DOMRect, start: { x: number; y: number }) =>
    rect.right <= start.x || rect.bottom <= start.y;
  const reaching = new Map<readonly Element[], boolean>();
  const reachesPage = (clippers: readonly Element[]) => {
    let reaches = reaching.get(clippers);
    if (reaches === undefined) {
      const chain = clippers.map(boxOf);
      // Each clipping box must have a size and reach into the next one out, the outermost into the page.
      reaches = chain.every(
        ({ rect }, c) => rect.width > 1 && rect.height > 1 && !before(rect, chain[c + 1]?.start ?? pageStart),
      );
      reaching.set(clippers, reaches);
    }
    return reaches;
  };
  const measured = (place: ClaimPlace, clippers: (readonly Element[])[]) => {
    if (!clippers.every(reachesPage)) return false;
    const nearest = clippers[0]?.[0];
    const start = nearest ? boxOf(nearest).start : pageStart;
    // The union of the Range's boxes, which leaves out boxes of no size: one call, not a list of rects to read.
    const rect = place.range.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && !before(rect, start);
  };
  const seen = places.map((place, i) => styled[i]! && measured(place, clippersOf[i]!));
  // Text a `content-visibility: auto` box skips (far from the view) has no layout: a Range over it measures
  // nothing. An element's box makes the browser lay that part out; then it is measured again.
  const skipped = places.map((place, i) => (styled[i]! && !seen[i] ? skippedParent(place) : null));
  if (skipped.every((parent) => parent === null)) return seen;
  for (const parent of new Set(skipped)) parent?.getBoundingClientRect();
  boxes.clear();
  reaching.clear();
  return places.map((place, i) => seen[i]! || (skipped[i] !== null && measured(place, clippersOf[i]!)));
}

/**
 * The element holding the claim's first words when they are in a part of the page a `content-visibility: auto`
 * box skips, else null.
 */
function skippedParent(place: ClaimPlace): Element | null {
  const node = place.nodes[0] ?? place.range.startContainer;
  const parent = node.nodeType === 1 ? (node as Element) : drawnIn(node);
  const check = (parent as Partial<Element> | null)?.checkVisibility;
  if (typeof check !== 'function' || check.call(parent, { contentVisibilityAuto: true })) return null;
  return parent;
}
