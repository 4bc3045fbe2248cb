/** The toolbar badge: counts where Claim Lens runs, nothing where it is off or paused. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeText, clearBadgesWhereOff, hostOf } from '../../src/background/badge';
import { defaultSettings, type Settings } from '../../src/shared/settings';

const calls = vi.hoisted(() => ({
  text: [] as { tabId: number; text: string }[],
  tabs: [] as { id?: number; url?: string }[],
}));

vi.mock('../../src/shared/browser', () => ({
  ext: {
    action: {
      setBadgeText: async (details: { tabId: number; text: string }) => void calls.text.push(details),
      setBadgeBackgroundColor: async () => undefined,
    },
    tabs: { query: async () => calls.tabs },
  },
  extensionAlive: () => true,
}));

const s = (overrides: Partial<Settings>): Settings => ({ ...defaultSettings(), ...overrides });

describe('badgeText', () => {
  it.each<[string, number, Settings, string | null, string]>([
    ['a count where it runs', 9, s({}), 'news.example', '9'],
    ['nothing when there are no claims', 0, s({}), 'news.example', ''],
    ['capped at 999', 5_000, s({}), 'news.example', '999'],
    ['nothing when the site is off', 9, s({ sites: { 'news.example': false } }), 'news.example', ''],
    ['nothing when paused', 9, s({ paused: true }), 'news.example', ''],
    [
      'nothing on an unlisted site in only-enabled mode',
      9,
      s({ defaultMode: 'only-enabled' }),
      'news.example',
      '',
    ],
  ])('%s', (_name, count, settings, host, text) => {
    expect(badgeText(count, settings, host)).toBe(text);
  });
});

describe('hostOf', () => {
  it.each<[string | undefined, string | null]>([
    ['https://News.example/a?b', 'news.example'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['about:blank', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

describe('clearBadgesWhereOff', () => {
  beforeEach(() => {
    calls.text = [];
    calls.tabs = [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'https://other.example/' },
      { id: 3 },
    ];
  });

  it('blanks only the tabs of a site switched off', async () => {
    await clearBadgesWhereOff(s({ sites: { 'news.example': false } }));
    expect(calls.text).toEqual([{ tabId: 1, text: '' }]);
  });

  it('blanks every tab when paused, even those whose URL it cannot see', async () => {
    await clearBadgesWhereOff(s({ paused: true }));
    expect(calls.text.map((c) => c.tabId)).toEqual([1, 2, 3]);
  });
});
