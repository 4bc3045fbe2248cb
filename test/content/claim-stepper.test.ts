// @vitest-environment happy-dom
/** How a claim is scrolled to: smoothly in a shown page, at once in a hidden one or for a reader asking for less motion. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimStepper, scrollBehavior } from '../../src/content/claim-stepper';
import type { CardController } from '../../src/content/card/card-controller';
import type { FoundClaim } from '../../src/content/found-claim';
import type { Highlighter } from '../../src/content/highlighter';

function withVisibility(state: DocumentVisibilityState): void {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
}

function withReducedMotion(reduce: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }) as MediaQueryList,
  );
}

afterEach(() => vi.restoreAllMocks());

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
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    const focus = vi.fn();
    const claim = {
      id: 'a',
      range: { startContainer: document.body, getBoundingClientRect: () => ({ top: 3_700 }) },
    } as unknown as FoundClaim;
    const stepper = new ClaimStepper({
      doc: document,
      claims: () => [claim],
      highlighter: () => ({ focus }) as unknown as Highlighter,
      cards: {} as CardController,
      active: () => true,
    });
    expect(stepper.reveal('a')).toBe(true);
    expect(scrollBy).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'instant' }));
    expect(focus).toHaveBeenCalledWith(claim);
    stepper.reveal('missing');
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });
});

describe('ClaimStepper.show', () => {
  function setup() {
    withVisibility('visible');
    withReducedMotion(true);
    vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    const claim = {
      id: 'a',
      range: { startContainer: document.body, getBoundingClientRect: () => ({ top: 900 }) },
    } as unknown as FoundClaim;
    const open = vi.fn();
    const close = vi.fn();
    let active = true;
    const stepper = new ClaimStepper({
      doc: document,
      claims: () => [claim],
      highlighter: () => ({ focus: vi.fn() }) as unknown as Highlighter,
      cards: { open, close } as unknown as CardController,
      active: () => active,
    });
    return { stepper, claim, open, close, stop: () => (active = false) };
  }

  it.each([
    ['the page has the keyboard', true, true],
    ['the toolbar popup has it', false, false],
  ])('opens the claim once scrolled to; the card takes focus only when %s', (_, pageFocused, focus) => {
    vi.useFakeTimers();
    vi.spyOn(document, 'hasFocus').mockReturnValue(pageFocused);
    const { stepper, claim, open, close } = setup();
    expect(stepper.show('a', true)).toBe(true);
    expect(close).toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(open).toHaveBeenCalledWith(claim, { focus });
    vi.useRealTimers();
  });

  it('opens nothing for a claim that is gone, or once Claim Lens was switched off', () => {
    vi.useFakeTimers();
    const { stepper, open, stop } = setup();
    expect(stepper.show('missing', true)).toBe(false);
    expect(stepper.show('a', false)).toBe(true);
    stop();
    vi.advanceTimersByTime(1_000);
    expect(open).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
