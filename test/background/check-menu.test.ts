/**
 * "Check with Claim Lens" in the context menu: the item is created for selected text only, and a click opens the
 * check page with the selection handed over in storage.session under a one-time key, never in the address; the
 * page reads it once. The selection is the page's own, line breaks and all, when the tab's content script answers
 * (selected-text.test.ts has the cases where it does not).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Menus, Tabs } from '../../src/shared/browser';
import type { PageSelection } from '../../src/shared/messages';

type Listener = (...args: never[]) => unknown;

const fake = vi.hoisted(() => ({
  session: {} as Record<string, unknown>,
  created: [] as { url: string; index?: number }[],
  menus: [] as Record<string, unknown>[],
  calls: [] as string[],
  listeners: {} as Record<string, Listener[]>,
  failCreateTab: false,
  failSessionSet: false,
  lastError: undefined as { message: string } | undefined,
  /** The content script's answer to getSelectedText, by frame; a frame without one has no content script. */
  pageSelection: {} as Record<number, PageSelection>,
  asked: [] as { tabId: number; type: string; frameId?: number }[],
}));

vi.mock('../../src/shared/browser', () => {
  const event = (name: string) => ({
    addListener: (listener: Listener) => void (fake.listeners[name] ??= []).push(listener),
  });
  return {
    ext: {
      runtime: {
        id: 'claim-lens',
        getURL: (path: string) => `chrome-extension://claim-lens/${path}`,
        get lastError() {
          return fake.lastError;
        },
        onInstalled: event('onInstalled'),
        onStartup: event('onStartup'),
      },
      storage: {
        session: {
          async get(key: string) {
            return key in fake.session ? { [key]: fake.session[key] } : {};
          },
          async set(items: Record<string, unknown>) {
            if (fake.failSessionSet) throw new Error('QUOTA_BYTES quota exceeded');
            Object.assign(fake.session, items);
          },
          async remove(key: string) {
            delete fake.session[key];
          },
        },
      },
      contextMenus: {
        async removeAll() {
          fake.calls.push('removeAll');
          fake.menus = [];
        },
        create(properties: Record<string, unknown>, done: () => void) {
          fake.calls.push('create');
          fake.menus.push(properties);
          queueMicrotask(done);
        },
        onClicked: event('onClicked'),
      },
      tabs: {
        async sendMessage(tabId: number, message: { type: string }, options?: { frameId?: number }) {
          fake.asked.push({ tabId, type: message.type, frameId: options?.frameId });
          const answer = fake.pageSelection[options?.frameId ?? 0];
          if (answer === undefined)
            throw new Error('Could not establish connection. Receiving end does not exist.');
          return { ok: true, value: answer };
        },
        async create(properties: { url: string; index?: number }) {
          if (fake.failCreateTab) throw new Error('No current window');
          fake.created.push(properties);
          return { id: 12 };
        },
      },
    },
  };
});

const { CHECK_MENU_ID, createCheckMenu, listenToCheckMenu, openCheckPage } =
  await import('../../src/background/check-menu');
const { HANDOFF_PREFIX, takeHandedText } = await import('../../src/shared/check-handoff');

const SELECTION = "Syria's war has killed more than 250,000 people since March 2011.";
const click = (selectionText?: string, menuItemId: string | number = CHECK_MENU_ID): Menus.OnClickData =>
  ({ menuItemId, selectionText, editable: false, modifiers: [] }) as Menus.OnClickData;
const TAB = { id: 3, index: 4, incognito: false } as Tabs.Tab;

beforeEach(() => {
  fake.session = {};
  fake.created = [];
  fake.menus = [];
  fake.calls = [];
  fake.failCreateTab = false;
  fake.failSessionSet = false;
  fake.lastError = undefined;
  fake.pageSelection = {};
  fake.asked = [];
});

/** The query string of the one tab opened. */
function openedSearch(): string {
  expect(fake.created).toHaveLength(1);
  return new URL(fake.created[0]?.url ?? '').search;
}

describe('the context menu item', () => {
  it('is one item, for selected text only, created after any left from before', async () => {
    await createCheckMenu();
    await createCheckMenu();
    expect(fake.menus).toEqual([
      { id: CHECK_MENU_ID, title: 'Check with Claim Lens', contexts: ['selection'] },
    ]);
    expect(fake.calls).toEqual(['removeAll', 'create', 'removeAll', 'create']);
  });

  it('fails with the browser’s reason when the item cannot be created', async () => {
    fake.lastError = { message: 'Cannot create item with duplicate id' };
    await expect(createCheckMenu()).rejects.toThrow('Cannot create item with duplicate id');
  });

  it('is created on install and on browser start, and its clicks are heard', async () => {
    listenToCheckMenu();
    for (const name of ['onInstalled', 'onStartup', 'onClicked'])
      expect(fake.listeners[name]).toHaveLength(1);
    (fake.listeners.onStartup?.[0] as () => void)();
    await vi.waitFor(() => expect(fake.menus).toHaveLength(1));
    (fake.listeners.onClicked?.[0] as (info: Menus.OnClickData, tab: Tabs.Tab) => void)(
      click(SELECTION),
      TAB,
    );
    await vi.waitFor(() => expect(fake.created).toHaveLength(1));
  });
});

