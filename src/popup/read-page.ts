/**
 * The first press of "Add this page to your documents": the page's HTML from its tab, the article read out of
 * it, and whether it is one of the reader's documents already. Apart from AddPage.tsx, which shows the steps.
 */
import { MAX_PAGE_SOURCE_CHARS, type PageSource } from '../shared/messages';
import { sendToTab, sendToWorker } from '../shared/rpc';
// Types only: the reader (Readability) is loaded on the first press, not with the popup.
import type { ArticleOutcome } from './page-article';
import type { SavedPage } from './saved-page';

/** What pressing the button found: the article to preview, why there is none, or that the page is saved already. */
export type PageOutcome = ArticleOutcome | { kind: 'saved'; saved: SavedPage; changed: boolean | null };

/** "1.2 million", for a page's size in characters. */
function millions(chars: number): string {
  return `${(chars / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} million`;
}

/**
 * Reads the article out of the page the tab's content script sends, unless the page is one of the reader's
 * documents already; every failure is an outcome in words.
 */
export async function readPage(tabId: number): Promise<PageOutcome> {
  // The reader's documents, with their addresses and the days they were added. Not knowing them (storage that
  // cannot be read) is no reason to refuse the page: the worker still refuses a text it holds.
  const stored = sendToWorker('exportDocuments', {}).then(
    (reply) => reply.documents,
    () => null,
  );
  let source: PageSource;
  try {
    source = await sendToTab(tabId, 'getPageSource', {});
  } catch (error) {
    return {
      kind: 'unreadable',
      reason: `Claim Lens could not get this page from its tab (${error instanceof Error ? error.message : String(error)}). Reloading the page may help.`,
    };
  }
  // Readability is loaded only now, on the first press: a popup opened to read claims never parses it.
  const [{ readArticle }, { savedPage }, documents] = await Promise.all([
    import('./page-article'),
    import('./saved-page'),
    stored,
  ]);
  const saved = documents === null ? null : savedPage(documents, source.url);
  if (source.kind === 'too-large')
    return saved !== null
      ? { kind: 'saved', saved, changed: null }
      : {
          kind: 'unreadable',
          reason: `This page is too large to add (${millions(source.chars)} characters of HTML; at most ${millions(MAX_PAGE_SOURCE_CHARS)}).`,
        };
  // One frame for "Reading the page…" to show before the synchronous parse holds the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const outcome = readArticle(source);
  if (saved === null) return outcome;
  // Read all the same, to say whether the page still reads as it did when it was added.
  return {
    kind: 'saved',
    saved,
    changed: outcome.kind === 'article' ? outcome.article.text !== saved.text : null,
  };
}
