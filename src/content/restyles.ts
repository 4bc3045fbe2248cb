/**
 * Restyles that may show or hide text already read, gathered into one check after a burst: a class or inline style
 * change (tabs, accordions and "read more" buttons reveal text by restyling it), the end of a transition or
 * animation, a `content-visibility: auto` box drawn or skipped, and a resize, after which a page's CSS breakpoint
 * may show another copy of its text. Pages that restyle all the time must not cost a check each.
 */
import { parentAcross, wasInlineHidden } from './element-kinds';
import { after, type Timer } from './timers';

/** A class or style change is checked this long after the first one of a burst. */
export const RESTYLE_MS = 300;
/**
 * Quiet time after the last resize event (a window dragged, a zoom, a phone turned) before the page is checked:
 * once per resize, never per event.
 */
export const RESIZE_MS = 300;
/** Beyond this many restyled elements, their parents are checked instead (see coarsened). */
const MAX_TARGETS = 100;

/**
 * The parents of `elements` (their parents' parents, and so on) until there are at most MAX_TARGETS, or null (the
 * whole page) once one is the body. An animation restyling 300 siblings every frame is then one restyled parent
 * holding no claim, not the whole page, whose every claim was measured again every RESTYLE_MS (anim-bench.ts).
 */
function coarsened(elements: ReadonlySet<Element>): Set<Element> | null {
  let current = elements;
  while (current.size > MAX_TARGETS) {
    const parents = new Set<Element>();
    for (const element of current) {
      const parent = parentAcross(element);
      const doc = element.ownerDocument;
      if (!parent || parent === doc.body || parent === doc.documentElement) return null;
      parents.add(parent);
    }
    current = parents;
  }
  return new Set(current);
}

/**
 * True for a class change, or an inline style change that names neither display nor visibility: it may show or
 * hide text already read, which is checked later (see RESTYLE_MS), but it changes no text. An inline display
 * change is read again at once, since text under display: none was never read (see isSkippedElement). The
 * old style is not recorded, so a style that no longer names display counts as one when its element was
 * skipped for display: none (wasInlineHidden).
 */
export function isRestyle(record: MutationRecord): boolean {
  if (record.attributeName === 'class') return true;
  if (record.attributeName !== 'style') return false;
  const target = record.target as Element;
  // The element's own style object, not its attribute, which copies the whole style string at every record: on
  // the benchmark's animated page (anim-bench.ts) the page's script took 77–79 ms a second against 89–100.
  const style = (target as Partial<ElementCSSInlineStyle>).style;
  const named = style !== undefined && (style.display !== '' || style.visibility !== '');
  return !named && !wasInlineHidden(target);
}

/** Restyled elements since the last check, handed to `check` after a burst (null: the whole page). */
export class Restyles {
  private restyled: Set<Element> | null = new Set();
  /** Restyled elements whose parent is in `restyled`. */
  private covered = new Set<Element>();
  private timer: Timer | null = null;
  private resizeTimer: Timer | null = null;

  constructor(private readonly check: (restyled: ReadonlySet<Element> | null) => void) {}

  /** Listens for resizes and for transitions' and animations' ends in `view` until `signal` aborts. */
  listen(view: Window, signal: AbortSignal): void {
    view.addEventListener('resize', () => this.resized(), { passive: true, signal });
    // A transition or animation shows or hides text after the class change that started it, which was checked
    // before it ended (a fade-in with a delay is still transparent then): its end is a restyle of its element.
    const ended = (event: Event): void => {
      const target = event.target as Node | null;
      if (target?.nodeType === 1) this.note(target as Element);
    };
    // A `content-visibility: auto` box drawn as it nears the view, or skipped as it leaves it: its text was
    // measured by a layout forced for the purpose (see seenPlaces), which the page's own may differ from.
    for (const type of ['transitionend', 'animationend', 'contentvisibilityautostatechange'])
      view.addEventListener(type, ended, { capture: true, passive: true, signal });
  }

  /** Notes a restyled element, checked RESTYLE_MS after the first of a burst. */
  note(target: Element): void {
    const restyled = this.restyled;
    // A parent already noted covers its children: the claims around it are all checked. An animated child is
    // restyled every frame: it is looked up once a check, not its parent once a frame.
    if (restyled && !restyled.has(target) && !this.covered.has(target)) {
      if (restyled.has(parentAcross(target)!)) this.covered.add(target);
      else {
        restyled.add(target);
        if (restyled.size > MAX_TARGETS) this.restyled = coarsened(restyled);
      }
    }
    this.timer ??= after(RESTYLE_MS, () => this.fire());
  }

  /** Notes a resize: the whole page is checked once the resizing stops. */
  resized(): void {
    this.resizeTimer?.cancel();
    this.resizeTimer = after(RESIZE_MS, () => {
      this.resizeTimer = null;
      this.restyled = null;
      this.timer?.cancel();
      this.fire();
    });
  }

  /** Forgets what was noted, and checks nothing more until noted again. */
  stop(): void {
    this.timer?.cancel();
    this.timer = null;
    this.resizeTimer?.cancel();
    this.resizeTimer = null;
    this.restyled = new Set();
    this.covered = new Set();
  }

  private fire(): void {
    this.timer = null;
    const restyled = this.restyled;
    this.restyled = new Set();
    this.covered = new Set();
    this.check(restyled);
  }
}
