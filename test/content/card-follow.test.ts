// @vitest-environment happy-dom
/**
 * The open card following its claim while the page changes without a scroll or a rescan: content put in above
 * it, its words edited or removed; and the card's host under a name the page cannot have defined.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../src/content/card/card-controller';
import { RESCAN_GRACE_MS } from '../../src/content/card/card-timing';
import { claimChanged, ClaimWatch, LostPlace } from '../../src/content/card/card-follow';
import { CARD_TAG, CARD_TAG_PREFIX } from '../../src/content/card/card-host';
import { found, setBody, testCardController } from './fixtures';
import { rect } from './range-box';

/** Gives every Range the line `box()` returns at the time it is asked (the page's layout, as it changes). */
function rangesAt(box: () => DOMRect): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [box()] as unknown as DOMRectList);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() => box());
}

describe('CardController following its claim', () => {
  let abort: AbortController;
  let controller: CardController;
  let line: DOMRect;
  beforeEach(() => {
    vi.useFakeTimers();
    setBody('<div id="box"><p>More than <span>280,000</span> people have been killed.</p></div>');
    line = rect(100, 100, 100, 20);
    rangesAt(() => line);
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
    return found('c1', range, 'agrees');
  };
  /** Where the card's box is put, in px from the top of the window. */
  const cardTop = () =>
    parseFloat((controller.host as unknown as { wrap: HTMLElement }).wrap.style.getPropertyValue('top'));
  const nextFrames = () => {
    for (let i = 0; i < 3; i++) vi.advanceTimersToNextFrame();
  };

  it('moves with its claim when content put in above pushes it down (no scroll, no resize)', () => {
    expect(controller.open(claimOnPage())).toBe(true);
    expect(cardTop()).toBe(128); // below the claim's line, 8 px from it
    line = rect(100, 474, 100, 20);
    nextFrames();
    expect(controller.openClaim?.id).toBe('c1');
    expect(cardTop()).toBe(502);
  });

  it('closes when content put in above pushes its claim out of view', () => {
    controller.open(claimOnPage());
    line = rect(100, 5_000, 100, 20);
    nextFrames();
    expect(controller.openClaim).toBeNull();
  });

  it.each([
    [
      'its figure is edited in place',
      () => (document.querySelector('span')!.firstChild as Text).replaceData(0, 3, '250'),
    ],
    [
      'its text is given new words',
      () => ((document.querySelector('span')!.firstChild as Text).data = '250,000'),
    ],
    ['its paragraph is removed', () => document.querySelector('p')!.remove()],
    [
      'its box is given other content',
      () => (document.getElementById('box')!.textContent = 'Weather: sunny'),
    ],
  ])('closes at once when %s, before any rescan', (_, edit) => {
    controller.open(claimOnPage());
    edit();
    nextFrames();
    expect(controller.openClaim).toBeNull();
  });

  it.each([
    ['its paragraph is removed', () => document.querySelector('p')!.remove()],
    [
      'its box is given other content',
      () => (document.getElementById('box')!.textContent = 'Weather: sunny'),
    ],
    ['its figure is edited', () => ((document.querySelector('span')!.firstChild as Text).data = '250,000')],
  ])('closes at once when the rescan no longer finds it and %s, without waiting for it', (_, edit) => {
    controller.open(claimOnPage());
    edit();
    controller.follow([]);
    expect(controller.openClaim).toBeNull();
  });

  it('closes at once when the rescan no longer finds it and its range collapsed into a parent still on the page', () => {
    const claim = claimOnPage();
    controller.open(claim);
    // What a browser does to the range of a removed paragraph (happy-dom leaves it in the removed span).
    document.querySelector('p')!.remove();
    claim.range.setStart(document.getElementById('box')!, 0);
    claim.range.collapse(true);
    controller.follow([]);
    expect(controller.openClaim).toBeNull();
  });

  it('still waits for a claim whose words are unchanged (its paragraph read again)', () => {
    controller.open(claimOnPage());
    document.querySelector('p')!.append(' (1 minute ago)');
    controller.follow([]);
    nextFrames();
    expect(controller.openClaim?.id).toBe('c1');
    vi.advanceTimersByTime(RESCAN_GRACE_MS + 1);
    expect(controller.openClaim).toBeNull();
  });

  it('asks for no frame while no card is open', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    nextFrames();
    expect(frames).not.toHaveBeenCalled();
    controller.open(claimOnPage());
    nextFrames();
    expect(frames).toHaveBeenCalled();
    controller.close();
    nextFrames();
    frames.mockClear();
    nextFrames();
    expect(frames).not.toHaveBeenCalled();
  });
});

describe('claimChanged', () => {
  it('tells a range that reads as it did from one collapsed or reading other words', () => {
    setBody('<p id="p">More than 280,000 people.</p>');
    const text = document.getElementById('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 17);
    expect(claimChanged(range, 'More than 280,000')).toBe(false);
    expect(claimChanged(range, 'More than 250,000')).toBe(true);
    range.collapse(true);
    expect(claimChanged(range, 'More than 280,000')).toBe(true);
  });
});

describe('ClaimWatch', () => {
  it('reports how far its claim moved, once, and nothing while it stays', () => {
    let line = rect(10, 10, 50, 20);
    rangesAt(() => line);
    setBody('<p>280,000</p>');
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const watch = new ClaimWatch(null, () => undefined);
    watch.watch(range);
    expect(watch.look()).toBeNull();
    line = rect(10, 460, 50, 20);
    expect(watch.look()).toEqual({ moved: { dx: 0, dy: 450 } });
    expect(watch.look()).toBeNull();
    expect(watch.lastLine).toMatchObject({ top: 460, bottom: 480 });
    vi.restoreAllMocks();
  });
});

describe('LostPlace', () => {
  afterEach(() => vi.useRealTimers());

  it('finds the claim at the middle of the lost claim’s line within its grace, and not after', () => {
    vi.useFakeTimers();
    const lost = new LostPlace<string>(2_000);
    const claim = found('c2', document.createRange());
    const at = vi.fn(() => claim);
    lost.remember({ left: 100, top: 100, right: 200, bottom: 120 }, 'near', false);
    expect(lost.find(at)).toEqual({ claim, near: 'near', focus: false });
    expect(at).toHaveBeenCalledWith(150, 110);
    vi.advanceTimersByTime(2_001);
    expect(lost.find(at)).toBeNull();
  });

  it('forgets the place when cleared', () => {
    const lost = new LostPlace<null>(2_000);
    lost.remember({ left: 0, top: 0, right: 10, bottom: 10 }, null, true);
    lost.clear();
    expect(lost.find(() => found('c2', document.createRange()))).toBeNull();
  });
});

describe('the card’s host', () => {
  it('has a name no page can have defined before it: the prefix and a part drawn at each load', () => {
    expect(CARD_TAG.startsWith(CARD_TAG_PREFIX)).toBe(true);
    expect(CARD_TAG).toMatch(/^claim-lens-card-[a-z0-9]{6,}$/);
  });
});
