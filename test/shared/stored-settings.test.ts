/**
 * Reading the settings record: storage.sync first, storage.local where sync holds none or cannot be read, both
 * asked at once (a content script's scan waits for the answer).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withSite, defaultSettings } from '../../src/shared/settings';

/** What each area holds, whether it fails, and the order the areas were asked and answered in. */
const state = vi.hoisted(() => ({
  held: { sync: undefined, local: undefined } as Record<'sync' | 'local', unknown>,
  broken: { sync: false, local: false } as Record<'sync' | 'local', boolean>,
  log: [] as string[],
}));

function area(which: 'sync' | 'local') {
  return {
    get(key: string): Promise<Record<string, unknown>> {
      state.log.push(`ask ${which}`);
      if (state.broken[which]) throw new Error(`${which} is unavailable`);
      return new Promise((resolve) =>
        setTimeout(() => {
          state.log.push(`answer ${which}`);
          resolve(state.held[which] === undefined ? {} : { [key]: state.held[which] });
        }, 5),
      );
    },
  };
}

vi.mock('../../src/shared/browser', () => ({
  ext: { storage: { sync: area('sync'), local: area('local') } },
  extensionAlive: () => true,
}));

const { readStoredSettings } = await import('../../src/shared/stored-settings');

const offOn = (host: string) => withSite(defaultSettings(), host, false);

beforeEach(() => {
  state.held = { sync: undefined, local: undefined };
  state.broken = { sync: false, local: false };
  state.log = [];
});

describe('readStoredSettings', () => {
  it('asks both areas before either answers', async () => {
    await readStoredSettings();
    expect(state.log.slice(0, 2)).toEqual(['ask sync', 'ask local']);
  });

  it.each([
    ['sync over local', offOn('sync.example'), offOn('local.example'), false, 'sync.example'],
    ['local when sync holds none', undefined, offOn('local.example'), false, 'local.example'],
    ['local when sync cannot be read', offOn('sync.example'), offOn('local.example'), true, 'local.example'],
  ])('takes %s', async (_name, sync, local, syncBroken, host) => {
    state.held = { sync, local };
    state.broken.sync = syncBroken;
    expect(Object.keys((await readStoredSettings()).settings.sites)).toEqual([host]);
  });

  it('gives the defaults when neither holds a record, or neither can be read', async () => {
    expect((await readStoredSettings()).settings).toEqual(defaultSettings());
    state.broken = { sync: true, local: true };
    expect((await readStoredSettings()).settings).toEqual(defaultSettings());
  });

  it('reads a corrupted record as the defaults, repaired', async () => {
    state.held.sync = { sites: 'not a map', enabled: 'yes' };
    const read = await readStoredSettings();
    expect(read.repaired).toBe(true);
    expect(read.settings.sites).toEqual({});
  });
});
