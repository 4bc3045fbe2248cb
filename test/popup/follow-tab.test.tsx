// @vitest-environment happy-dom
/**
 * The popup follows its tab's page: a notice on the follow port brings the page's new claims, the port closing
 * (the page went away) shows the next page rather than the last one's claims, and a next page without a
 * content script is said to be out of reach once it has loaded. A page without one may only have been opened
 * before Claim Lens was installed or updated: the view offers to reload it, then follows it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { FOLLOW_TAB_PORT } from '../../src/shared/messages';
import { fake } from './fake-ext';
import { CLAIMS, CORPUS, settingsWith, tabState } from './fixtures';
import { click, mount, settle, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

beforeEach(() => {
  fake.reset();
  fake.tab.getTabState = () => tabState();
  fake.worker.getSettings = () => settingsWith();
  fake.worker.getCorpusInfo = () => CORPUS;
});
afterEach(unmountAll);

async function open(search = '') {
  const root = await mount(<App target={readTarget(search, '')} />);
  await settle();
  return root;
}

const listed = (root: HTMLElement) => root.querySelectorAll('[data-testid="claim"]').length;
/** Tab `tabId` finished loading without a content script: the view asks it again until it gives up (RETRY_MS). */
async function loadedWithoutScript(tabId: number): Promise<void> {
  fake.emitTabUpdated(tabId, { status: 'complete' });
  for (let wait = 0; wait < 3; wait++) await settle(800);
}
const onlyPort = () => {
  const ports = fake.openPorts();
  expect(ports).toHaveLength(1);
  return ports[0]!;
};

describe('popup following its tab', () => {
  it('opens one port to the shown tab once its content script answered, and closes it with the popup', async () => {
    await open('?tab=42');
    const port = onlyPort();
    expect([port.tabId, port.name]).toEqual([42, FOLLOW_TAB_PORT]);
    unmountAll();
    expect(fake.openPorts()).toEqual([]);
  });

  it('shows the page’s new claims when the page says they changed, and ignores anything else on the port', async () => {
    const root = await open();
    expect(listed(root)).toBe(3);
    fake.tab.getTabState = () => tabState({ claims: CLAIMS.slice(0, 1) });
    const asked = fake.callsOf('getTabState').length;
    onlyPort().post({ type: 'somethingElse' });
    await settle();
    expect(fake.callsOf('getTabState')).toHaveLength(asked);
    onlyPort().post({ type: 'tabChanged' });
    await settle();
    expect(listed(root)).toBe(1);
  });

  it('when the page goes away, shows no old claims and then the next page’s, following it in turn', async () => {
    const root = await open();
    const first = onlyPort();
    fake.tabUnreachable = true; // the next page's script has not started yet
    first.drop();
    await settle(350);
    expect(listed(root)).toBe(0);
    expect(root.querySelector('[data-testid="empty-loading"]')).not.toBeNull();
    fake.tabUnreachable = false;
    fake.tab.getTabState = () => tabState({ host: 'other.example', claims: CLAIMS.slice(1) });
    await settle(350);
    expect(listed(root)).toBe(2);
    expect(root.querySelector('[data-testid="host"]')?.textContent).toBe('other.example');
    expect(onlyPort()).not.toBe(first);
  });

  it('says at once that its tab was closed, rather than waiting for a next page', async () => {
    const root = await open();
    fake.tabClosed = true;
    onlyPort().drop();
    await settle(350);
    expect(listed(root)).toBe(0);
    expect(root.querySelector('[data-testid="empty-closed"]')).not.toBeNull();
  });

  it('says it cannot run on a next page without a content script once that page has loaded', async () => {
    const root = await open();
    fake.tabUnreachable = true;
    onlyPort().drop();
    fake.emitTabUpdated(8, { status: 'complete' }); // another tab: no effect
    await settle(700);
    expect(root.querySelector('[data-testid="empty-loading"]')).not.toBeNull();
    await loadedWithoutScript(7);
    expect(root.querySelector('[data-testid="empty-unreachable"]')).not.toBeNull();
  });

  it('offers to reload a page opened before Claim Lens was installed or updated, then shows that page', async () => {
    fake.tabUnreachable = true; // Chromium does not put the content script into tabs already open
    const root = await open('?tab=42');
    const empty = root.querySelector('[data-testid="empty-unreachable"]');
    expect(empty?.textContent).toMatch(/opened before Claim Lens was installed, updated or reloaded/);
    await click(root.querySelector('[data-testid="reload-page"]'));
    expect(fake.reloaded).toEqual([42]);
    // The page loads again: the view waits for it rather than saying at once that Claim Lens cannot run there.
    expect(root.querySelector('[data-testid="empty-loading"]')).not.toBeNull();
    fake.tabUnreachable = false;
    fake.emitTabUpdated(42, { status: 'complete' });
    await settle(350);
    expect(listed(root)).toBe(3);
    expect(onlyPort().tabId).toBe(42);
  });

  it('says again that it cannot run once a reloaded page has loaded without a content script', async () => {
    fake.tabUnreachable = true; // a browser's own page: reloading it brings no content script
    const root = await open();
    await click(root.querySelector('[data-testid="reload-page"]'));
    expect(root.querySelector('[data-testid="empty-loading"]')).not.toBeNull();
    await loadedWithoutScript(7);
    expect(root.querySelector('[data-testid="empty-unreachable"]')).not.toBeNull();
  });

  it('offers no reload without a tab to reload', async () => {
    fake.activeTabId = undefined;
    const root = await open();
    expect(root.querySelector('[data-testid="empty-unreachable"]')?.textContent).toMatch(/Open a web page/);
    expect(root.querySelector('[data-testid="reload-page"]')).toBeNull();
  });
});
