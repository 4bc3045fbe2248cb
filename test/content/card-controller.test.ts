// @vitest-environment happy-dom
/**
 * When the hover card opens and closes: on the pointer leaving the window, not on every element the pointer leaves;
 * and never beside a claim it cannot point at.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../src/content/card/card-controller';
import { CLOSE_DELAY_MS, RESCAN_GRACE_MS } from '../../src/content/card/card-timing';
import { found, setBody, testCardController } from './fixtures';
import { rangesHaveABox, rect } from './range-box';

describe('CardController closing', () => {
  let abort: AbortController;
  let controller: CardController;
  beforeEach(() => {
    vi.useFakeTimers();
    setBody('<p>Some activist groups put the death toll at <span>250,000</span> people killed.</p>');
    rangesHaveABox();
    ({ controller, abort } = testCardController(() => null));
  });
  afterEach(() => {
    controller.destroy();
    abort.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const claimOnPage = () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('span')!);
    return found('c1', range, 'conflicts');
  };

  it('stays open when the page’s elements report a leave (a card coming up under a resting pointer)', () => {
    const claim = claimOnPage();
    controller.open(claim);
    for (const el of [document.querySelector('span')!, document.querySelector('p')!, document.body])
      el.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(controller.openClaim).toBe(claim);
  });

  it('closes when the pointer leaves the window', () => {
    controller.open(claimOnPage());
    document.documentElement.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(controller.openClaim).toBeNull();
  });

  describe('following its claim while the page changes', () => {
    it('stays open while its paragraph is read again, and shows the claim as found again', () => {
      controller.open(claimOnPage());
      // "(1 minute ago)" ticked beside it: the paragraph's claims are dropped while it is read again …
      controller.follow([]);
      vi.advanceTimersByTime(RESCAN_GRACE_MS / 2);
      expect(controller.openClaim?.id).toBe('c1');
      // … and come back, the sentence (so the id) changed, the words at the same place.
      const again = claimOnPage();
      again.id = 'c1-new-sentence';
      controller.follow([again]);
      vi.advanceTimersByTime(RESCAN_GRACE_MS * 2);
      expect(controller.openClaim).toBe(again);
    });

    it('closes when its claim is not found again in time', () => {
      controller.open(claimOnPage());
      controller.follow([]);
      vi.advanceTimersByTime(RESCAN_GRACE_MS + 1);
      expect(controller.openClaim).toBeNull();
    });

    it('does not take other words at the same place for its claim', () => {
      controller.open(claimOnPage());
      const other = claimOnPage();
      other.id = 'c2';
      other.claim = { ...other.claim, text: '250' };
      controller.follow([other]);
      vi.advanceTimersByTime(RESCAN_GRACE_MS + 1);
      expect(controller.openClaim).toBeNull();
    });

    it('closes at once when its words left the page', () => {
      controller.open(claimOnPage());
      document.querySelector('p')?.remove();
      controller.follow([]);
      expect(controller.openClaim).toBeNull();
    });
  });

  describe('a claim it cannot point at', () => {
    /** True when the card has content on the page (its shadow root is closed: read through the host's own wrap). */
    const drawn = () =>
      ((controller.host as unknown as { wrap: HTMLElement | null }).wrap?.childElementCount ?? 0) > 0;

    it.each([
      ['has no box (hidden, 0×0)', []],
      ['is off the side of a page wider than the window', [rect(1_100, 100, 100, 20)]],
      ['is below the window', [rect(100, 900, 100, 20)]],
    ])('opens no card for a claim that %s, nor leaves the last one where it was', (_, lines) => {
      expect(controller.open(claimOnPage())).toBe(true);
      expect(drawn()).toBe(true);
      const away = claimOnPage();
      away.id = 'c2';
      away.range.getClientRects = () => lines as unknown as DOMRectList;
      // Shown anyway, the card came up at the last card's place, or at the window's top left corner.
      expect(controller.open(away, { focus: true })).toBe(false);
      expect(controller.openClaim).toBeNull();
      expect(drawn()).toBe(false);
    });
  });

  describe('keyboard focus', () => {
    const focusOnPage = () => {
      const button = document.createElement('button');
      document.body.append(button);
      button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    };

    it('closes a card opened with focus when focus moves on to the page', () => {
      controller.open(claimOnPage(), { focus: true });
      focusOnPage();
      expect(controller.openClaim).toBeNull();
    });

    it('leaves a card opened by hover alone when focus moves about the page', () => {
      controller.open(claimOnPage());
      focusOnPage();
      expect(controller.openClaim?.id).toBe('c1');
    });
  });
});
