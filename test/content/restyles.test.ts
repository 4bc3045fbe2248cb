// @vitest-environment happy-dom
/** Restyles gathered into one check (restyles.ts): a burst of class changes, a transition's end, a resize. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESIZE_MS, RESTYLE_MS, Restyles } from '../../src/content/restyles';
import { setBody } from './fixtures';

describe('Restyles', () => {
  let checks: (string[] | null)[];
  let restyles: Restyles;
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    checks = [];
    restyles = new Restyles((restyled) => checks.push(restyled ? [...restyled].map((e) => e.id) : null));
    abort = new AbortController();
    restyles.listen(window, abort.signal);
  });
  afterEach(() => {
    abort.abort();
    restyles.stop();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('checks a burst of restyles once, RESTYLE_MS after its first, with the ends of transitions and animations', async () => {
    setBody('<div id="a"></div><div id="b"></div>');
    restyles.note(document.getElementById('a')!);
    await vi.advanceTimersByTimeAsync(RESTYLE_MS / 2);
    document.getElementById('b')!.dispatchEvent(new Event('transitionend', { bubbles: true }));
    expect(checks).toEqual([]);
    await vi.advanceTimersByTimeAsync(RESTYLE_MS / 2);
    expect(checks).toEqual([['a', 'b']]);
    document.getElementById('a')!.dispatchEvent(new Event('animationend', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(RESTYLE_MS);
    expect(checks).toEqual([['a', 'b'], ['a']]);
  });

  it('checks the parent of many restyled siblings, not the whole page, and the whole page past the root', async () => {
    setBody(`<div id="boxes">${'<div></div>'.repeat(300)}</div><div id="other"></div>`);
    for (const box of document.querySelectorAll('#boxes > div')) restyles.note(box);
    restyles.note(document.getElementById('other')!);
    await vi.advanceTimersByTimeAsync(RESTYLE_MS);
    expect(checks).toEqual([['boxes', 'other']]);
    setBody('<div></div>'.repeat(300));
    for (const box of document.querySelectorAll('body > div')) restyles.note(box);
    await vi.advanceTimersByTimeAsync(RESTYLE_MS);
    expect(checks).toEqual([['boxes', 'other'], null]);
  });

  it('checks the whole page once a resize stops, not per resize event', async () => {
    for (let i = 0; i < 5; i++) {
      window.dispatchEvent(new Event('resize'));
      await vi.advanceTimersByTimeAsync(RESIZE_MS / 3);
    }
    expect(checks).toEqual([]);
    await vi.advanceTimersByTimeAsync(RESIZE_MS);
    expect(checks).toEqual([null]);
    await vi.advanceTimersByTimeAsync(RESIZE_MS * 3);
    expect(checks).toEqual([null]);
  });

  it('stops listening when its signal aborts', async () => {
    abort.abort();
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(RESIZE_MS * 2);
    expect(checks).toEqual([]);
  });
});
