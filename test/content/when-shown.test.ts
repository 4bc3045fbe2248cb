// @vitest-environment happy-dom
/** Work for a tab the user looks at: now when shown, else once when next shown, the latest call only. */
import { afterEach, describe, expect, it } from 'vitest';
import { WhenShown } from '../../src/content/when-shown';

let state: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });

function show(next: DocumentVisibilityState): void {
  state = next;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('WhenShown', () => {
  const aborts: AbortController[] = [];
  afterEach(() => {
    for (const a of aborts.splice(0)) a.abort();
    state = 'visible';
  });
  const make = () => {
    const abort = new AbortController();
    aborts.push(abort);
    return { when: new WhenShown(document, abort.signal), abort };
  };

  it('runs at once on a shown page', () => {
    const { when } = make();
    const ran: string[] = [];
    when.run(() => ran.push('now'));
    expect(ran).toEqual(['now']);
    show('hidden');
    show('visible');
    expect(ran).toEqual(['now']); // once, not again on every showing
  });

  it('waits on a hidden page until it is shown, and runs only the latest work', () => {
    const { when } = make();
    const ran: string[] = [];
    show('hidden');
    when.run(() => ran.push('first'));
    when.run(() => ran.push('second'));
    document.dispatchEvent(new Event('visibilitychange')); // still hidden
    expect(ran).toEqual([]);
    show('visible');
    expect(ran).toEqual(['second']);
  });

  it('stops listening when its signal aborts', () => {
    const { when, abort } = make();
    const ran: string[] = [];
    show('hidden');
    when.run(() => ran.push('late'));
    abort.abort();
    show('visible');
    expect(ran).toEqual([]);
  });
});
