/**
 * "Check with Claim Lens" in the context menu of selected text: it opens the check page in a new tab with the
 * selection filled in and checked. The extension sees the selection only when the reader picks the item: the
 * browser passes it with the click (with the page's address, which is not used), and the worker then asks the
 * tab's content script for it as the page has it, line breaks and all (see selected-text.ts).
 */
import { ext, type Menus, type Tabs } from '../shared/browser';
import { dropHandOver, handOver } from '../shared/check-handoff';
import { selectedText } from './selected-text';

/** The menu item's id. */
export const CHECK_MENU_ID = 'claim-lens-check-selection';

/** The menu item's words. */
export const CHECK_MENU_TITLE = 'Check with Claim Lens';

/**
 * Creates the menu item, replacing any left from before: the browser keeps an extension's items across worker
 * restarts (and Chromium across browser restarts), and creating an id that exists is an error.
 */
export async function createCheckMenu(): Promise<void> {
  await ext.contextMenus.removeAll();
  await new Promise<void>((resolve, reject) => {
    ext.contextMenus.create({ id: CHECK_MENU_ID, title: CHECK_MENU_TITLE, contexts: ['selection'] }, () => {
      const error = ext.runtime.lastError;
      if (error) reject(new Error(error.message ?? String(error)));
      else resolve();
    });
  });
}

/** Opens the check page for a click on the menu item, with the selected text handed over (see check-handoff.ts). */
export async function openCheckPage(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== CHECK_MENU_ID) return;
  const { text, cut, writtenOn } = await selectedText(info, tab?.id);
  const url = await handOver(text, cut, writtenOn);
  // Beside the page the text came from. Not from a private window's tab: an extension page opens in a normal
  // window, where that tab's index means nothing.
  const place = tab?.index !== undefined && tab.incognito !== true ? { index: tab.index + 1 } : {};
  try {
    await ext.tabs.create({ url, ...place });
  } catch (error) {
    // A text no page will read must not stay in memory until the browser closes.
    await dropHandOver(url).catch(() => undefined);
    throw error;
  }
}

/**
 * Registers the menu's listeners. Call it in the worker's first turn: a click that wakes a stopped worker is
 * delivered only to listeners that exist by then.
 */
export function listenToCheckMenu(): void {
  const create = (): void =>
    void createCheckMenu().catch((error: unknown) =>
      console.warn('Claim Lens: the "Check with Claim Lens" menu item could not be created', error),
    );
  ext.runtime.onInstalled.addListener(create);
  ext.runtime.onStartup.addListener(create);
  ext.contextMenus.onClicked.addListener((info, tab) => {
    void openCheckPage(info, tab).catch((error: unknown) =>
      console.warn('Claim Lens: the check page could not be opened', error),
    );
  });
}
