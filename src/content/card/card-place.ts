/**
 * Where the card goes next to its claim, in the part of the page the reader sees: the visual viewport, which
 * under pinch zoom is a part of the layout viewport that `position: fixed` and client rects are measured in.
 */

/** The margin the card keeps from the edges of the view and from its claim. */
export const MARGIN = 8;

/** The least height a card is cut to (its head, the claim, a source's first lines) at the default font size. */
export const MIN_HEIGHT = 160;

/** The part of the page the reader sees, in the layout viewport's (client) pixels. */
export interface ViewBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What the reader sees of the page: the visual viewport where the browser has one (pinch-zoomed, it is a part of
 * the layout viewport: placed against the layout viewport, the card's right half and "Open full view" were off
 * screen), else the layout viewport.
 */
export function visibleView(view: Window | null | undefined): ViewBox {
  const visual = view?.visualViewport;
  if (visual && visual.width > 0 && visual.height > 0)
    return { left: visual.offsetLeft, top: visual.offsetTop, width: visual.width, height: visual.height };
  return { left: 0, top: 0, width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
}

/**
 * Where to put a card of `size` next to `anchor` inside the viewport: below, else above; in a window too short
 * for either, on the side with more room and cut to fit it (`maxHeight`; its body scrolls), to no less than its
 * `minHeight`. A card that covered the claim would hide what it explains, and come up under a resting pointer.
 * The viewport starts at its `left` and `top` (a pinch-zoomed visual viewport's offsets), 0 when not given.
 */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number; minHeight?: number },
  viewport: { width: number; height: number; left?: number; top?: number },
): { left: number; top: number; maxHeight: number | null } {
  const x0 = viewport.left ?? 0;
  const y0 = viewport.top ?? 0;
  const minHeight = size.minHeight ?? MIN_HEIGHT;
  const anchorTop = anchor.top - y0;
  const anchorBottom = anchor.bottom - y0;
  const roomBelow = viewport.height - anchorBottom - 2 * MARGIN;
  const roomAbove = anchorTop - 2 * MARGIN;
  let top: number;
  let maxHeight: number | null = null;
  if (size.height <= roomBelow) top = anchorBottom + MARGIN;
  else if (size.height <= roomAbove) top = anchorTop - MARGIN - size.height;
  else if (roomBelow >= roomAbove) {
    maxHeight = Math.max(roomBelow, minHeight);
    top = anchorBottom + MARGIN;
  } else {
    maxHeight = Math.max(roomAbove, minHeight);
    top = anchorTop - MARGIN - maxHeight;
  }
  top = Math.max(
    MARGIN,
    Math.min(top, viewport.height - Math.min(size.height, maxHeight ?? Infinity) - MARGIN),
  );
  const left = Math.max(MARGIN, Math.min(anchor.left - x0, viewport.width - size.width - MARGIN));
  return { left: left + x0, top: top + y0, maxHeight };
}

/**
 * What a card is placed against: the line of the claim at `near` (the pointer), else its first line, for where the
 * card starts across; the claim's whole height, all its lines, for above or below. Placed against one line, a
 * card for a quote wrapped over two came up over the other line. Null when the claim has no box.
 */
export function cardAnchor(
  rects: readonly { left: number; top: number; bottom: number }[],
  near: { x: number; y: number } | null,
): { left: number; top: number; bottom: number } | null {
  const line = (near && rects.find((r) => near.y >= r.top - 2 && near.y <= r.bottom + 2)) ?? rects[0];
  if (!line) return null;
  let top = line.top;
  let bottom = line.bottom;
  for (const r of rects) {
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left: line.left, top, bottom };
}

/**
 * True when some of `rects` (a claim's lines) lies inside `view`: a card beside a claim off the side of a page
 * wider than the window, or below a pinch-zoomed view, points at nothing the reader sees.
 */
export function inView(
  rects: readonly { left: number; top: number; right: number; bottom: number }[],
  view: ViewBox,
): boolean {
  return rects.some(
    (r) =>
      Math.min(r.right, view.left + view.width) - Math.max(r.left, view.left) > 0 &&
      Math.min(r.bottom, view.top + view.height) - Math.max(r.top, view.top) > 0,
  );
}
