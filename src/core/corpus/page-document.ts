/**
 * The corpus document saved from the page being read, if any. A reader who adds the page they are on (the
 * popup's "Add this page") makes it a corpus document; matched against itself, every claim on the page would
 * then have one more source agreeing with it, itself.
 */
import type { CorpusIndex } from './model';

/** An address without its fragment: "#section-2" is the same page, and the popup saves pages without it. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Index of the document whose address is `pageUrl` (fragments aside), or undefined when there is none. */
export function pageDocument(index: CorpusIndex, pageUrl: string | undefined): number | undefined {
  if (!pageUrl) return undefined;
  const page = withoutFragment(pageUrl);
  const found = index.documents.findIndex((d) => d.url !== null && withoutFragment(d.url) === page);
  return found < 0 ? undefined : found;
}
