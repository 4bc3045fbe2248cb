// @vitest-environment happy-dom
/**
 * How a claim is scrolled to (smoothly in a shown page, at once in a hidden one or for a reader asking for less
 * motion), when its card opens (once the scroll has ended, not after a fixed wait), and which claims are passed
 * over (those no scroll can show). happy-dom lays nothing out and scrolls nothing: each claim is given its box, the
 * page its height, and the scroll's events are sent here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimStepper, scrollBehavior } from '../../src/content/claim-stepper';
import type { CardController } from '../../src/content/card/card-controller';
import type { FoundClaim } from '../../src/content/found-claim';
import type { Highlighter } from '../../src/content/highlighter';
import { SETTLE_CAP_MS, SETTLE_START_MS } from '../../src/content/scroll-containers';
import { rect } from './range-box';

function withVisibility(state: DocumentVisibilityState): void {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
}

function withReducedMotion(reduce: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }) as MediaQueryList,
  );
}

/** A claim in a paragraph of its own whose one line is `box` (none: hidden, 0×0). */
function claimAt(id: string, box: DOMRect | null): FoundClaim {
  const p = document.createElement('p');
  p.textContent = id;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  range.getClientRects = () => (box ? [box] : []) as unknown as DOMRectList;
  range.getBoundingClientRect = () => box ?? rect(0, 0, 0, 0);
  return { id, range } as unknown as FoundClaim;
}

/** A page 10,000 px tall, so that the window can scroll to a claim far down. */
function tallPage(): void {
  for (const name of ['scrollHeight', 'scrollWidth'])
    Object.defineProperty(document.documentElement, name, { value: 10_000, configurable: true });
}

function stepper(claims: FoundClaim[], active = () => true) {
  const focus = vi.fn();
  const open = vi.fn((_claim: FoundClaim, _options?: { focus?: boolean }) => true);
  const close = vi.fn();
  const steps = new ClaimStepper({
    doc: document,
    claims: () => claims,
    highlighter: () => ({ focus }) as unknown as Highlighter,
    cards: { open, close, openClaim: null } as unknown as CardController,
    active,
  });
  return { steps, focus, open, close };
}

let scrollBy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  document.body.replaceChildren();
  tallPage();
  scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const name of ['scrollHeight', 'scrollWidth'])
    delete (document.documentElement as unknown as Record<string, unknown>)[name];
});

describe('scrollBehavior', () => {
  it.each([
    ['a shown page', 'visible', false, 'smooth'],
    ['a hidden page (Firefox drops its smooth scrolls)', 'hidden', false, 'instant'],
    ['a reader asking for less motion', 'visible', true, 'instant'],
  ] as const)('%s → %s', (_, visibility, reduce, expected) => {
    withVisibility(visibility);
    withReducedMotion(reduce);
    expect(scrollBehavior(document)).toBe(expected);
  });
});

describe('ClaimStepper.reveal', () => {
  it('scrolls a hidden page to the claim at once, and marks the claim', () => {
    withVisibility('hidden');
    withReducedMotion(false);
    const claim = claimAt('a', rect(100, 3_700, 100, 20));
    const { steps, focus } = stepper([claim]);
    expect(steps.reveal('a')).toEqual({ found: true });
    expect(scrollBy).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'instant' }));
    expect(focus).toHaveBeenCalledWith(claim);
    expect(steps.reveal('missing')).toEqual({ found: false, reason: 'gone' });
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['has no box (hidden, 0×0)', null, 'hidden'],
    ['lies off the page’s left edge', rect(-9_999, 300, 100, 20), 'cut-off'],
  ] as const)(
    'neither scrolls nor marks a claim that %s, and says why it was not shown',
    (_, box, reason) => {
      const { steps, focus } = stepper([claimAt('a', box)]);
      expect(steps.reveal('a')).toEqual({ found: false, reason });
      expect(scrollBy).not.toHaveBeenCalled();
      expect(focus).not.toHaveBeenCalled();
    },
  );
});

