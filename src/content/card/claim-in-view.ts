/**
 * Whether a claim can be seen inside the boxes that clip it: a comment pane or a table with `overflow: auto`
 * scrolled by the wheel moves its claim out of sight without leaving the window, and the card had stayed open,
 * following a claim no one could see. The window itself is checked by the card's placement.
 */
import { safeMatches } from './top-layer';
import { parentAcross } from '../element-kinds';

/** A box in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far up the tree a box has escaped its parents' clipping: by `position: absolute`, or `fixed`. */
type Escape = 'none' | 'absolute' | 'fixed';

/** True when an element of `style` is the containing block of its fixed descendants (a transform, filter, containment). */
function holdsFixed(style: CSSStyleDeclaration): boolean {
  const has = (value: string | undefined) => value !== undefined && value !== '' && value !== 'none';
  return (
    has(style.transform) ||
    has(style.filter) ||
    has(style.perspective) ||
    /paint|layout|strict|content/.test(style.contain ?? '') ||
    /transform|perspective|filter/.test(style.willChange ?? '')
  );
}

/** True when an element of `style` is the containing block of descendants that escaped as `escape` says. */
function contains(style: CSSStyleDeclaration, escape: Escape): boolean {
  if (escape === 'none') return true;
  if (holdsFixed(style)) return true;
  return escape === 'absolute' && style.position !== '' && style.position !== 'static';
}

/**
 * Displays whose box has no overflow to clip (`overflow` does not apply to them), though their computed style may
 * say `hidden`: a span's client box is empty, and would have hidden every claim inside it.
 */
const NOT_CLIPPING =
  /^(inline|contents|table-row|table-row-group|table-header-group|table-footer-group|table-column|table-column-group)$/;

/** True for an element the browser draws in its top layer, above and outside every ancestor's box. */
function inTopLayer(element: Element): boolean {
  // A browser without one of these pseudo-classes has no such element either.
  return [':modal', ':popover-open', ':fullscreen'].some((selector) => safeMatches(element, selector));
}

/** The part of `element`'s box its content is drawn in (inside its borders and scrollbars), in viewport pixels. */
function clientBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  // The client sizes are layout pixels; the rect is drawn ones (a CSS zoom or transform scales them apart).
  const html = element as HTMLElement;
  const scaleX = html.offsetWidth > 0 ? rect.width / html.offsetWidth : 1;
  const scaleY = html.offsetHeight > 0 ? rect.height / html.offsetHeight : 1;
  const left = rect.left + element.clientLeft * scaleX;
  const top = rect.top + element.clientTop * scaleY;
  return {
    left,
    top,
    right: left + element.clientWidth * scaleX,
    bottom: top + element.clientHeight * scaleY,
  };
}

/**
 * The box the boxes around `node` leave it to be drawn in: the overlap of every ancestor that clips its overflow
 * (along each axis it clips), skipping those that a positioned box between them escapes, and stopping at the
 * page's own scrolling and at the top layer. Null when nothing clips it.
 */
export function clipBoxOf(node: Node): Box | null {
  const doc = node.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return null;
  const page = doc.scrollingElement ?? doc.documentElement;
  let clip: Box | null = null;
  let escape: Escape = 'none';
  for (let element = parentAcross(node); element; element = parentAcross(element)) {
    if (element === page || element === doc.body || element === doc.documentElement) break;
    const style = view.getComputedStyle(element);
    const holds = contains(style, escape);
    const boxed = !NOT_CLIPPING.test(style.display);
    const clipsX = boxed && style.overflowX !== '' && style.overflowX !== 'visible';
    const clipsY = boxed && style.overflowY !== '' && style.overflowY !== 'visible';
    if (holds && (clipsX || clipsY)) {
      const box = clientBox(element);
      clip ??= { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      if (clipsX)
        clip = { ...clip, left: Math.max(clip.left, box.left), right: Math.min(clip.right, box.right) };
      if (clipsY)
        clip = { ...clip, top: Math.max(clip.top, box.top), bottom: Math.min(clip.bottom, box.bottom) };
    }
    if (inTopLayer(element)) break;
    if (holds) escape = 'none';
    if (style.position === 'absolute') escape = escape === 'fixed' ? 'fixed' : 'absolute';
    else if (style.position === 'fixed') escape = 'fixed';
  }
  return clip;
}

/** True when some of `rects` (a claim's lines) shows inside `clip`; every one does when nothing clips. */
export function showsIn(rects: readonly Box[], clip: Box | null): boolean {
  if (!clip) return rects.length > 0;
  return rects.some(
    (r) =>
      Math.min(r.right, clip.right) - Math.max(r.left, clip.left) > 0 &&
      Math.min(r.bottom, clip.bottom) - Math.max(r.top, clip.top) > 0,
  );
}

/** True when some of `range`'s text is visible inside the boxes that clip it (see clipBoxOf). */
export function claimShows(range: Range): boolean {
  return showsIn([...range.getClientRects()], clipBoxOf(range.startContainer));
}
