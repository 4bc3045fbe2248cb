// @vitest-environment happy-dom
/**
 * Why the page could not show a claim the popup asked for, as the content script tells it (`revealClaim`'s
 * reason): its text was taken away since the list was made, the part it is in is hidden, no scroll reaches it, or
 * Claim Lens is off here. And the brief mark of a claim revealed in a hidden tab (the full view reveals first and
 * brings the page forward after) lasts its full time once the page is shown, not while no one could see it.
 * happy-dom lays nothing out: each claim is given its box.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimStepper, FOCUS_MS } from '../../src/content/claim-stepper';
import type { CardController } from '../../src/content/card/card-controller';
import type { FoundClaim } from '../../src/content/found-claim';
import type { Highlighter } from '../../src/content/highlighter';
import { claimGone, unshownMiss } from '../../src/content/reveal-miss';
import { rect } from './range-box';

/** A claim over the text of a paragraph of its own, whose one line is `box` (none: no box, hidden). */
function claimAt(id: string, box: DOMRect | null): FoundClaim {
  const p = document.createElement('p');
  p.textContent = `More than 280,000 (${id})`;
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 0);
  range.setEnd(p.firstChild!, 17);
  range.getClientRects = () => (box && !range.collapsed ? [box] : []) as unknown as DOMRectList;
  range.getBoundingClientRect = () => (box && !range.collapsed ? box : rect(0, 0, 0, 0));
  return { id, range } as unknown as FoundClaim;
}

function stepper(claims: FoundClaim[], active = () => true) {
  const focus = vi.fn();
  const steps = new ClaimStepper({
    doc: document,
    claims: () => claims,
    highlighter: () => ({ focus }) as unknown as Highlighter,
    cards: { open: vi.fn(), close: vi.fn(), openClaim: null } as unknown as CardController,
    active,
  });
  return { steps, focus };
}

let visibility: DocumentVisibilityState = 'visible';
let scrollBy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  document.body.replaceChildren();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: false, media: query }) as MediaQueryList,
  );
  scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('claimGone', () => {
  it('is false for a claim whose text is still there', () => {
    expect(claimGone(claimAt('a', rect(100, 100, 100, 20)).range)).toBe(false);
  });

  it.each([
    [
      'its text node was replaced (a page re-rendering its story)',
      (p: HTMLElement) => (p.textContent = 'Withdrawn.'),
    ],
    ['its paragraph was removed', (p: HTMLElement) => p.remove()],
    ['its text was emptied', (p: HTMLElement) => ((p.firstChild as Text).data = '')],
  ])('is true once %s', (_, edit) => {
    const claim = claimAt('a', rect(100, 100, 100, 20));
    edit(claim.range.startContainer.parentElement!);
    expect(claimGone(claim.range)).toBe(true);
  });
});

describe('unshownMiss', () => {
  it('says hidden for a claim with no box, and cut off for one with a box no scroll reaches', () => {
    expect(unshownMiss(claimAt('a', null).range)).toBe('hidden');
    expect(unshownMiss(claimAt('b', rect(100, 100, 0, 20)).range)).toBe('hidden');
    expect(unshownMiss(claimAt('c', rect(-9_999, 300, 100, 20)).range)).toBe('cut-off');
  });
});

describe('the reason revealClaim answers with', () => {
  it.each(['reveal', 'show'] as const)('%s: gone, hidden, cut off, off, and none when shown', (how) => {
    let active = true;
    const removed = claimAt('removed', rect(100, 300, 100, 20));
    const { steps, focus } = stepper(
      [
        claimAt('shown', rect(100, 300, 100, 20)),
        removed,
        claimAt('hidden', null),
        claimAt('away', rect(-9_999, 300, 100, 20)),
      ],
      () => active,
    );
    const ask = (id: string) => (how === 'reveal' ? steps.reveal(id) : steps.show(id, false));
    // The page replaced the story's text after the popup listed it; the rescan has not dropped it yet.
    removed.range.startContainer.parentElement!.textContent = 'The story was withdrawn.';
    expect(ask('removed')).toEqual({ found: false, reason: 'gone' });
    expect(ask('no-such-claim')).toEqual({ found: false, reason: 'gone' });
    expect(ask('hidden')).toEqual({ found: false, reason: 'hidden' });
    expect(ask('away')).toEqual({ found: false, reason: 'cut-off' });
    expect(scrollBy).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
    expect(ask('shown')).toEqual({ found: true });
    active = false; // the reader switched the site off meanwhile
    expect(ask('shown')).toEqual({ found: false, reason: 'off' });
  });
});

describe('the mark of a claim revealed in a hidden tab', () => {
  it('lasts its full time from when the page is shown', () => {
    vi.useFakeTimers();
    visibility = 'hidden';
    const claim = claimAt('a', rect(100, 300, 100, 20));
    const { steps, focus } = stepper([claim]);
    expect(steps.show('a', true)).toEqual({ found: true });
    expect(focus.mock.calls).toEqual([[claim]]);
    vi.advanceTimersByTime(FOCUS_MS * 2);
    expect(focus.mock.calls).toEqual([[claim]]); // no one saw it yet: still marked
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(FOCUS_MS - 100);
    expect(focus.mock.calls).toEqual([[claim]]);
    vi.advanceTimersByTime(100);
    expect(focus.mock.calls).toEqual([[claim], [null]]);
  });

  it('is cleared on time in a shown page, and a second reveal while hidden waits for the page again', () => {
    vi.useFakeTimers();
    const [a, b] = [claimAt('a', rect(100, 300, 100, 20)), claimAt('b', rect(100, 400, 100, 20))];
    const { steps, focus } = stepper([a, b]);
    steps.reveal('a');
    vi.advanceTimersByTime(FOCUS_MS);
    expect(focus.mock.calls).toEqual([[a], [null]]);
    visibility = 'hidden';
    steps.reveal('a');
    steps.reveal('b');
    vi.advanceTimersByTime(FOCUS_MS * 2);
    expect(focus.mock.calls.at(-1)).toEqual([b]);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(FOCUS_MS);
    // One clearing, not one per reveal: the first reveal's wait was dropped for the second's.
    expect(focus.mock.calls).toEqual([[a], [null], [a], [b], [null]]);
  });

  it('stops waiting for the page to be shown once the stepper stops', () => {
    vi.useFakeTimers();
    visibility = 'hidden';
    const { steps, focus } = stepper([claimAt('a', rect(100, 300, 100, 20))]);
    steps.reveal('a');
    steps.stop();
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(FOCUS_MS * 2);
    expect(focus).toHaveBeenCalledTimes(1);
  });
});