describe('ClaimStepper.show', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    withVisibility('visible');
    withReducedMotion(false);
  });

  /** Sends the window's scroll events every frame from now for `ms`, then its scrollend unless told not to. */
  function scrollFor(ms: number, end = true): void {
    for (let t = 0; t < ms; t += 16) {
      vi.advanceTimersByTime(16);
      window.dispatchEvent(new Event('scroll'));
    }
    if (end) window.dispatchEvent(new Event('scrollend'));
  }

  it.each([
    ['the page has the keyboard', true, true],
    ['the toolbar popup has it', false, false],
  ])('opens the card once the scroll has ended; it takes focus only when %s', (_, pageFocused, focus) => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(pageFocused);
    const claim = claimAt('a', rect(100, 3_000, 100, 20));
    const { steps, open, close } = stepper([claim]);
    expect(steps.show('a', true)).toEqual({ found: true });
    expect(close).toHaveBeenCalled();
    // A smooth scroll of 3,000 px took about a second: the card waited 450 ms, and opened far from its claim.
    scrollFor(SETTLE_START_MS + 500, false);
    expect(open).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('scrollend'));
    expect(open).toHaveBeenCalledWith(claim, { focus });
  });

  it('opens the card where the browser sends no scrollend, once the scroll events stop', () => {
    const { steps, open } = stepper([claimAt('a', rect(100, 3_000, 100, 20))]);
    steps.show('a', false);
    scrollFor(900, false);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens the card at once when the claim is where a reveal puts it already (no scroll, no scrollend)', () => {
    const { steps, open } = stepper([claimAt('a', rect(100, 0.35 * window.innerHeight, 100, 20))]);
    steps.show('a', false);
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens the card after a while when the scroll never started', () => {
    const { steps, open } = stepper([claimAt('a', rect(100, 3_000, 100, 20))]);
    steps.show('a', false);
    vi.advanceTimersByTime(SETTLE_START_MS - 10);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens the card at the latest after SETTLE_CAP_MS on a page that keeps scrolling', () => {
    const { steps, open } = stepper([claimAt('a', rect(100, 3_000, 100, 20))]);
    steps.show('a', false);
    scrollFor(SETTLE_CAP_MS - 100, false);
    expect(open).not.toHaveBeenCalled();
    scrollFor(200, false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['scrolls with the wheel', () => new WheelEvent('wheel', { bubbles: true })],
    ['presses a key', () => new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })],
    ['clicks', () => new PointerEvent('pointerdown', { bubbles: true })],
  ])('opens no card when the reader %s while the claim is scrolled to', (_, event) => {
    const { steps, open } = stepper([claimAt('a', rect(100, 3_000, 100, 20))]);
    steps.show('a', false);
    scrollFor(200, false);
    document.body.dispatchEvent(event());
    scrollFor(500);
    vi.advanceTimersByTime(SETTLE_CAP_MS);
    expect(open).not.toHaveBeenCalled();
  });

  it('is not stopped by the keys held for the step (Alt, Shift)', () => {
    const { steps, open } = stepper([claimAt('a', rect(100, 3_000, 100, 20))]);
    steps.show('a', false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    scrollFor(500);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens nothing for a claim that is gone or cannot be shown, or once Claim Lens was switched off', () => {
    let active = true;
    const { steps, open } = stepper(
      [claimAt('a', rect(100, 3_000, 100, 20)), claimAt('hidden', null)],
      () => active,
    );
    expect(steps.show('missing', true)).toEqual({ found: false, reason: 'gone' });
    expect(steps.show('hidden', true)).toEqual({ found: false, reason: 'hidden' });
    expect(steps.show('a', false)).toEqual({ found: true });
    active = false;
    vi.advanceTimersByTime(SETTLE_CAP_MS);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens only the last claim asked for when asked again before the first scroll ended', () => {
    const [a, b] = [claimAt('a', rect(100, 3_000, 100, 20)), claimAt('b', rect(100, 5_000, 100, 20))];
    const { steps, open } = stepper([a, b]);
    steps.show('a', false);
    scrollFor(200, false);
    steps.show('b', false);
    scrollFor(300);
    vi.advanceTimersByTime(SETTLE_CAP_MS);
    expect(open.mock.calls.map(([claim]) => claim.id)).toEqual(['b']);
  });
});

describe('ClaimStepper.step', () => {
  it('passes over claims no scroll can show, to the next that can be shown, round the page', () => {
    vi.useFakeTimers();
    withReducedMotion(true);
    const claims = [
      claimAt('first', rect(100, 200, 100, 20)),
      claimAt('hidden', null),
      claimAt('away', rect(-9_999, 300, 100, 20)),
    ];
    const { steps, open } = stepper(claims);
    expect(steps.step(1)).toBe(true);
    vi.advanceTimersByTime(SETTLE_CAP_MS);
    expect(open).toHaveBeenLastCalledWith(claims[0], expect.anything());
    expect(steps.step(1)).toBe(true);
    vi.advanceTimersByTime(SETTLE_CAP_MS);
    expect(open).toHaveBeenLastCalledWith(claims[0], expect.anything());
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('steps to nothing when no claim can be shown', () => {
    const { steps, open } = stepper([claimAt('hidden', null)]);
    expect(steps.step(1)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
