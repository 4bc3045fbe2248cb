/** Settings parsing (repair of corrupt or old stored values), the on/off decision and the per-site switch. */
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  offReason,
  parseSettings,
  siteKey,
  withSite,
  type Settings,
} from '../../src/shared/settings';

const valid: Settings = {
  version: 1,
  paused: false,
  defaultMode: 'all-sites',
  sites: { 'a.example': false },
};

describe('parseSettings', () => {
  it('takes a valid record as it is, without a repair', () => {
    expect(parseSettings(structuredClone(valid))).toEqual({ settings: valid, repaired: false });
  });

  it('treats "never stored" as the defaults, not a repair', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), repaired: false });
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [valid]],
    ['true', true],
  ])('replaces %s by the defaults and asks for a repair', (_name, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), repaired: true });
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['a version that is no number', { ...valid, version: '1' }, {}],
    ['a version before the first', { ...valid, version: 0 }, {}],
    ['a missing version', { paused: false, defaultMode: 'all-sites', sites: {} }, { sites: {} }],
    ['a non-boolean pause', { ...valid, paused: 'yes' }, { paused: false }],
    ['an unknown mode', { ...valid, defaultMode: 'some-sites' }, { defaultMode: 'all-sites' }],
    ['sites as an array', { ...valid, sites: ['a.example'] }, { sites: {} }],
    [
      'sites missing',
      { version: 1, paused: true, defaultMode: 'only-enabled' },
      { paused: true, defaultMode: 'only-enabled', sites: {} },
    ],
    ['a non-boolean site value', { ...valid, sites: { 'a.example': false, 'b.example': 'off' } }, {}],
    ['a host that is not one', { ...valid, sites: { 'a.example': false, 'not a host!': true } }, {}],
    ['an unnormalised host', { ...valid, sites: { 'a.example': false, 'B.Example': true } }, {}],
  ])('repairs %s and keeps every valid field', (_name, raw, expected) => {
    const { settings, repaired } = parseSettings(raw);
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...valid, ...expected });
  });

  it('reads what it understands of a newer version’s record, and never asks to write over it', () => {
    const newer = {
      version: 99,
      paused: true,
      defaultMode: 'some-new-mode',
      sites: { 'a.example': false, 'b.example': { on: true } },
      somethingNew: [1, 2],
    };
    expect(parseSettings(newer)).toEqual({
      settings: { ...valid, paused: true },
      repaired: false,
      newer: true,
    });
  });

  it('never shares the default object between calls', () => {
    const first = parseSettings(42).settings;
    first.sites['x.example'] = true;
    expect(parseSettings(42).settings.sites).toEqual({});
  });
});

describe('siteKey', () => {
  it.each<[string, string | null]>([
    ['Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['  127.0.0.1 ', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['', null],
    ['exa mple.com', null],
    ['example.com/path', null],
    ['a'.repeat(254), null],
  ])('%j → %j', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });
});

describe('offReason', () => {
  const s = (overrides: Partial<Settings>): Settings => ({ ...defaultSettings(), ...overrides });
  it.each<[string, Settings, string, ReturnType<typeof offReason>]>([
    ['a fresh install runs everywhere', s({}), 'news.example', null],
    [
      'pause wins over a site switched on',
      s({ paused: true, sites: { 'news.example': true } }),
      'news.example',
      'paused',
    ],
    ['a site switched off', s({ sites: { 'news.example': false } }), 'news.example', 'site-off'],
    [
      'the host is normalised before lookup',
      s({ sites: { 'news.example': false } }),
      'NEWS.example.',
      'site-off',
    ],
    ['other sites are unaffected', s({ sites: { 'news.example': false } }), 'other.example', null],
    [
      'only-enabled: unlisted sites are off',
      s({ defaultMode: 'only-enabled' }),
      'news.example',
      'not-enabled',
    ],
    [
      'only-enabled: a site switched on runs',
      s({ defaultMode: 'only-enabled', sites: { 'news.example': true } }),
      'news.example',
      null,
    ],
    [
      'only-enabled: a site switched off says so',
      s({ defaultMode: 'only-enabled', sites: { 'news.example': false } }),
      'news.example',
      'site-off',
    ],
  ])('%s', (_name, settings, host, reason) => {
    expect(offReason(settings, host)).toBe(reason);
  });
});

describe('withSite', () => {
  it('records a site switched away from the default, and forgets it when switched back', () => {
    const off = withSite(defaultSettings(), 'News.Example', false);
    expect(off.sites).toEqual({ 'news.example': false });
    expect(offReason(off, 'news.example')).toBe('site-off');
    const on = withSite(off, 'news.example', true);
    expect(on.sites).toEqual({});
    expect(offReason(on, 'news.example')).toBeNull();
  });

  it('in only-enabled mode records sites switched on', () => {
    const base: Settings = { ...defaultSettings(), defaultMode: 'only-enabled' };
    const on = withSite(base, 'a.example', true);
    expect(on.sites).toEqual({ 'a.example': true });
    expect(withSite(on, 'a.example', false).sites).toEqual({});
  });

  it('does not change the settings it was given', () => {
    const before = structuredClone(valid);
    withSite(before, 'b.example', false);
    expect(before).toEqual(valid);
  });

  it('ignores a host that is not one', () => {
    const settings = defaultSettings();
    expect(withSite(settings, 'not a host', false)).toBe(settings);
  });
});
