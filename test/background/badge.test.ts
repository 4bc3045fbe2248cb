/** The toolbar badge: counts where Claim Lens runs, nothing where it is off or paused. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeText, badgeTitle, clearBadgesWhereOff, hostOf } from '../../src/background/badge';
import { defaultSettings, type Settings } from '../../src/shared/settings';

const calls = vi.hoisted(() => ({
  text: [] as { tabId: number; text: string }[],
  titles: [] as { tabId: number; title: string }[],
  tabs: [] as { id?: number; url?: string }[],
}));

vi.mock('../../src/shared/browser', () => ({
  ext: {
    action: {
      setBadgeText: async (details: { tabId: number; text: string }) => void calls.text.push(details),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async (details: { tabId: number; title: string }) => void calls.titles.push(details),
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

describe('badgeTitle', () => {
  it.each([
    ['', 'Claim Lens'],
    ['1', 'Claim Lens: 1 claim with context on this page'],
    ['12', 'Claim Lens: 12 claims with context on this page'],
    ['999', 'Claim Lens: 999 or more claims with context on this page'],
  ])('%j → %s', (text, title) => {
    expect(badgeTitle(text)).toBe(title);
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

  it('blanks only the tabs of a site switched off, and their tooltips', async () => {
    calls.titles = [];
    await clearBadgesWhereOff(s({ sites: { 'news.example': false } }));
    expect(calls.text).toEqual([{ tabId: 1, text: '' }]);
    expect(calls.titles).toEqual([{ tabId: 1, title: 'Claim Lens' }]);
  });

  it('blanks every tab when paused, even those whose URL it cannot see', async () => {
    await clearBadgesWhereOff(s({ paused: true }));
    expect(calls.text.map((c) => c.tabId)).toEqual([1, 2, 3]);
  });
});
