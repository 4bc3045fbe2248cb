/**
 * Tells open tabs that the corpus changed, so that a document the user just added (or removed) shows on
 * pages already open, not only on the next ones loaded.
 */
import { ext } from '../shared/browser';
import { sendToTab } from '../shared/rpc';

/**
 * Sends corpusChanged to the content script of every tab. Tabs without one (browser pages, the store, tabs
 * opened before the extension was installed) refuse the message; that is expected and ignored.
 */
export async function tellTabsCorpusChanged(): Promise<void> {
  const tabs = await ext.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : sendToTab(tab.id, 'corpusChanged', {}).catch(() => undefined),
    ),
  );
}
