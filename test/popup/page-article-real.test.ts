// @vitest-environment happy-dom
/**
 * "Add this page" on saved news pages (../shared/pages, from Readability's own test suite, with the metadata
 * Readability's tests expect): the article is found, with its title and the site's name, in paragraphs. Skipped
 * when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/popup/page-article';

const PAGES = resolve(import.meta.dirname, '../../../shared/pages');

/** News articles among the saved pages: one per outlet, English and French. */
const NEWS = [
  'ars-1',
  'bbc-1',
  'guardian-1',
  'nytimes-1',
  'wapo-1',
  'seattletimes-1',
  'lemonde-1',
  'telegraph',
];

describe.skipIf(!existsSync(PAGES))('reading saved news pages', () => {
  it.each(NEWS)('%s: the article, under its own title and outlet, in paragraphs', (name) => {
    const html = readFileSync(resolve(PAGES, name, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(resolve(PAGES, name, 'expected-metadata.json'), 'utf8')) as {
      title: string;
      siteName: string | null;
    };
    const outcome = readArticle({ html, url: `https://www.${name}.example/story`, published: null });
    if (outcome.kind !== 'article') throw new Error(`${name}: ${outcome.kind}: ${outcome.reason}`);
    const { article } = outcome;
    expect(article.title).toBe(expected.title.replace(/\s+/g, ' '));
    expect(article.outlet).toBe(expected.siteName ?? `${name}.example`);
    expect(article.words).toBeGreaterThan(400);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(paragraphs.every((p) => p.trim() === p && p !== '')).toBe(true);
    expect(article.opening.length).toBeGreaterThan(40);
  });
});
