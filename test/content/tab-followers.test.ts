/**
 * The views following a tab: each connected port is told of a change until it disconnects, and a port that
 * throws is dropped without keeping the others from being told.
 */
import { describe, expect, it } from 'vitest';
import { TabFollowers, type FollowerPort } from '../../src/content/tab-followers';
import type { TabChangedNotice } from '../../src/shared/messages';
import { isTabChangedNotice } from '../../src/shared/messages';

function port(throws = false) {
  const received: TabChangedNotice[] = [];
  let onDisconnect: (() => void) | null = null;
  const p: FollowerPort = {
    postMessage(message) {
      if (throws) throw new Error('Attempting to use a disconnected port object');
      received.push(message);
    },
    onDisconnect: { addListener: (listener) => void (onDisconnect = listener) },
  };
  return { p, received, disconnect: () => onDisconnect?.() };
}

describe('TabFollowers', () => {
  it('tells every connected view, and stops telling one once its port closes', () => {
    const followers = new TabFollowers();
    const a = port();
    const b = port();
    followers.add(a.p);
    followers.add(b.p);
    followers.notify();
    b.disconnect();
    followers.notify();
    expect(a.received).toHaveLength(2);
    expect(b.received).toHaveLength(1);
    expect(a.received.every(isTabChangedNotice)).toBe(true);
    expect(followers.size).toBe(1);
  });

  it('drops a port that throws and still tells the others', () => {
    const followers = new TabFollowers();
    const broken = port(true);
    const ok = port();
    followers.add(broken.p);
    followers.add(ok.p);
    expect(() => followers.notify()).not.toThrow();
    expect(ok.received).toHaveLength(1);
    expect(followers.size).toBe(1);
  });
});

describe('isTabChangedNotice', () => {
  it.each([
    [{ type: 'tabChanged' }, true],
    [{ type: 'getTabState' }, false],
    [null, false],
    ['tabChanged', false],
    [{}, false],
  ])('%j → %s', (raw, expected) => {
    expect(isTabChangedNotice(raw)).toBe(expected);
  });
});
