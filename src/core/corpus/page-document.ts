/**
 * The corpus document saved from the page being read, if any. A reader who adds the page they are on (the
 * popup's "Add this page") makes it a corpus document; matched against itself, every claim on the page would
 * then have one more source agreeing with it, itself.
 */
import type { CorpusIndex } from './model';
import { isHttpUrl } from './sources-meta';
import { USER_DOCUMENT_LIMITS } from './user-documents';

/**
 * Query parameters that say how a reader came to a page, not which page it is: a link shared on a social site
 * carries them, the same article opened from the site's front page does not. Names are compared in lower case;
 * every `utm_…` is one of them too.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

/** True for a `name=value` query parameter that only says how the reader came (see TRACKING_PARAMS). */
function isTracking(param: string): boolean {
  const eq = param.indexOf('=');
  const name = (eq < 0 ? param : param.slice(0, eq)).toLowerCase();
  return name.startsWith('utm_') || TRACKING_PARAMS.has(name);
}

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
 * What names one page in an address: its host (without "www." and a default port), its path (without a closing
 * slash) and its query (without tracking parameters, in any order), whether over http or https, fragment aside.
 * "https://www.news.example/a/?utm_source=x#top" and "http://news.example/a" are one page; "?id=7" and "?id=8"
 * are two. An address that is no http(s) one is kept whole, fragment aside.
 */
export function pageKey(url: string): string {
  const bare = withoutFragment(url);
  const parts = /^https?:\/\/([^/?]*)([^?]*)(?:\?(.*))?$/i.exec(bare);
  if (!parts) return bare;
  const host = (parts[1] ?? '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:(80|443)$/, '');
  const path = (parts[2] ?? '').replace(/\/+$/, '');
  const query = (parts[3] ?? '')
    .split('&')
    .filter((param) => param !== '' && !isTracking(param))
    .sort();
  return `${host}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/**
 * Index of the document saved from the page at `pageUrl` (see pageKey), or undefined when there is none. A page
 * whose address was too long to keep whole is known by what was kept (see keptPageAddress): another page at the
 * same path whose query is as long is taken for it too, since nothing kept tells the two apart.
 */
export function pageDocument(index: CorpusIndex, pageUrl: string | undefined): number | undefined {
  if (!pageUrl) return undefined;
  const byKey = documentsByPage(index);
  const found = byKey.get(pageKey(pageUrl));
  if (found !== undefined) return found;
  const kept = keptPageAddress(pageUrl);
  return kept === null ? undefined : byKey.get(pageKey(kept));
}

/** Per loaded index, its documents by pageKey (the first of any two): asked on every batch a page sends. */
const pageKeys = new WeakMap<CorpusIndex, Map<string, number>>();

function documentsByPage(index: CorpusIndex): Map<string, number> {
  let byKey = pageKeys.get(index);
  if (byKey === undefined) {
    byKey = new Map();
    for (const [i, d] of index.documents.entries()) {
      if (d.url === null) continue;
      const key = pageKey(d.url);
      if (!byKey.has(key)) byKey.set(key, i);
    }
    pageKeys.set(index, byKey);
  }
  return byKey;
}
