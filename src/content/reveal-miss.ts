/**
 * Why a claim the popup asked to see could not be shown, told apart from what the page still holds of it: the
 * popup says "the page changed" differently from "open that part of the page", and the reader can act on the second.
 */
import type { RevealMiss } from '../shared/messages';

/**
 * True when the page took the claim's text away since it was found: its live range collapsed (the browser moves a
 * range's ends out of removed nodes) or its nodes left the document. A rescan drops such a claim at the next gap;
 * until then the popup may still list it.
 */
export function claimGone(range: Range): boolean {
  return range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected;
}

/**
 * Why a claim still on the page has no window scroll that shows it (windowScrollFor said none): no box at all
 * (`hidden`: a closed section, an inactive tab panel), or a box no scroll brings into sight (`cut-off`: clipped
 * by a box that does not scroll, or off the page's edge).
 */
export function unshownMiss(range: Range): Extract<RevealMiss, 'hidden' | 'cut-off'> {
  const sized = [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
  return sized ? 'cut-off' : 'hidden';
}
