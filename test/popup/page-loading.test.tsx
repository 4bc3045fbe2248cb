// @vitest-environment happy-dom
/**
 * A page still loading has no content script yet (it runs at document_idle): the popup and the full view say the
 * page is loading, offer no reload, and ask until its script answers, or say it cannot run once the page has
 * loaded without one. Asking stops with the popup, and after LOADING_MS for a page that never finishes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { LOADING_MS, POLL_MS, RETRY_MS } from '../../src/popup/popup-timing';
import { fake } from './fake-ext';
import { CORPUS, settingsWith, tabState } from './fixtures';
import { $, mount, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

beforeEach(() => {
  // The view's clock too: it asks again on a timer, and gives up by Date.now().
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  fake.reset();
  fake.tab.getTabState = () => tabState();
  fake.worker.getSettings = () => settingsWith();
  fake.worker.getCorpusInfo = () => CORPUS;
});
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

/** Lets `ms` of the view's time pass, its promises settle and its updates apply. */
async function advance(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function open(search = '') {
  const root = await mount(<App target={readTarget(search, '')} />);
  await advance();
  return root;
}

/** The tab's HTML is still arriving: no content script answers yet. */
function stillLoading(): void {
  fake.tabUnreachable = true;
  fake.tabStatus = 'loading';
}

/** Long enough for the view to ask once more. */
const TICK = POLL_MS + 50;
const status = (root: HTMLElement) => $(root, '[role="status"]').textContent;
const asked = () => fake.callsOf('getTabState').length;
const listed = (root: HTMLElement) => root.querySelectorAll('[data-testid="claim"]').length;

/** Checks that `root` says the page is loading, busy, with nothing to reload and nothing it cannot do. */
function expectLoading(root: HTMLElement): void {
  expect(status(root)).toBe('This page is still loading');
  const box = $(root, '[data-testid="empty-page-loading"]');
  expect(box.getAttribute('aria-busy')).toBe('true');
  expect(box.textContent).toBe('Claim Lens reads it once it has loaded.');
  expect(root.querySelector('[data-testid="reload-page"]')).toBeNull();
  expect(root.textContent).not.toMatch(/can’t run|reloaded first/);
}

describe('popup on a page still loading', () => {
  it.each([
    ['the toolbar popup', ''],
    ['the full view', '?tab=7'],
  ])(
    '%s says the page is loading, past the usual retry, then lists its claims once its script answers',
    async (_name, search) => {
      stillLoading();
      const root = await open(search);
      expectLoading(root);
      // Longer than a tab that has loaded is asked for: a loading one is asked until it answers.
      await advance(RETRY_MS + 1_000);
      expectLoading(root);
      const before = asked();
      await advance(TICK);
      expect(asked()).toBeGreaterThan(before);
      // The page has arrived and its script runs, before the tab reports its load complete (images may still come).
      fake.tabUnreachable = false;
      await advance(TICK);
      expect(listed(root)).toBe(3);
      expect(fake.openPorts().map((p) => p.tabId)).toEqual([7]);
    },
  );

  it('says it cannot run, with the reload, once the page loaded without a script, and then stops asking', async () => {
    stillLoading();
    const root = await open();
    expectLoading(root);
    fake.tabStatus = 'complete';
    fake.emitTabUpdated(7, { status: 'complete' });
    await advance(100);
    // The script of a page that has just loaded may take a moment to start: not "cannot run" yet.
    expectLoading(root);
    await advance(RETRY_MS + TICK);
    expect(status(root)).toBe('Claim Lens can’t run on this page');
    expect(root.querySelector('[data-testid="reload-page"]')).not.toBeNull();
    const before = asked();
    await advance(1_000);
    expect(asked()).toBe(before);
  });

  it('sees the load end by asking the tab, without its onUpdated event', async () => {
    stillLoading();
    const root = await open('?tab=7');
    fake.tabStatus = 'complete';
    await advance(TICK);
    expectLoading(root);
    await advance(RETRY_MS + TICK);
    expect(status(root)).toBe('Claim Lens can’t run on this page');
    const before = asked();
    await advance(1_000);
    expect(asked()).toBe(before);
  });

  it('stops asking when the popup closes', async () => {
    stillLoading();
    await open();
    unmountAll();
    const before = asked();
    await advance(1_000);
    expect(asked()).toBe(before);
  });

  it('says a reloaded page is loading, not that it cannot run there', async () => {
    fake.tabUnreachable = true; // opened before Claim Lens was installed
    const root = await open();
    fake.tabStatus = 'loading';
    await act(() => $(root, '[data-testid="reload-page"]').click());
    await advance(TICK);
    expectLoading(root);
    fake.tabUnreachable = false;
    await advance(TICK);
    expect(listed(root)).toBe(3);
  });

  it('in the full view, says so when its tab, out of reach, starts loading a page, and lists that page’s claims', async () => {
    fake.tabUnreachable = true; // a browser page
    const root = await open('?tab=42');
    await advance(RETRY_MS + TICK);
    expect(status(root)).toBe('Claim Lens can’t run on this page');
    const before = asked(); // given up on it
    await advance(1_000);
    expect(asked()).toBe(before);
    fake.tabStatus = 'loading';
    fake.emitTabUpdated(42, { status: 'loading' });
    await advance();
    expectLoading(root);
    fake.tabUnreachable = false;
    await advance(TICK);
    expect(listed(root)).toBe(3);
  });

  it('asks a page that never finishes loading for LOADING_MS only, and again once its load ends', async () => {
    stillLoading();
    const root = await open('?tab=7');
    expectLoading(root);
    await advance(LOADING_MS + 1_000);
    const before = asked();
    await advance(10_000);
    expect(asked()).toBe(before);
    expectLoading(root);
    fake.tabUnreachable = false;
    fake.tabStatus = 'complete';
    fake.emitTabUpdated(7, { status: 'complete' });
    await advance();
    expect(listed(root)).toBe(3);
  });
});
