/** Open tabs hear of a corpus change; tabs that cannot hear it do not stop the others. */
import { describe, expect, it, vi } from 'vitest';
import { tellTabsCorpusChanged } from '../../src/background/corpus-notice';

const calls = vi.hoisted(() => ({
  tabs: [] as { id?: number }[],
  sent: [] as { tabId: number; message: unknown; options: unknown }[],
  refuse: new Set<number>(),
}));

vi.mock('../../src/shared/browser', () => ({
  ext: {
    tabs: {
      query: async () => calls.tabs,
      async sendMessage(tabId: number, message: unknown, options: unknown) {
        calls.sent.push({ tabId, message, options });
        if (calls.refuse.has(tabId))
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, value: null };
      },
    },
  },
  extensionAlive: () => true,
}));

describe('tellTabsCorpusChanged', () => {
  it('tells every tab with an id, top frame only, and ignores tabs without a content script', async () => {
    calls.tabs = [{ id: 1 }, { id: 2 }, {}, { id: 3 }];
    calls.refuse = new Set([2]);
    await expect(tellTabsCorpusChanged()).resolves.toBeUndefined();
    expect(calls.sent).toEqual(
      [1, 2, 3].map((tabId) => ({
        tabId,
        message: { type: 'corpusChanged', payload: {} },
        options: { frameId: 0 },
      })),
    );
  });
});