describe('a click on "Check with Claim Lens"', () => {
  it('opens the check page beside the tab, the selection in storage.session, not in the address', async () => {
    await openCheckPage(click(SELECTION), TAB);
    expect(fake.created[0]?.index).toBe(5);
    const url = fake.created[0]?.url ?? '';
    expect(url.startsWith('chrome-extension://claim-lens/src/check/index.html?handoff=')).toBe(true);
    expect(url).not.toContain('250');
    expect(decodeURIComponent(url)).not.toContain('Syria');
    const key = new URLSearchParams(openedSearch()).get('handoff') ?? '';
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.session).toEqual({ [HANDOFF_PREFIX + key]: { text: SELECTION, cut: null, writtenOn: null } });
  });

  it('hands over the selection as the page has it, with its line breaks, asked of the frame clicked in', async () => {
    const paragraphs = 'The war began in March 2011\n\nMore than 280,000 people were killed.';
    fake.pageSelection[0] = { text: paragraphs, chars: paragraphs.length };
    // Chromium's own copy: every line break a space.
    await openCheckPage({ ...click(paragraphs.replace(/\n/g, ' ')), frameId: 0 }, TAB);
    expect(fake.asked).toEqual([{ tabId: 3, type: 'getSelectedText', frameId: 0 }]);
    expect(await takeHandedText(openedSearch())).toEqual({
      kind: 'text',
      text: paragraphs,
      cut: null,
      writtenOn: null,
    });
  });

  it('hands over the day the page says it was published with its selection', async () => {
    fake.pageSelection[0] = { text: SELECTION, chars: SELECTION.length, writtenOn: '2016-06-15' };
    await openCheckPage({ ...click(SELECTION), frameId: 0 }, TAB);
    expect(await takeHandedText(openedSearch())).toEqual({
      kind: 'text',
      text: SELECTION,
      cut: null,
      writtenOn: '2016-06-15',
    });
  });

  it('hands the text over once: the page reads it and it is gone', async () => {
    await openCheckPage(click(SELECTION), TAB);
    const search = openedSearch();
    expect(await takeHandedText(search)).toEqual({
      kind: 'text',
      text: SELECTION,
      cut: null,
      writtenOn: null,
    });
    expect(fake.session).toEqual({});
    expect(await takeHandedText(search)).toEqual({ kind: 'gone' });
  });

  it('gives each click its own key', async () => {
    await openCheckPage(click('first text'), TAB);
    await openCheckPage(click('second text'), TAB);
    const [first, second] = fake.created.map((tab) => new URL(tab.url).search);
    expect(first).not.toBe(second);
    expect(await takeHandedText(second ?? '')).toEqual({
      kind: 'text',
      text: 'second text',
      cut: null,
      writtenOn: null,
    });
    expect(await takeHandedText(first ?? '')).toEqual({
      kind: 'text',
      text: 'first text',
      cut: null,
      writtenOn: null,
    });
  });

  it('ignores other menu items', async () => {
    await openCheckPage(click(SELECTION, 'another-item'), TAB);
    expect(fake.created).toEqual([]);
    expect(fake.session).toEqual({});
  });

  it('opens the page at the end of a normal window for a private window’s selection', async () => {
    await openCheckPage(click(SELECTION), { ...TAB, incognito: true });
    expect(fake.created[0]).not.toHaveProperty('index');
  });

  it('forgets the text when no tab could be opened', async () => {
    fake.failCreateTab = true;
    await expect(openCheckPage(click(SELECTION), TAB)).rejects.toThrow('No current window');
    expect(fake.session).toEqual({});
  });

  it('opens the page anyway when the text cannot be stored, which then asks for it to be pasted', async () => {
    fake.failSessionSet = true;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await openCheckPage(click(SELECTION), TAB);
    expect(await takeHandedText(openedSearch())).toEqual({ kind: 'failed' });
    vi.restoreAllMocks();
  });

  it('a page opened without a handed text is told so', async () => {
    expect(await takeHandedText('')).toEqual({ kind: 'none' });
    expect(await takeHandedText('?handoff=not-a-key')).toEqual({ kind: 'gone' });
  });
});
