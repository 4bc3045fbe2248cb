/**
 * Keeping the card above what a page puts in the browser's top layer (a modal <dialog>, its own popovers, a
 * fullscreen element): no z-index reaches over those, and the card had opened under a modal dialog and its
 * backdrop. So the card's host is shown as a popover of its own, which enters the top layer after them. Beside a
 * claim in a modal dialog, the host also moves into that dialog: the browser makes everything outside an open modal
 * dialog inert, and a card there could be seen but neither clicked nor read by a screen reader. Chromium treats a
 * fullscreen element so too (it matches `:modal`), and the host moves into it alike. Beside a claim in
 * a page's popover it moves into that popover, or a click in the card would close the popover (a click outside
 * it). Where the Popover API is missing, the card stays as it was: a fixed element with the highest z-index, at
 * the end of <html>.
 */
import { parentAcross } from '../element-kinds';

/** True when the browser has the Popover API. */
export function hasPopovers(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function' && typeof element.hidePopover === 'function';
}

/** True when `element` is a popover the page shows now that closes on a click outside it (auto or hint). */
function isOpenLightPopover(element: Element): boolean {
  const state = (element as HTMLElement).popover;
  return typeof state === 'string' && state !== 'manual' && safeMatches(element, ':popover-open');
}

/** `element.matches(selector)`, false where the browser does not know the selector. */
export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Where the card's host goes for a claim at `node`: the nearest modal element around it (an open modal dialog, a
 * fullscreen element), whose content alone is not inert, or the nearest open popover of the page that a click
 * outside would close (a click in the card then counts as inside it, and the claim's popover stays). Null for the
 * end of <html>, as before.
 */
export function layerFor(node: Node): Element | null {
  for (let element = parentAcross(node); element; element = parentAcross(element)) {
    // A dialog cannot hold a shadow root, but another element can, and then a child appended to it is not drawn
    // (a closed one cannot be seen from here: see CardHost's attach).
    if (element.localName !== 'dialog' && (element as HTMLElement).shadowRoot) continue;
    if (safeMatches(element, ':modal') || isOpenLightPopover(element)) return element;
  }
  return null;
}

/** Brings `host` (a popover="manual" element) into the top layer, above whatever the page put there. */
export function raise(host: HTMLElement): void {
  if (!hasPopovers(host) || !host.isConnected || safeMatches(host, ':popover-open')) return;
  try {
    host.showPopover();
  } catch {
    // A document that is going away, say: the host is still drawn, as a fixed element.
  }
}

/** Takes `host` out of the top layer. */
export function lower(host: HTMLElement): void {
  if (!hasPopovers(host) || !safeMatches(host, ':popover-open')) return;
  try {
    host.hidePopover();
  } catch {
    // Already hidden by the browser (its dialog removed from the page).
  }
}
