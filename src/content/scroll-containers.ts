/**
 * Bringing a claim into view: inside the boxes that scroll on their own (a comment pane, a table with
 * `overflow: auto`, a chat column), where scrolling the window alone leaves the claim hidden in its box; in the
 * window, down and across, clear of the bars a page keeps over the top of its view; and knowing when those scrolls
 * have ended, so that a card opens next to its claim and not where the claim was on the way.
 */
import { claimShows } from './card/claim-in-view';
import { inView, MARGIN, visibleView, type ViewBox } from './card/card-place';
import { parentAcross } from './element-kinds';
import { after, type Timer } from './timers';

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
 * sits in the middle of each box it is outside of, and returns the boxes it scrolled. At once even in a box whose
 * style asks for smooth scrolling: each outer box is measured after the inner ones moved. The window is left to
 * the caller, which scrolls it smoothly.
 */
export function scrollIntoContainers(range: Range): Element[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const page = doc.scrollingElement ?? doc.documentElement;
  const moved: Element[] = [];
  for (let element = parentAcross(range.startContainer); element; element = parentAcross(element)) {
    if (element === page || element === doc.body || element === doc.documentElement) break;
    const y = scrolls(element, 'y');
    const x = scrolls(element, 'x');
    if (!x && !y) continue;
    const box = element.getBoundingClientRect();
    const claim = range.getBoundingClientRect();
    let top = 0;
    let left = 0;
    if (y && (claim.top < box.top || claim.bottom > box.bottom))
      top = claim.top - box.top - (element.clientHeight - claim.height) / 2;
    if (x && (claim.left < box.left || claim.right > box.right))
      left = claim.left - box.left - (element.clientWidth - claim.width) / 2;
    if (top === 0 && left === 0) continue;
    element.scrollBy({ top, left, behavior: 'instant' });
    moved.push(element);
  }
  return moved;
}

/** A length of `scroll-padding-top` in px: a percentage is of the view's height; `auto` is none. */
function paddingPx(value: string, height: number): number {
  const number = parseFloat(value);
  if (!Number.isFinite(number) || number <= 0) return 0;
  return value.trim().endsWith('%') ? (number * height) / 100 : number;
}

/** The nearest fixed or sticky element at or around `element` (a page's header bar), up to <body>. */
function barOf(element: Element, view: Window): Element | null {
  for (let e: Element | null = element; e && e !== e.ownerDocument.body; e = e.parentElement) {
    const position = view.getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') return e;
  }
  return null;
}

/**
 * How much of the top of `view` the page keeps covered: its `scroll-padding-top`, or the bars fixed or stuck over
 * it at the columns `xs` (a header, a cookie notice under it), whichever reaches lower. Measured at reveal time
 * only. A bar as tall as half the view is an overlay, not a header, and one holding `claim` does not hide it.
 */
export function coveredTop(doc: Document, view: ViewBox, xs: readonly number[], claim: Node): number {
  const win = doc.defaultView;
  if (!win) return 0;
  const padding = paddingPx(win.getComputedStyle(doc.documentElement).scrollPaddingTop, win.innerHeight);
  let bottom = view.top;
  // Bars stacked one under another: each probe looks just below the last bar found.
  for (let round = 0; round < 3; round++) {
    const y = bottom + 1;
    let lowest = bottom;
    for (const x of xs) {
      for (const hit of doc.elementsFromPoint?.(x, y) ?? []) {
        const bar = barOf(hit, win);
        if (!bar || bar.contains(claim)) continue;
        const box = bar.getBoundingClientRect();
        if (box.top <= y && box.bottom > y && box.height <= view.height / 2)
          lowest = Math.max(lowest, box.bottom);
      }
    }
    if (lowest <= bottom) break;
    bottom = lowest;
  }
  return Math.min(Math.max(padding, bottom - view.top), view.height * 0.6);
}

/** Where in the uncovered part of the view (from its top) a revealed claim is put: above the middle, for its card. */
const REVEAL_AT = 0.35;

/** The window scroll that brings a claim into view, and whether the window will move at all. */
export interface WindowScroll {
  top: number;
  left: number;
  moves: boolean;
}

