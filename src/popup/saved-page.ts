/**
 * Whether the page being added is already one of the user's documents, for "Add this page to your documents".
 * Asked before the preview: a reader who saved a page last week and presses the button again is told so, with
 * the title and day it was saved, rather than shown a preview whose "Add" the worker then refuses (it refuses the
 * same text, and takes a changed one as a second document of the same page, which would then be a source on it).
 *
 * A page is known by its address as the worker knows it when it leaves the page out of its own sources (pageKey):
 * a link shared with `?utm_source=…`, over http, or with `www.` names the same page.
 */
import { keptPageAddress, pageKey } from '../core/corpus/page-document';
import type { UserDocument } from '../core/corpus/user-documents';
import { localDay } from '../shared/local-day';
import { userDocumentInfo } from '../shared/user-document-info';

/** The user's document saved from a page. */
export interface SavedPage {
  /** Its title as the corpus lists it. */
  title: string;
  /** The day it was added (YYYY-MM-DD, the reader's own day), or null when the stored time does not read. */
  added: string | null;
  /** Its text, to tell whether the page has changed since. */
  text: string;
}

/**
 * The first of `documents` saved from the page at `pageUrl` (see pageKey), or null. A page whose query was cut to
 * fit the corpus is known by the address kept, as pageDocument knows it.
 */
export function savedPage(documents: readonly UserDocument[], pageUrl: string): SavedPage | null {
  const keys = new Set([pageKey(pageUrl)]);
  const kept = keptPageAddress(pageUrl);
  if (kept !== null) keys.add(pageKey(kept));
  const doc = documents.find((d) => d.url !== null && keys.has(pageKey(d.url)));
  if (doc === undefined) return null;
  const time = Date.parse(doc.added);
  return {
    title: userDocumentInfo(doc).title,
    added: Number.isFinite(time) ? localDay(new Date(time)) : null,
    text: doc.text,
  };
}
