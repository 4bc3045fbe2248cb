import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/core/corpus/model';
import { pageDocument } from '../../src/core/corpus/page-document';

/** An index holding documents saved from these addresses (pageDocument reads nothing else). */
function savedFrom(...urls: (string | null)[]): CorpusIndex {
  return { documents: urls.map((url) => ({ url })) } as unknown as CorpusIndex;
}

describe('pageDocument: the document saved from the page being read', () => {
  it.each([
    // Saved from a shared link, read from the site's own (and the other way round).
    ['https://news.example/syria?utm_source=twitter&utm_medium=social', 'https://news.example/syria'],
    ['https://news.example/syria', 'https://news.example/syria?fbclid=IwAR0abc'],
    ['https://news.example/story?id=7&gclid=x1', 'https://news.example/story?UTM_Campaign=y&id=7'],
    // The same page over http, with "www.", a default port or a closing slash.
    ['http://www.news.example/syria/', 'https://news.example/syria'],
    ['https://news.example:443/syria', 'https://NEWS.example/syria#comments'],
    // Its query in another order.
    ['https://news.example/story?id=7&page=2', 'https://news.example/story?page=2&id=7'],
  ])('finds the page saved as %s when it is read at %s', (saved, read) => {
    expect(pageDocument(savedFrom(null, 'https://other.example/a', saved), read)).toBe(2);
  });

  it.each([
    ['https://news.example/story?id=7', 'https://news.example/story?id=8'],
    ['https://news.example/syria', 'https://news.example/syria/aleppo'],
    ['https://news.example/syria', 'https://other.example/syria'],
    ['https://news.example/Syria', 'https://news.example/syria'],
  ])('takes %s and %s for two pages', (saved, read) => {
    expect(pageDocument(savedFrom(saved), read)).toBeUndefined();
  });

  it('finds nothing for a page without an address or a corpus without one', () => {
    expect(pageDocument(savedFrom('https://news.example/a'), undefined)).toBeUndefined();
    expect(pageDocument(savedFrom(null), 'https://news.example/a')).toBeUndefined();
  });
});