/**
 * How far to scroll the window so that the claim at `range` sits at REVEAL_AT of what the reader sees below the
 * bars over the top of the view, and, when it is off either side of a page wider than the window, across to the
 * middle. Null when no scroll shows it: no box (hidden, 0×0), clipped by a box of the page, or off the page's
 * scrollable area (a `left: -9999px` label).
 */
export function windowScrollFor(range: Range): WindowScroll | null {
  const doc = range.startContainer.ownerDocument;
  const win = doc?.defaultView;
  if (!doc || !win) return null;
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0 || !claimShows(range)) return null;
  const box = {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
  const view = visibleView(win);
  const width = box.right - box.left;
  const across =
    box.left < view.left || box.right > view.left + view.width
      ? box.left - view.left - Math.max(MARGIN, (view.width - width) / 2)
      : 0;
  const page = doc.scrollingElement ?? doc.documentElement;
  const clamp = (by: number, at: number, most: number) =>
    Math.min(Math.max(at + by, 0), Math.max(most, 0)) - at;
  const left = clamp(across, win.scrollX, page.scrollWidth - win.innerWidth);
  const x = Math.min(Math.max(box.left - left + 1, view.left + 1), view.left + view.width - 1);
  const covered = coveredTop(doc, view, [x, view.left + view.width / 2], range.startContainer);
  const down = box.top - (view.top + covered + REVEAL_AT * (view.height - covered));
  const top = clamp(down, win.scrollY, page.scrollHeight - win.innerHeight);
  const moved = rects.map((r) => ({
    left: r.left - left,
    right: r.right - left,
    top: r.top - top,
    bottom: r.bottom - top,
  }));
  // A claim in a fixed box does not move with the window: seen now, it is seen after.
  if (!inView(moved, view) && !inView(rects, view)) return null;
  return { top, left, moves: Math.abs(top) >= 1 || Math.abs(left) >= 1 };
}

/** How long a scroll gets to start before it is taken not to have (no `scroll` event came). */
export const SETTLE_START_MS = 450;
/** The longest wait for scrolls to end: a page that keeps scrolling gets its card then. */
export const SETTLE_CAP_MS = 3_000;
/** Keys that only modify another: held down for a keyboard step, they are not the reader taking over. */
const MODIFIERS = new Set(['Alt', 'Shift', 'Control', 'Meta', 'AltGraph', 'OS']);

/**
 * Calls `done` once the scrolls of `targets` (the window and boxes just asked to scroll) have ended: on their
 * `scrollend`, else once no `scroll` came for a while (a browser without `scrollend`, a scroll that never began),
 * at once when nothing was asked to move, and at SETTLE_CAP_MS at the latest. A reader who scrolls, clicks, touches
 * or presses a key meanwhile takes over: `done` is not called. Returns what cancels the wait.
 */
export function whenScrolled(win: Window, targets: readonly EventTarget[], done: () => void): () => void {
  const abort = new AbortController();
  const timers: Timer[] = [];
  const pending = new Set(targets);
  // Without scrollend, scroll events stop at the end; with it, a long quiet is only a safety net.
  const quiet = 'onscrollend' in win ? 400 : 150;
  let last = performance.now();
  const end = (settled: boolean) => {
    if (abort.signal.aborted) return;
    abort.abort();
    for (const timer of timers) timer.cancel();
    if (settled) done();
  };
  const passive = { signal: abort.signal, passive: true };
  for (const target of targets) {
    target.addEventListener('scroll', () => void (last = performance.now()), passive);
    target.addEventListener(
      'scrollend',
      () => {
        pending.delete(target);
        if (pending.size === 0) end(true);
      },
      passive,
    );
  }
  const reader = { ...passive, capture: true };
  for (const type of ['wheel', 'touchstart', 'pointerdown'])
    win.addEventListener(type, () => end(false), reader);
  win.addEventListener(
    'keydown',
    (event) => {
      if (!MODIFIERS.has(event.key)) end(false);
    },
    reader,
  );
  const check = () => {
    if (performance.now() - last >= quiet) end(true);
    else timers.push(after(quiet, check));
  };
  timers.push(
    after(targets.length === 0 ? 0 : SETTLE_START_MS, () => (targets.length === 0 ? end(true) : check())),
  );
  timers.push(after(SETTLE_CAP_MS, () => end(true)));
  return () => end(false);
}
