import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { USER_DOCUMENT_LIMITS } from '../../src/core/corpus/user-documents';
import { scanCounting, scanGates, scanTexts } from '../../src/core/scan-texts';
import { extractClaims } from '../../src/core/extract-claims';
import { largeArticle } from '../bench/large-page';
import { goldItems } from '../gold/evaluate';
import { builtIndex } from './built-index';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const index = builtIndex(readCorpusDir(SEEDS));

const texts = [
  ...[...largeArticle({ paragraphs: 300 }).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  ),
  ...goldItems()
    .filter((item) => item.exclude.length === 0)
    .map((item) => item.text),
];

describe('scanTexts (what the worker runs for a page)', () => {
  const gated = scanTexts(index, scanGates(index), texts, '2016-06-01');

  it('answers per text, in order, with spans into that text and only claims with a match', () => {
    expect(gated).toHaveLength(texts.length);
    let found = 0;
    gated.forEach((claims, i) => {
      for (const { claim, result } of claims) {
        expect(texts[i]?.slice(claim.start, claim.end)).toBe(claim.text);
        expect(result.matches.length).toBeGreaterThan(0);
        found++;
      }
    });
    expect(found).toBeGreaterThan(20);
  });

  it('finds with its gates exactly what it finds without them', () => {
    expect(gated).toEqual(scanTexts(index, null, texts, '2016-06-01'));
  });

  it('scanCounting (the check page) finds what scanTexts finds, and counts every other claim', () => {
    let unmatched = 0;
    texts.forEach((text, i) => {
      const counted = scanCounting(index, scanGates(index), text, '2016-06-01');
      expect(counted.found).toEqual(gated[i]);
      const all = extractClaims(text, { referenceDate: '2016-06-01' }).length;
      expect(counted.unmatched).toHaveLength(all - counted.found.length);
      for (const other of counted.unmatched) expect(text.slice(other.start, other.end)).toBe(other.text);
      unmatched += counted.unmatched.length;
    });
    expect(unmatched).toBeGreaterThan(100);
  });

  it('resolves relative dates against the reference date it is given', () => {
    const text = 'The truce has held since February 27, the monitor said.';
    const [[june]] = [scanTexts(index, scanGates(index), [text], '2016-06-01')];
    const [[later]] = [scanTexts(index, scanGates(index), [text], '2019-06-01')];
    const dateOf = (found: typeof june) => found?.find((c) => c.claim.kind === 'date')?.claim.value;
    expect(dateOf(june)).toMatchObject({ start: '2016-02-27' });
    expect(dateOf(later)).toMatchObject({ start: '2019-02-27' });
  });
});

describe('scanTexts on a page the reader added to the corpus', () => {
  const page = 'More than 280,000 people have been killed in Syria since the war began in March 2011.';
  const corpus = builtIndex([
    ...readCorpusDir(SEEDS),
    { id: 'user-page', text: `Syria's war\n\n${page}`, meta: { url: 'https://news.example/syria?id=7' } },
  ]);
  const sources = (pageUrl?: string) =>
    scanTexts(corpus, scanGates(corpus), [page], '2016-06-01', false, pageUrl)[0]?.flatMap(({ result }) =>
      result.matches.map((m) => m.doc),
    ) ?? [];

  it('is no source on itself, whatever its fragment', () => {
    expect(sources()).toContain('user-page');
    expect(sources('https://news.example/syria?id=7#comments')).not.toContain('user-page');
    // The seeds still are.
    expect(sources('https://news.example/syria?id=7')).toContain('001_b2556f4a5b9ae9bb');
  });
  it('is a source on another page', () => {
    expect(sources('https://news.example/syria?id=8')).toContain('user-page');
  });
});

describe('scanTexts on a page added to the corpus whose address was too long to keep whole', () => {
  const page = 'More than 280,000 people have been killed in Syria since the war began in March 2011.';
  // What the popup keeps of an address whose query takes it past the corpus's limit: the address without it (see
  // test/popup/page-article.test.ts).
  const long = `https://news.example/syria?${'utm_source=feed&'.repeat(40)}id=7`;
  const corpus = builtIndex([
    ...readCorpusDir(SEEDS),
    { id: 'user-page', text: `Syria's war\n\n${page}`, meta: { url: 'https://news.example/syria' } },
  ]);
  const sources = (pageUrl?: string) =>
    scanTexts(corpus, scanGates(corpus), [page], '2016-06-01', false, pageUrl)[0]?.flatMap(({ result }) =>
      result.matches.map((m) => m.doc),
    ) ?? [];

  it('is no source on itself: the page is known by the address kept of it', () => {
    expect(long.length).toBeGreaterThan(USER_DOCUMENT_LIMITS.field);
    expect(sources(long)).not.toContain('user-page');
    expect(sources(`${long}#comments`)).not.toContain('user-page');
    expect(sources(long)).toContain('001_b2556f4a5b9ae9bb');
  });
  it('is a source on a page at that address with a query short enough to keep', () => {
    expect(sources('https://news.example/syria?id=8')).toContain('user-page');
  });
});
