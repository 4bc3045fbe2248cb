/** Listeners added again after document.open() erased them: the old ones go first, and none after the clean-up. */
import { describe, expect, it } from 'vitest';
import { RenewableListeners } from '../../src/content/renewable-listeners';

describe('RenewableListeners', () => {
  it('adds the listeners at once, removes them before adding them again, and stops with its life', () => {
    const target = new EventTarget();
    const life = new AbortController();
    let heard = 0;
    const listeners = new RenewableListeners(life.signal, (signal) =>
      target.addEventListener('ping', () => void heard++, { signal }),
    );
    target.dispatchEvent(new Event('ping'));
    expect(heard).toBe(1);
    listeners.renew();
    listeners.renew();
    target.dispatchEvent(new Event('ping'));
    // One listener, not three.
    expect(heard).toBe(2);
    life.abort();
    target.dispatchEvent(new Event('ping'));
    listeners.renew();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toBe(2);
  });
});
