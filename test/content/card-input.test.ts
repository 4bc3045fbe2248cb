// @vitest-environment happy-dom
/**
 * The card's input on the window: each of the mouse's moves is told once, from its pointermove where the page lets
 * that through (the mousemove stand-in is not listened to then, past the crossing into an element), from its
 * mousemove where the page stops pointermove; Escape once, from its keydown or, that stopped, its keyup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenToReader } from '../../src/content/card/card-input';
import { setBody } from './fixtures';

describe.each([
  ['lets them through', false],
  ['stops pointermove and keydown on the window, capturing, first', true],
])('on a page that %s', (_, hostile) => {
  let abort: AbortController;
  const inputs = { move: vi.fn(), leave: vi.fn(), escape: vi.fn(), focusIn: vi.fn() };
  const heard = { mousemove: 0 };
  beforeEach(() => {
    setBody('<p>More than <span>280,000</span> people have been killed.</p>');
    abort = new AbortController();
    const stop = (event: Event) => event.stopImmediatePropagation();
    if (hostile)
      for (const type of ['pointermove', 'keydown'])
        window.addEventListener(type, stop, { capture: true, signal: abort.signal });
    listenToReader(document, inputs, abort.signal);
    // Heard after ours: what reaches the page, to count the moves sent.
    window.addEventListener('mousemove', () => heard.mousemove++, { signal: abort.signal });
  });
  afterEach(() => {
    abort.abort();
    vi.clearAllMocks();
    heard.mousemove = 0;
  });

  /** A mouse moving into the span and on within it, as Chromium sends it. */
  const moves = () => {
    const span = document.querySelector('span')!;
    const send = (type: string, x: number) =>
      span.dispatchEvent(
        new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, { clientX: x, bubbles: true }),
      );
    for (const type of ['pointerover', 'mouseover', 'pointermove', 'mousemove']) send(type, 10);
    for (let x = 11; x < 20; x++) for (const type of ['pointermove', 'mousemove']) send(type, x);
  };

  it('tells each move once, and where it went', () => {
    moves();
    expect(heard.mousemove).toBe(10);
    expect(inputs.move).toHaveBeenCalledTimes(10);
    expect(inputs.move).toHaveBeenLastCalledWith(19, 0, document.querySelector('span'));
  });

  it('tells Escape once', () => {
    for (const type of ['keydown', 'keyup'])
      document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', bubbles: true }));
    expect(inputs.escape).toHaveBeenCalledTimes(1);
  });

  it('hears nothing once its signal aborted', () => {
    abort.abort();
    moves();
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    expect(inputs.move).not.toHaveBeenCalled();
    expect(inputs.escape).not.toHaveBeenCalled();
  });
});
