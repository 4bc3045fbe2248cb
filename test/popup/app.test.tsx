// @vitest-environment happy-dom
/**
 * The popup as a whole against a fake browser: which tab it asks, its empty states, the summary line, the
 * per-site switch and the pause, revealing a claim, `#claim=` and the full view link.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { withSite } from '../../src/shared/settings';
import { fake } from './fake-ext';
import type { TabClaim } from '../../src/shared/messages';
import { CLAIMS, CORPUS, settingsWith, tabState } from './fixtures';
import { $, click, mount, settle, texts, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

let settings = settingsWith();

beforeEach(() => {
  fake.reset();
  settings = settingsWith();
  fake.tab.getTabState = () => tabState();
  fake.tab.revealClaim = () => ({ found: true });
  fake.worker.getSettings = () => settings;
  fake.worker.getCorpusInfo = () => CORPUS;
  fake.worker.setSite = (p) => (settings = withSite(settings, p.host as string, p.enabled as boolean));
  fake.worker.setGlobal = (p) => (settings = { ...settings, ...p });
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

async function open(search = '', hash = '') {
  const root = await mount(<App target={readTarget(search, hash)} />);
  await settle();
  return root;
}

const status = (root: HTMLElement) => $(root, '[role="status"]').textContent;

describe('popup', () => {
  it('asks the active tab, shows the summary line, the host switch and the corpus size', async () => {
    const root = await open();
    expect(fake.callsOf('getTabState').map((c) => c.tabId)).toEqual([7]);
    expect(status(root)).toBe('3 claims with context on this page · 2 where a source differs');
    expect($(root, '[data-testid="host"]').textContent).toBe('news.example');
    expect($(root, '[role="switch"][data-testid="site-switch"]').getAttribute('aria-checked')).toBe('true');
    expect($(root, '[data-testid="corpus-size"]').textContent).toMatch(/^3 documents in the corpus · 1 fact/);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect(root.querySelector('h1')?.textContent).toBe('Claim Lens');
    // Every control and message is inside a landmark: the switch in the banner, the status in the main part.
    expect(root.querySelector('header [data-testid="site-switch"]')).not.toBeNull();
    expect(root.querySelector('main [role="status"]')).not.toBeNull();
    // A long title is cut in a narrow popup; all of it is there on hover.
    const title = $(root, '[data-testid="page-title"]');
    expect(title.getAttribute('title')).toBe(title.textContent);
  });

  it('shows the tab named by ?tab= and offers no "open in a tab" there', async () => {
    const root = await open('?tab=42');
    expect(fake.callsOf('getTabState').map((c) => c.tabId)).toEqual([42]);
    expect(root.querySelector('[data-testid="open-full-view"]')).toBeNull();
    expect(root.querySelector('.app.full')).not.toBeNull();
  });

  it('opens the full view of this tab in a new tab', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await open();
    // Named as the card's button that opens the same view.
    expect(root.querySelector('[data-testid="open-full-view"]')?.textContent).toBe('Open full view');
    await click(root.querySelector('[data-testid="open-full-view"]'));
    expect(fake.created).toEqual(['chrome-extension://fakeextensionid/src/popup/index.html?tab=7']);
    expect(close).toHaveBeenCalled();
  });

  it('opens the check page in a new tab, closing the toolbar popup but not the full view', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const popup = await open();
    await click(popup.querySelector('[data-testid="open-check"]'));
    expect(fake.created).toEqual(['chrome-extension://fakeextensionid/src/check/index.html']);
    expect(close).toHaveBeenCalledTimes(1);
    const fullView = await open('?tab=42');
    await click(fullView.querySelector('[data-testid="open-check"]'));
    expect(fake.created).toHaveLength(2);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('expands and focuses the claim named by #claim=', async () => {
    const root = await open('?tab=7', '#claim=c3');
    expect($(root, '[data-claim-id="c3"] .claim-toggle').getAttribute('aria-expanded')).toBe('true');
    expect($(root, '[data-claim-id="c1"] .claim-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe($(root, '[data-claim-id="c3"] .claim-toggle'));
  });

  it('clicking a claim expands it and asks the page to point at it, without opening its card', async () => {
    const root = await open();
    await click(root.querySelector('[data-claim-id="c2"] .claim-toggle'));
    expect(fake.callsOf('revealClaim')).toEqual([
      { type: 'revealClaim', payload: { id: 'c2', open: false }, tabId: 7 },
    ]);
    expect($(root, '[data-claim-id="c2"] .claim-toggle').getAttribute('aria-expanded')).toBe('true');
    await click(root.querySelector('[data-claim-id="c2"] .claim-toggle'));
    expect($(root, '[data-claim-id="c2"] .claim-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(fake.callsOf('revealClaim')).toHaveLength(1);
  });

  it('groups a repeated claim: the summary counts every occurrence and, as the filter does, entries where a source differs; #claim= at a later one opens it', async () => {
    const [toll, truce] = CLAIMS as [TabClaim, TabClaim];
    const repeat = {
      ...toll,
      id: 'c1b',
      claim: { ...toll.claim, sentence: 'In the box: more than 280,000.' },
    };
    fake.tab.getTabState = () => tabState({ claims: [toll, truce, repeat] });
    const root = await open('?tab=7', '#claim=c1b');
    expect(status(root)).toBe('3 claims with context on this page (2 different) · 1 where a source differs');
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(2);
    const toggle = $(root, '[data-claim-id="c1"] .claim-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
    // Closing the entry closes it whichever occurrence opened it; opening again reveals the first.
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(fake.callsOf('revealClaim').map((c) => c.payload)).toEqual([{ id: 'c1', open: false }]);
  });

  it('shows a claim on the page from the full view by revealing it with its card, then bringing the tab forward', async () => {
    const root = await open('?tab=7');
    await click(root.querySelector('[data-claim-id="c2"] .claim-toggle'));
    fake.calls = [];
    await click(
      [...root.querySelectorAll('[data-claim-id="c2"] .link-button')].find(
        (b) => b.textContent === 'Show on page',
      )!,
    );
    await settle();
    expect(fake.calls.map((c) => [c.type, c.tabId])).toEqual([
      ['revealClaim', 7],
      ['tabs.update', 7],
    ]);
    expect(fake.callsOf('revealClaim')[0]?.payload).toEqual({ id: 'c2', open: true });
  });

  it.each([
    [
      'no content script (browser page, extension store)',
      () => (fake.tabUnreachable = true),
      'empty-unreachable',
      /can’t run on this page/,
    ],
    [
      'a page still loading, whose content script is not there yet',
      () => {
        fake.tabUnreachable = true;
        fake.tabStatus = 'loading';
      },
      'empty-page-loading',
      /^This page is still loading$/,
    ],
    ['no active tab', () => (fake.activeTabId = undefined), 'empty-unreachable', /can’t run on this page/],
    ['a tab that was closed', () => (fake.tabClosed = true), 'empty-closed', /^The page’s tab was closed$/],
    [
      'a page without claims',
      () => (fake.tab.getTabState = () => tabState({ claims: [] })),
      'empty-none',
      /^No claims with context on this page$/,
    ],
    [
      'a page still scanning',
      () => (fake.tab.getTabState = () => tabState({ claims: [], scanning: true })),
      'empty-scanning',
      /Still scanning/,
    ],
    [
      'a site switched off',
      () => (settings = settingsWith({ sites: { 'news.example': false } })),
      'empty-site-off',
      /off on this site/,
    ],
    [
      'a site not switched on in only-enabled mode',
      () => (settings = settingsWith({ defaultMode: 'only-enabled' })),
      'empty-not-enabled',
      /not switched on/,
    ],
    [
      'a global pause',
      () => (settings = settingsWith({ paused: true })),
      'empty-paused',
      /paused everywhere/,
    ],
  ])('has a clear empty state for %s, said once', async (_name, arrange, testId, said) => {
    arrange();
    const root = await open();
    expect(root.querySelector(`[data-testid="${testId}"]`)).not.toBeNull();
    expect(status(root)).toMatch(said);
    expect(root.querySelector('[data-testid="claim"]')).toBeNull();
    // The status line says the state; the box under it explains, without saying it a second time.
    const title = status(root) ?? '';
    expect(root.textContent?.split(title)).toHaveLength(2);
  });

  it.each([
    [0, null],
    [1, 'Text inside the embedded frame on this page is not read.'],
    [3, 'Text inside the 3 embedded frames on this page is not read.'],
  ])('says, when nothing was found, that %i embedded frames were not read', async (frames, said) => {
    fake.tab.getTabState = () => tabState({ claims: [], unreadFrames: frames });
    const root = await open();
    expect(root.querySelector('[data-testid="unread-frames"]')?.textContent ?? null).toBe(said);
  });

  it.each([
    ['fr', 'This page seems to be in French, and Claim Lens reads English only'],
    ['pt-BR', 'This page seems to be in Brazilian Portuguese, and Claim Lens reads English only'],
    ['', 'This page does not seem to be in English, and Claim Lens reads English only'],
    [
      'x-not-a-language-tag-at-all',
      'This page does not seem to be in English, and Claim Lens reads English only',
    ],
  ])('says, when nothing was found on a page in %j, that it reads English only', async (language, said) => {
    fake.tab.getTabState = () => tabState({ claims: [], language });
    const root = await open();
    const box = $(root, '[data-testid="empty-none"]');
    expect(box.textContent).toContain(said);
    expect(box.textContent).not.toContain('matches what the corpus sources report');
  });

  it('says below the list that an embedded frame was not read, when claims were found', async () => {
    fake.tab.getTabState = () => tabState({ unreadFrames: 1 });
    const root = await open();
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect($(root, '[data-testid="unread-frames"]').textContent).toBe(
      'Text inside the embedded frame on this page is not read.',
    );
  });

  it('keeps the site switch right there when the site is off, and switching it on scans again', async () => {
    settings = settingsWith({ sites: { 'news.example': false } });
    const root = await open();
    const toggle = $(root, '[data-testid="site-switch"]');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await click(toggle);
    expect(fake.callsOf('setSite').map((c) => c.payload)).toEqual([{ host: 'news.example', enabled: true }]);
    expect($(root, '[data-testid="site-switch"]').getAttribute('aria-checked')).toBe('true');
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
  });

  it('switching a site off hides its claims at once, before the page has answered again', async () => {
    const root = await open();
    fake.tab.getTabState = () => new Promise(() => undefined); // the page is slow to react
    await click($(root, '[data-testid="site-switch"]'));
    expect(fake.callsOf('setSite').map((c) => c.payload)).toEqual([{ host: 'news.example', enabled: false }]);
    expect(root.querySelector('[data-testid="claim"]')).toBeNull();
    expect(root.querySelector('[data-testid="empty-site-off"]')).not.toBeNull();
  });

  it('says so when a switch cannot be saved', async () => {
    fake.worker.setSite = () => {
      throw new Error('quota exceeded');
    };
    const root = await open();
    await click($(root, '[data-testid="site-switch"]'));
    expect($(root, '[role="alert"]').textContent).toContain('quota exceeded');
  });

  it('pauses and resumes everywhere with one button that says what it does', async () => {
    const root = await open();
    const pause = $(root, '[data-testid="pause-toggle"]');
    expect(pause.textContent).toBe('Pause Claim Lens everywhere');
    expect(root.querySelector('[role="switch"][data-testid="pause-switch"]')).toBeNull();
    await click(pause);
    expect(fake.callsOf('setGlobal').map((c) => c.payload)).toEqual([{ paused: true }]);
    expect(root.querySelector('[data-testid="empty-paused"]')).not.toBeNull();
    // The same button, now saying what it does from here; no second control does the same job.
    expect($(root, '[data-testid="pause-toggle"]').textContent).toBe('Resume Claim Lens everywhere');
    expect(texts(root, 'button').filter((t) => /resume/i.test(t))).toEqual(['Resume Claim Lens everywhere']);
    await click($(root, '[data-testid="pause-toggle"]'));
    expect(fake.callsOf('setGlobal').map((c) => c.payload)).toEqual([{ paused: true }, { paused: false }]);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect($(root, '[data-testid="pause-toggle"]').textContent).toBe('Pause Claim Lens everywhere');
  });

  it('while paused everywhere, shows the site switch as not in effect rather than "On"', async () => {
    settings = settingsWith({ paused: true });
    const root = await open();
    const site = $(root, '[data-testid="site-switch"]') as HTMLButtonElement;
    expect(site.disabled).toBe(true);
    expect($(root, '[data-testid="site-switch-description"]').textContent).toMatch(
      /^Not in effect while paused/,
    );
    await click(site);
    expect(fake.callsOf('setSite')).toEqual([]);
    await click($(root, '[data-testid="pause-toggle"]'));
    expect(($(root, '[data-testid="site-switch"]') as HTMLButtonElement).disabled).toBe(false);
    expect(root.querySelector('[data-testid="site-switch-description"]')).toBeNull();
  });

  it('follows settings changed elsewhere (options page, another window)', async () => {
    const root = await open();
    settings = settingsWith({ paused: true });
    fake.emitStorage({ settings: { newValue: settings } });
    await settle();
    expect(root.querySelector('[data-testid="empty-paused"]')).not.toBeNull();
  });

  it('polls a page that is still scanning until it is done', async () => {
    let calls = 0;
    fake.tab.getTabState = () => (++calls < 3 ? tabState({ scanning: true, claims: [] }) : tabState());
    const root = await open();
    expect(root.querySelector('[data-testid="empty-scanning"]')).not.toBeNull();
    await settle(350);
    await settle(350);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    const after = calls;
    await settle(400);
    expect(calls).toBe(after);
  });

  it('renders the list without waiting for settings or the corpus', async () => {
    fake.worker.getCorpusInfo = () => new Promise(() => undefined);
    fake.worker.getSettings = () => new Promise(() => undefined);
    const root = await open();
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect(texts(root, '.corpus-line')).toEqual(['Loading the corpus…']);
  });

  it('still lists the claims when the corpus cannot be read, and says so in words with a way to the options', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.worker.getCorpusInfo = () => {
      throw new Error('Claim Lens: corpus index missing (404)');
    };
    const root = await open();
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect($(root, '[data-testid="corpus-unavailable"]').textContent).toBe(
      'Claim Lens can’t look up claims for now: its corpus could not be loaded.',
    );
    // The technical reason is for the console, once; the reader gets none of it.
    expect(root.textContent).not.toMatch(/404|index missing/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toContain('corpus index missing (404)');
    await click($(root, '[data-testid="corpus-unavailable-options"]'));
    expect(fake.optionsOpened).toBe(1);
  });

  it('does not say "no claims with context" when the corpus cannot be read and nothing matched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.worker.getCorpusInfo = () => {
      throw new Error("Expected ',' or '}' after property value in JSON at position 200");
    };
    fake.tab.getTabState = () => tabState({ claims: [] });
    const root = await open();
    expect(status(root)).toBe('Claims on this page could not be looked up');
    expect($(root, '[data-testid="empty-no-corpus"]').textContent).toBe(
      'Claim Lens could not load its corpus of news articles, so the figures, dates and quotes on this page were not looked up.',
    );
    expect(root.textContent).not.toMatch(/No claims|JSON|Expected|position \d/);
    expect($(root, '[data-testid="corpus-unavailable"]').textContent).toContain(
      'can’t look up claims for now',
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('says nothing of the page’s claims until the corpus answers: a scan that failed for want of it found none', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail: (error: Error) => void = () => undefined;
    fake.worker.getCorpusInfo = () => new Promise((_, reject) => (fail = reject));
    fake.tab.getTabState = () => tabState({ claims: [] });
    const root = await open();
    expect(status(root)).toBe('Loading…');
    fail(new Error('Unexpected end of JSON input'));
    await settle();
    expect(status(root)).toBe('Claims on this page could not be looked up');
  });

  it('says "no claims with context" once the corpus answered', async () => {
    let answer: (corpus: typeof CORPUS) => void = () => undefined;
    fake.worker.getCorpusInfo = () => new Promise((resolve) => (answer = resolve));
    fake.tab.getTabState = () => tabState({ claims: [] });
    const root = await open();
    expect(status(root)).toBe('Loading…');
    answer(CORPUS);
    await settle();
    expect(status(root)).toBe('No claims with context on this page');
  });
});
