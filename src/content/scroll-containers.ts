/**
 * Bringing a claim into view inside the boxes that scroll on their own (a comment pane, a table with
 * `overflow: auto`, a chat column): scrolling the window alone leaves such a claim hidden in its box, and the
 * card then opens beside whatever covers it.
 */
import { parentAcross } from './element-kinds';

/** True when `element` scrolls its content along the axis: it overflows and its style lets it scroll. */
function scrolls(element: Element, axis: 'x' | 'y'): boolean {
  const overflowing =
    axis === 'y' ? element.scrollHeight > element.clientHeight : element.scrollWidth > element.clientWidth;
  if (!overflowing) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const overflow = axis === 'y' ? style?.overflowY : style?.overflowX;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}

/**
 * Scrolls every box between `range` and the page's own scrolling (innermost first, at once) so that the range
 * sits in the middle of each box it is outside of. The window is left to the caller, which scrolls it smoothly.
 */
export function scrollIntoContainers(range: Range): void {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return;
  const page = doc.scrollingElement ?? doc.documentElement;
  for (let element = parentAcross(range.startContainer); element; element = parentAcross(element)) {
    if (element === page || element === doc.body || element === doc.documentElement) break;
    const y = scrolls(element, 'y');
    const x = scrolls(element, 'x');
    if (!x && !y) continue;
    const box = element.getBoundingClientRect();
    const claim = range.getBoundingClientRect();
    if (y && (claim.top < box.top || claim.bottom > box.bottom))
      element.scrollTop += claim.top - box.top - (element.clientHeight - claim.height) / 2;
    if (x && (claim.left < box.left || claim.right > box.right))
      element.scrollLeft += claim.left - box.left - (element.clientWidth - claim.width) / 2;
  }
}
