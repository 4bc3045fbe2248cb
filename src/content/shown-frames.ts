/**
 * Embedded frames a page shows: Claim Lens reads no frame's text (its content script runs in the top page
 * only), so the popup says when there are some rather than imply it checked them. Advertisements are not
 * counted: every news page carries some, and "the embedded frame on this page is not read" under a page whose
 * only frame is an ad told the reader of text that was never there.
 */

/** Frames big enough to hold text a reader would read (not 1-pixel trackers or hidden ad slots). */
const MIN_FRAME_SIDE = 40;

/** The standard advertisement sizes (IAB units: rectangles, banners, skyscrapers), width × height. */
const AD_SIZES: readonly (readonly [number, number])[] = [
  [300, 250],
  [336, 280],
  [728, 90],
  [970, 90],
  [970, 250],
  [320, 50],
  [320, 100],
  [300, 50],
  [300, 600],
  [160, 600],
  [120, 600],
  [468, 60],
  [250, 250],
  [200, 200],
];

/** How close a frame's size must come to an ad size (borders, rounding). */
const SIZE_SLACK = 2;

/** Where ad frames come from, or what their pages name them. */
const AD_FRAME =
  /doubleclick|googlesyndication|googleads|google_ads|adservice|amazon-adsystem|adnxs|taboola|outbrain|(?:^|[/_.-])ads?(?:[/_.-]|$)/i;

/** True for a frame that is an advertisement, by its size, its source or its name. */
export function isAdFrame(frame: Element, width: number, height: number): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= SIZE_SLACK;
  if (AD_SIZES.some(([w, h]) => near(width, w) && near(height, h))) return true;
  const names = `${frame.getAttribute('src') ?? ''} ${frame.id} ${frame.getAttribute('name') ?? ''}`;
  return AD_FRAME.test(names);
}

/** How many iframes on the page show content other than ads; asked only when the popup asks for the tab's state. */
export function shownFrames(doc: Document): number {
  let n = 0;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const box = frame.getBoundingClientRect();
    if (box.width < MIN_FRAME_SIDE || box.height < MIN_FRAME_SIDE) continue;
    if (!isAdFrame(frame, box.width, box.height)) n++;
  }
  return n;
}
