/**
 * The page as the popup needs it to add it to the user's documents: its HTML, its address and the publication
 * date it states. The article is read out of the HTML in the popup, not here: the reader (Readability) would
 * more than double the content script that every page loads, for a button pressed now and then.
 */
import { MAX_PAGE_SOURCE_CHARS, type PageSource } from '../shared/messages';
import { readingDate } from './reference-date';

/**
 * Serializes `doc` for the popup, or refuses a page over `maxChars` by its size. The date is worked out now,
 * not taken from the scan: Claim Lens may be switched off on the site (no scan ran), or the page may have
 * navigated in place since.
 */
export function pageSource(doc: Document, maxChars = MAX_PAGE_SOURCE_CHARS, now = new Date()): PageSource {
  const url = doc.location?.href ?? doc.URL;
  const html = doc.documentElement?.outerHTML ?? '';
  if (html.length > maxChars) return { kind: 'too-large', url, chars: html.length };
  const reading = readingDate(doc, now);
  return { kind: 'page', url, html, published: reading.published ? reading.day : null };
}
