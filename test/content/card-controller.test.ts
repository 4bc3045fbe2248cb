// @vitest-environment happy-dom
/** When the hover card closes: on the pointer leaving the window, not on every element the pointer leaves. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController, CLOSE_DELAY_MS } from '../../src/content/card/card-controller';
import { found, setBody, testCardController } from './fixtures';

describe('CardController closing', () => {
  let abort: AbortController;
  let controller: CardController;
  beforeEach(() => {
    vi.useFakeTimers();
    setBody('<p>Some activist groups put the death toll at <span>250,000</span> people killed.</p>');
    ({ controller, abort } = testCardController(() => null));
  });
  afterEach(() => {
    controller.destroy();
    abort.abort();
    vi.useRealTimers();
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
});
