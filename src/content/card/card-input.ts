/**
 * The reader's pointer and keys as the card needs them, heard as early as a content script can hear them. The
 * script runs at document_idle: a page's capturing listener on the window was added before ours, runs first, and
 * one that calls `stopImmediatePropagation()` on `pointermove` or `keydown` (a drawing tool, a game, a slide deck
 * taking the keys) silenced the card, which listened on the document: no card came up on hover, and Escape did not
 * close one. The window in the capture phase is the earliest point; past a page's listener there, the mouse's own
 * `mousemove` (a separate event that follows each mouse `pointermove`) and Escape's `keyup` stand in.
 *
 * The stand-in for moves is listened to only from the pointer coming over an element (`mouseover`, which Chromium
 * sends before the move's `pointermove`) until a `pointermove` is heard: on a page that lets pointermove through,
 * for a moment at each crossing into another element; on one that stops it, for as long as it does. Heard on
 * every move, the stand-in had each move cross into the content script's world twice (+1 µs per move measured).
 */

/** What the card does with what the reader does. */
export interface CardInputs {
  /** The pointer moved to (x, y) in the viewport, over `target`. */
  move(x: number, y: number, target: EventTarget | null): void;
  /** The pointer left the window. */
  leave(): void;
  /** The reader pressed Escape. */
  escape(): void;
  /** Keyboard focus moved to `target`. */
  focusIn(target: EventTarget | null): void;
}

/** Listens for the reader's input on `doc`'s window until `signal` aborts. */
export function listenToReader(doc: Document, inputs: CardInputs, signal: AbortSignal): void {
  const first: EventTarget = doc.defaultView ?? doc;
  const passive = { signal, passive: true, capture: true };
  const active = { signal, capture: true };
  const move = (event: Event) => {
    const { clientX, clientY, target } = event as MouseEvent;
    inputs.move(clientX, clientY, target);
  };
  let standingIn = false;
  const standIn = (on: boolean) => {
    if (on === standingIn || signal.aborted) return;
    standingIn = on;
    if (on) first.addEventListener('mousemove', move, passive);
    else first.removeEventListener('mousemove', move, { capture: true });
  };
  first.addEventListener(
    'pointermove',
    (event) => {
      standIn(false);
      move(event);
    },
    passive,
  );
  first.addEventListener('mouseover', () => standIn(true), passive);
  // Only the pointer leaving the window: captured, this also hears every element the pointer leaves, and a card
  // that comes up under a resting pointer makes the page's elements report a leave with no move after.
  const root = doc.documentElement;
  root.addEventListener('pointerleave', (event) => event.target === root && inputs.leave(), passive);
  let escapeHeard = false;
  first.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      escapeHeard = true;
      inputs.escape();
    },
    active,
  );
  first.addEventListener(
    'keyup',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      if (!escapeHeard) inputs.escape();
      escapeHeard = false;
    },
    active,
  );
  // Focus moving on to the page (Tab past the card's last control, a click elsewhere) leaves the card behind.
  first.addEventListener('focusin', (event) => inputs.focusIn(event.target), active);
}

/**
 * Listens for the reader's input (see listenToReader) and for the view moving under the card: the window scrolled
 * or resized, or a pinch-zoomed view panned or zoomed without the window scrolling (the card is placed within what
 * it shows), until `signal` aborts.
 */
export function listenToPage(
  doc: Document,
  inputs: CardInputs,
  viewMoved: () => void,
  signal: AbortSignal,
): void {
  listenToReader(doc, inputs, signal);
  const view = doc.defaultView;
  const options = { signal, passive: true, capture: true };
  for (const target of [view, view?.visualViewport])
    for (const type of ['scroll', 'resize']) target?.addEventListener(type, viewMoved, options);
}
