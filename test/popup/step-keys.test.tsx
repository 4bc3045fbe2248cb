// @vitest-environment happy-dom
/**
 * The popup's line naming the keys that step through the page's claims: the keys the browser has bound now (read
 * with commands.getAll, never the manifest's suggestion), none for a cleared command, that no keys are set when
 * neither command has any, only where the page has claims with context, and "Change keys" (or "Set keys") opening
 * the browser's own shortcut settings: Firefox's commands.openShortcutSettings where it exists, Chromium's
 * chrome://extensions/shortcuts in a tab, else nothing. The full view's line says the keys work in the page's tab:
 * they act on the active tab, which there is the full view itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { fake } from './fake-ext';
import { CORPUS, settingsWith, tabState } from './fixtures';
import { $, click, mount, settle, texts, unmountAll } from './render';

/** The commands API as a test sets it: the bound keys, and whether the browser opens its settings itself. */
const commands = vi.hoisted(() => ({
  bound: [] as { name?: string; shortcut?: string; description?: string }[],
  /** Firefox 137+: commands.openShortcutSettings exists. */
  canOpenSettings: false,
  settingsOpened: 0,
  /** The extension's base URL: chrome-extension:// in Chromium, moz-extension:// in Firefox. */
  scheme: 'chrome-extension',
  /** No commands API at all (Firefox for Android). */
  missing: false,
}));

vi.mock('../../src/shared/browser', async () => {
  const { ext } = await import('./fake-ext');
  const fakeCommands = {
    getAll: async () => structuredClone(commands.bound),
    get openShortcutSettings() {
      return commands.canOpenSettings
        ? async () => {
            commands.settingsOpened++;
          }
        : undefined;
    },
  };
  return {
    ext: {
      ...ext,
      runtime: {
        ...ext.runtime,
        getURL: (path: string) => `${commands.scheme}://fakeextensionid/${path.replace(/^\//, '')}`,
      },
      get commands() {
        return commands.missing ? undefined : fakeCommands;
      },
    },
    extensionAlive: () => true,
  };
});

const BOUND = [
  { name: 'next-claim', shortcut: 'Alt+Shift+N', description: 'Go to the next claim' },
  { name: 'previous-claim', shortcut: 'Alt+Shift+P', description: 'Go to the previous claim' },
  { name: '_execute_action', shortcut: '' },
];

beforeEach(() => {
  fake.reset();
  Object.assign(commands, {
    bound: structuredClone(BOUND),
    canOpenSettings: false,
    settingsOpened: 0,
    scheme: 'chrome-extension',
    missing: false,
  });
  fake.tab.getTabState = () => tabState();
  fake.worker.getSettings = () => settingsWith();
  fake.worker.getCorpusInfo = () => CORPUS;
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

async function open(search = '') {
  const root = await mount(<App target={readTarget(search, '')} />);
  await settle();
  return root;
}

const line = (root: HTMLElement) => root.querySelector('[data-testid="step-keys"]')?.textContent ?? null;

describe('the popup’s step keys', () => {
  it('names the keys bound now, under the list of claims', async () => {
    const root = await open();
    expect(line(root)).toBe('Alt+Shift+N next claim on the page, Alt+Shift+P previous · Change keys');
    expect(texts(root, '[data-testid="step-keys"] kbd')).toEqual(['Alt+Shift+N', 'Alt+Shift+P']);
    const list = $(root, 'main [data-testid="claim-list"]');
    const keys = $(root, 'main [data-testid="step-keys"]');
    expect(list.compareDocumentPosition(keys) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names keys the reader changed, as the browser writes them', async () => {
    commands.bound[0]!.shortcut = '⌥⇧J';
    commands.bound[1]!.shortcut = 'Ctrl+Shift+K';
    const root = await open();
    expect(texts(root, '[data-testid="step-keys"] kbd')).toEqual(['⌥⇧J', 'Ctrl+Shift+K']);
  });

  it('leaves out a command without keys, and says that none are set when both are cleared', async () => {
    commands.bound[0]!.shortcut = '';
    const root = await open();
    expect(line(root)).toBe('Alt+Shift+P previous claim on the page · Change keys');
    unmountAll();
    commands.bound[1]!.shortcut = '';
    const none = await open();
    expect(none.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect(line(none)).toBe('No keys set for stepping through claims · Set keys');
    expect(none.querySelector('[data-testid="step-keys"] kbd')).toBeNull();
    expect($(none, '[data-testid="step-keys"]').classList.contains('muted')).toBe(true);
  });

  it('opens the shortcut settings from "Set keys" when no keys are set', async () => {
    commands.bound = commands.bound.map((command) => ({ ...command, shortcut: '' }));
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await open();
    await click($(root, '[data-testid="change-step-keys"]'));
    expect(fake.created).toEqual(['chrome://extensions/shortcuts']);
  });

  it('says that no keys are set, without a way to set them, where the browser offers none', async () => {
    commands.scheme = 'moz-extension';
    commands.bound = [];
    const root = await open();
    expect(line(root)).toBe('No keys set for stepping through claims');
  });

  it('says in the full view that the keys work in the page’s tab, where it is not', async () => {
    const root = await open('?tab=7');
    expect(line(root)).toBe('In the page’s tab: Alt+Shift+N next claim, Alt+Shift+P previous · Change keys');
    unmountAll();
    commands.bound[0]!.shortcut = '';
    const one = await open('?tab=7');
    expect(line(one)).toBe('In the page’s tab: Alt+Shift+P previous claim · Change keys');
    unmountAll();
    commands.bound[1]!.shortcut = '';
    const none = await open('?tab=7');
    expect(line(none)).toBe('No keys set for stepping through claims · Set keys');
  });

  it('leaves out a command the browser does not list (no shortcut field at all)', async () => {
    commands.bound = [{ name: 'next-claim' }, { name: 'previous-claim', shortcut: 'Alt+Shift+P' }];
    const root = await open();
    expect(line(root)).toBe('Alt+Shift+P previous claim on the page · Change keys');
  });

  it('says nothing where the page has no claims with context', async () => {
    fake.tab.getTabState = () => tabState({ claims: [] });
    const root = await open();
    expect($(root, '[role="status"]').textContent).toBe('No claims with context on this page');
    expect(line(root)).toBeNull();
  });

  it('says nothing, and breaks nothing, in a browser without the commands API', async () => {
    commands.missing = true;
    const root = await open();
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(3);
    expect(line(root)).toBeNull();
  });

  it('opens Chromium’s shortcuts page in a tab, then closes the toolbar popup', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await open();
    await click($(root, '[data-testid="change-step-keys"]'));
    expect(fake.created).toEqual(['chrome://extensions/shortcuts']);
    expect(close).toHaveBeenCalled();
  });

  it('keeps the full view open after opening the shortcuts page', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await open('?tab=7');
    await click($(root, '[data-testid="change-step-keys"]'));
    expect(fake.created).toEqual(['chrome://extensions/shortcuts']);
    expect(close).not.toHaveBeenCalled();
  });

  it('lets Firefox open its own shortcut settings', async () => {
    commands.scheme = 'moz-extension';
    commands.canOpenSettings = true;
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await open();
    await click($(root, '[data-testid="change-step-keys"]'));
    expect(commands.settingsOpened).toBe(1);
    expect(fake.created).toEqual([]);
  });

  it('only names the keys where the browser offers no way to change them', async () => {
    commands.scheme = 'moz-extension';
    const root = await open();
    expect(line(root)).toBe('Alt+Shift+N next claim on the page, Alt+Shift+P previous');
    expect(root.querySelector('[data-testid="change-step-keys"]')).toBeNull();
  });
});
