/**
 * The settings record in storage: saved where it fits, read back from where it was saved. storage.sync holds
 * at most 8 KB a record (QUOTA_BYTES_PER_ITEM in Chrome and Firefox), which a few hundred switched sites pass.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, SETTINGS_KEY, withSite, type Settings } from '../../src/shared/settings';

const PER_ITEM = 8192;

const store = vi.hoisted(() => ({
  sync: {} as Record<string, unknown>,
  local: {} as Record<string, unknown>,
}));

/** A storage area over `data`; `perItem` is sync's quota per record (key plus JSON value, as Chrome counts). */
function area(which: 'sync' | 'local', perItem = Infinity) {
  return {
    async get(key: string) {
      const data = store[which];
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [key, value] of Object.entries(items)) {
        if (key.length + JSON.stringify(value).length > perItem)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      Object.assign(store[which], structuredClone(items));
    },
    async remove(key: string) {
      delete store[which][key];
    },
  };
}

vi.mock('../../src/shared/browser', () => ({
  ext: { storage: { sync: area('sync', PER_ITEM), local: area('local') } },
  extensionAlive: () => true,
}));

const { loadSettings, NEWER_SETTINGS_ERROR, updateSettings } =
  await import('../../src/background/settings-store');
const { readStoredSettings } = await import('../../src/shared/stored-settings');

/** Settings with `n` sites switched off, named long enough that 300 of them pass sync's quota. */
function withSites(n: number): Settings {
  let settings = defaultSettings();
  for (let i = 0; i < n; i++) settings = withSite(settings, `site-${i}.news.example.com`, false);
  return settings;
}

beforeEach(() => {
  store.sync = {};
  store.local = {};
});

describe('settings store', () => {
  it('keeps the record in storage.sync while it fits', async () => {
    await updateSettings((s) => withSite(s, 'a.example', false));
    expect(Object.keys(store.sync)).toEqual([SETTINGS_KEY]);
    expect(store.local).toEqual({});
    expect((await readStoredSettings()).settings.sites).toEqual({ 'a.example': false });
  });

  it('keeps every switch once the record no longer fits in storage.sync', async () => {
    store.sync[SETTINGS_KEY] = withSites(200);
    expect(JSON.stringify(store.sync[SETTINGS_KEY]).length).toBeLessThan(PER_ITEM);
    for (let i = 200; i < 300; i++)
      await updateSettings((s) => withSite(s, `site-${i}.news.example.com`, false));
    await updateSettings((s) => withSite(s, '127.0.0.1', false));
    const read = (await readStoredSettings()).settings;
    expect(Object.keys(read.sites)).toHaveLength(301);
    expect(read.sites['127.0.0.1']).toBe(false);
    expect((await loadSettings()).sites['site-299.news.example.com']).toBe(false);
    // The record moved: no stale copy is left behind where reads look first.
    expect(store.sync).toEqual({});
  });

  it('moves back to storage.sync once the record fits again, leaving no stale copy', async () => {
    store.local[SETTINGS_KEY] = withSites(300);
    await updateSettings((s) => ({ ...s, sites: { 'a.example': true } }));
    expect(store.local).toEqual({});
    expect((await readStoredSettings()).settings.sites).toEqual({ 'a.example': true });
  });

  describe('a record of a newer version, synced from a newer Claim Lens', () => {
    const newer = {
      version: 99,
      paused: false,
      defaultMode: 'only-enabled',
      sites: { 'a.example': true },
      sitesByPath: { 'a.example/news': false },
    };

    it('is read for what this version understands, and left as it is', async () => {
      store.sync[SETTINGS_KEY] = structuredClone(newer);
      const read = await loadSettings();
      expect(read).toEqual({
        version: 1,
        paused: false,
        defaultMode: 'only-enabled',
        sites: { 'a.example': true },
      });
      expect(store.sync[SETTINGS_KEY]).toEqual(newer);
      expect(store.local).toEqual({});
    });

    it('is not written over by a change made here: the change is refused, saying why', async () => {
      store.sync[SETTINGS_KEY] = structuredClone(newer);
      await expect(updateSettings((s) => withSite(s, 'b.example', true))).rejects.toThrow(
        NEWER_SETTINGS_ERROR,
      );
      expect(store.sync[SETTINGS_KEY]).toEqual(newer);
      expect(store.local).toEqual({});
    });

    it('still gives way to a repair when its version is no version at all', async () => {
      store.sync[SETTINGS_KEY] = { ...newer, version: 'two' };
      await loadSettings();
      expect((store.sync[SETTINGS_KEY] as Settings).version).toBe(1);
    });
  });
});
