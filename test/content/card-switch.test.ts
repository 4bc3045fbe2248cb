// @vitest-environment happy-dom
/**
 * Moving from one claim's card to another claim: the other claim's card opens however long the pointer took
 * to get there, even when it then rests and sends no further move, or rests where the closing card lay over it;
 * and one only crossed on the way back into the card does not replace it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../src/content/card/card-controller';
import { CLOSE_DELAY_MS, MOVE_THROTTLE_MS, OPEN_DELAY_MS } from '../../src/content/card/card-timing';
import type { FoundClaim } from '../../src/content/found-claim';
import type { HitIndex } from '../../src/content/hit-index';
import { found, setBody, testCardController } from './fixtures';
import { rangesHaveABox } from './range-box';

/** Which claim lies under each band of x: happy-dom lays nothing out, so hit-testing is stood in for. */
const bands: { from: number; to: number; claim: FoundClaim }[] = [];

vi.mock('../../src/content/hit-index', async (original) => ({
  ...(await original<typeof import('../../src/content/hit-index')>()),
  claimAtPoint: (_doc: Document, _index: HitIndex, x: number) =>
    bands.find((band) => x >= band.from && x < band.to)?.claim ?? null,
}));

describe('CardController moving to another claim', () => {
  let abort: AbortController;
  let controller: CardController;
  let claimA: FoundClaim;
  let claimB: FoundClaim;
  beforeEach(() => {
    vi.useFakeTimers();
    setBody('<p><span id="a">280,000</span> and later <span id="b">250,000</span> killed.</p>');
    const rangeOf = (id: string) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!);
      return range;
    };
    claimA = found('a', rangeOf('a'), 'agrees');
    claimB = found('b', rangeOf('b'), 'conflicts');
    bands.splice(
      0,
      bands.length,
      { from: 100, to: 200, claim: claimA },
      { from: 300, to: 400, claim: claimB },
    );
    rangesHaveABox();
    ({ controller, abort } = testCardController(() => ({}) as HitIndex));
  });
  afterEach(() => {
    controller.destroy();
    abort.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const moveTo = (x: number, target: EventTarget = document.body) =>
    target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));

  /** Rests the pointer on claim A until its card is open. */
  const openA = () => {
    moveTo(150);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 3);
    expect(controller.openClaim).toBe(claimA);
  };

  // The close timer starts when the pointer is seen off the claim; an arrival late in its grace used to get
  // its open cancelled by the close firing in between.
  for (const delay of [50, 150, 200, 250, 290, CLOSE_DELAY_MS + 100]) {
    it(`opens claim B's card when the pointer leaves A and rests on B ${delay} ms later`, () => {
      openA();
      moveTo(250); // between the claims
      vi.advanceTimersByTime(delay);
      moveTo(350); // on B, and no move after
      vi.advanceTimersByTime(CLOSE_DELAY_MS * 4);
      expect(controller.openClaim).toBe(claimB);
    });
  }

  // Card A lay over claim B. The pointer came back onto it, over B, just as A's grace ran out: the move was still
  // the card's when it was looked at, after the card had gone, and B never opened under the resting pointer.
  it("opens claim B's card when the pointer rests where card A covered B as A closes", () => {
    openA();
    moveTo(250);
    // Looked at MOVE_THROTTLE_MS later, when A's close is due: the same moment as the close.
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    moveTo(350, controller.host.element!);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 4);
    expect(controller.openClaim).toBe(claimB);
  });

  it('still closes the card when the pointer crosses B without resting and goes on to empty space', () => {
    openA();
    moveTo(250);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 50);
    moveTo(350);
    vi.advanceTimersByTime(OPEN_DELAY_MS / 4);
    moveTo(500);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 4);
    expect(controller.openClaim).toBeNull();
  });

  it('keeps card A when the pointer crosses B on its way back into the card', () => {
    openA();
    moveTo(250);
    vi.advanceTimersByTime(CLOSE_DELAY_MS / 2);
    moveTo(350);
    // B has been seen and its open is due, but the pointer reaches the card first.
    vi.advanceTimersByTime(MOVE_THROTTLE_MS + OPEN_DELAY_MS / 2);
    moveTo(600, controller.host.element!);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 4);
    expect(controller.openClaim).toBe(claimA);
  });
});
