/**
 * The corpus document saved from the page being read, if any. A reader who adds the page they are on (the
 * popup's "Add this page") makes it a corpus document; matched against itself, every claim on the page would
 * then have one more source agreeing with it, itself.
 */
import type { CorpusIndex } from './model';
import { isHttpUrl } from './sources-meta';
import { USER_DOCUMENT_LIMITS } from './user-documents';

/** An address without its fragment: "#section-2" is the same page, and the popup saves pages without it. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * The address a page is saved under, from its address as the browser gives it (normalised, as URL.href gives it,
 * where a "?" can only start the query): without its #fragment, and without its query when that makes it too long
 * for the corpus (tracking parameters); null when it is still too long, or no http(s) address. The popup saves a
 * page under it and the worker knows the page by it: shortened one way on one side only, a page whose query was cut
 * would be a source on itself.
 */
export function keptPageAddress(href: string): string | null {
  let kept = withoutFragment(href);
  if (kept.length > USER_DOCUMENT_LIMITS.field) {
    const query = kept.indexOf('?');
    if (query >= 0) kept = kept.slice(0, query);
  }
  return kept.length <= USER_DOCUMENT_LIMITS.field && isHttpUrl(kept) ? kept : null;
}

/**
 * Index of the document whose address is `pageUrl` (fragments aside), or undefined when there is none. A page
 * whose address was too long to keep whole is known by what was kept (see keptPageAddress): another page at the
 * same path whose query is as long is taken for it too, since nothing kept tells the two apart.
 */
export function pageDocument(index: CorpusIndex, pageUrl: string | undefined): number | undefined {
  if (!pageUrl) return undefined;
  const page = withoutFragment(pageUrl);
  const kept = keptPageAddress(pageUrl);
  const found = index.documents.findIndex(
    (d) => d.url !== null && (withoutFragment(d.url) === page || d.url === kept),
  );
  return found < 0 ? undefined : found;
}
