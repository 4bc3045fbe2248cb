// @vitest-environment happy-dom
/**
 * A page that stops the pointer's and keys' events before the content script hears them: its capturing listener on
 * the window (or document) was added first, the script running at document_idle. The card listened on the document
 * and never heard a move nor Escape there; it hears them on the window, and past a page's listener on the window,
 * through the mouse's own mousemove and Escape's keyup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../src/content/card/card-controller';
import { OPEN_DELAY_MS } from '../../src/content/card/card-timing';
import type { FoundClaim } from '../../src/content/found-claim';
import type { HitIndex } from '../../src/content/hit-index';
import { found, setBody, testCardController } from './fixtures';
import { rangesHaveABox } from './range-box';

/** The claim under the pointer: happy-dom lays nothing out, so hit-testing is stood in for. */
let under: FoundClaim | null = null;

vi.mock('../../src/content/hit-index', async (original) => ({
  ...(await original<typeof import('../../src/content/hit-index')>()),
  claimAtPoint: () => under,
}));

describe.each([
  ['window', () => window as EventTarget],
  ['document', () => document as EventTarget],
])('a page stopping pointermove and keydown on the %s, capturing, before the card listens', (_, target) => {
  let abort: AbortController;
  let page: AbortController;
  let controller: CardController;
  let claim: FoundClaim;
  beforeEach(() => {
    vi.useFakeTimers();
    setBody(
      '<p><span>More than 280,000</span> people have been killed since the war in Syria began in 2011.</p>',
    );
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('span')!);
    claim = found('c1', range, 'agrees');
    rangesHaveABox();
    page = new AbortController();
    const stop = (event: Event) => event.stopImmediatePropagation();
    for (const type of ['pointermove', 'keydown'])
      target().addEventListener(type, stop, { capture: true, signal: page.signal });
    ({ controller, abort } = testCardController(() => ({}) as HitIndex));
  });
  afterEach(() => {
    controller.destroy();
    abort.abort();
    page.abort();
    under = null;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** What a mouse's move into an element sends, in Chromium's order. */
  const mouseTo = (x: number, y: number) => {
    const span = document.querySelector('span')!;
    const init = { clientX: x, clientY: y, bubbles: true };
    span.dispatchEvent(new PointerEvent('pointerover', init));
    span.dispatchEvent(new MouseEvent('mouseover', init));
    span.dispatchEvent(new PointerEvent('pointermove', init));
    span.dispatchEvent(new MouseEvent('mousemove', init));
  };

  /** What pressing Escape sends: its keydown, then its keyup. */
  const pressEscape = () => {
    for (const type of ['keydown', 'keyup'])
      document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', bubbles: true }));
  };

  it('opens the card on hover', () => {
    under = claim;
    mouseTo(40, 10);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 3);
    expect(controller.openClaim).toBe(claim);
  });

  it('closes the card on Escape', () => {
    expect(controller.open(claim)).toBe(true);
    pressEscape();
    expect(controller.openClaim).toBeNull();
  });
});
