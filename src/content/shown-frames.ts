/**
 * Embedded frames a page shows: Claim Lens reads no frame's text (its content script runs in the top page
 * only), so the popup says when there are some rather than imply it checked them.
 */

/** Frames big enough to hold text a reader would read (not 1-pixel trackers or hidden ad slots). */
const MIN_FRAME_SIDE = 40;

/** How many iframes on the page show content; asked only when the popup asks for the tab's state. */
export function shownFrames(doc: Document): number {
  let n = 0;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const box = frame.getBoundingClientRect();
    if (box.width >= MIN_FRAME_SIDE && box.height >= MIN_FRAME_SIDE) n++;
  }
  return n;
}
