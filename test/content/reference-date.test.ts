// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bylineDate } from '../../src/content/byline-date';
import { isPublished, readingDate, today } from '../../src/content/reference-date';

const NOW = new Date(2026, 10, 21, 12);

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const LD = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readingDate', () => {
  it.each([
    [
      'article:published_time wins over everything',
      '<meta property="article:published_time" content="2016-05-04T10:00:00Z">',
      `<article><time datetime="2015-01-01">then</time></article>${LD({ datePublished: '2014-01-01' })}`,
      '2016-05-04',
    ],
    [
      'a microdata meta in the body counts as well',
      '',
      '<article><meta itemprop="datePublished" content="2016-05-04"><p>text</p></article>',
      '2016-05-04',
    ],
    [
      'a meta without a date falls through to the next one',
      '<meta property="article:published_time" content="soon"><meta name="article:published_time" content="2016-05-05">',
      '',
      '2016-05-05',
    ],
    [
      'a time in the article, when no meta says',
      '',
      '<nav><time datetime="2020-01-01">menu</time></nav><article><time datetime="2016-05-06">May 6</time></article>',
      '2016-05-06',
    ],
    [
      'a time before JSON-LD, wherever each is',
      LD({ datePublished: '2014-01-01' }),
      '<main><time datetime="2016-05-07T08:00">x</time></main>',
      '2016-05-07',
    ],
    [
      'JSON-LD in a @graph',
      LD({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2016-05-08' }] }),
      '',
      '2016-05-08',
    ],
    [
      'a broken JSON-LD block is skipped',
      `<script type="application/ld+json">{oops</script>${LD([{ datePublished: '2016-05-09' }])}`,
      '',
      '2016-05-09',
    ],
    ['nothing on the page: today', '', '<p>No date here.</p>', today(NOW)],
    [
      'a byline a reader sees, when no metadata says',
      '',
      '<article><h1>Truce</h1><p class="byline">By A. Ross · Published June 15, 2016 · 5 min read</p></article>',
      '2016-06-15',
    ],
    [
      "the article's dateline, not a sidebar's dates before it",
      '',
      '<aside><span class="date">March 3, 2019</span></aside><article><div class="post-dateline">12 May 2016</div></article>',
      '2016-05-12',
    ],
    [
      'metadata wins over a byline',
      '<meta property="article:published_time" content="2016-05-04">',
      '<article><p class="byline">Published June 15, 2016</p></article>',
      '2016-05-04',
    ],
    [
      "the page's only time, in a header before its article",
      '',
      '<header><b>AP</b> <time datetime="2016-12-01T23:29:49.000Z">December 2, 2016</time></header><article><p>Text.</p></article>',
      '2016-12-01',
    ],
    [
      'of several times outside the article, none is taken',
      '',
      '<aside><time datetime="2016-01-01">x</time></aside><article><p>Text.</p></article><footer><time datetime="2017-02-02">y</time></footer>',
      today(NOW),
    ],
    [
      "a lone time after today is an event's the page announces",
      '',
      '<p>The concert is on <time datetime="2031-06-01">June 1, 2031</time>.</p>',
      today(NOW),
    ],
    [
      'a lone time without a day is none',
      '',
      '<header><time datetime="PDT08:05:41-07:00">08:05</time></header><p>Text.</p>',
      today(NOW),
    ],
    [
      "the article's byline wins over a lone time outside it",
      '',
      '<aside><time datetime="2019-03-03">x</time></aside><article><p class="byline">Published June 15, 2016</p></article>',
      '2016-06-15',
    ],
    [
      'a citation’s access date, an infobox’s founding day and a table’s dates are not the page’s',
      '',
      '<article><table class="infobox"><tr><td><span class="bday dtstart published updated">1998-02-28</span>' +
        '</td></tr></table><p>Text.</p><ol class="references"><li><cite>A report. ' +
        '<span class="reference-accessdate">Retrieved 17 February 2008</span></cite></li></ol></article>',
      today(NOW),
    ],
    [
      'a page revised years after it was first published speaks from its last revision',
      '<script type="application/ld+json">{"@type":"Article","datePublished":"2001-10-29T01:59:14Z",' +
        '"dateModified":"2019-09-26T11:35:37Z"}</script>',
      '<p>Text.</p>',
      '2019-09-26',
    ],
    [
      'a story corrected weeks later keeps the day it was published',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-06-15T08:00:00Z",' +
        '"dateModified":"2016-07-02T10:00:00Z"}</script>',
      '<p>Text.</p>',
      '2016-06-15',
    ],
    [
      'JSON-LD wrapped in CDATA',
      '<script type="application/ld+json">\n<![CDATA[\n{"datePublished":"2016-06-15T08:00:00Z"}\n]]>\n</script>',
      '<p>Text.</p>',
      '2016-06-15',
    ],
    [
      'a byline without a year, or dated after today, is no date',
      '',
      '<article><p class="byline">Published June 15</p><p class="date">June 1, 2031</p></article>',
      today(NOW),
    ],
  ])('%s', (_name, head, body, expected) => {
    // Today is the day read against when the page gives none, and then it is not the page's own date.
    const published = expected !== today(NOW);
    expect(readingDate(page(head, body), NOW)).toEqual({ day: expected, published });
  });
});

const PAGES = resolve(import.meta.dirname, '../../../shared/pages');

// Saved pages (../shared/pages) whose only machine-readable date sits outside their <article> or has no other
// source beside it; each is the day its `datetime` gives, when the page was written or last updated.
describe.skipIf(!existsSync(PAGES))('readingDate on saved pages', () => {
  it.each([
    ['yahoo-2', '2016-12-01'],
    ['yahoo-1', '2016-10-13'],
    ['msn', '2016-11-15'],
    ['ehow-2', '2016-09-14'],
    ['royal-road', '2023-12-20'],
    // Wikipedia's last revisions (JSON-LD dateModified), not the days their articles were created.
    ['wikipedia-2', '2019-09-26'],
    ['wikipedia-3', '2020-02-24'],
    ['wikipedia-4', '2024-04-02'],
  ])('%s is read against %s', (name, expected) => {
    const html = readFileSync(resolve(PAGES, name, 'source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(readingDate(doc, NOW)).toEqual({ day: expected, published: true });
  });

  it('reads a Wikipedia page with no JSON-LD as undated, not by its citations’ access dates or its infobox', () => {
    const html = readFileSync(resolve(PAGES, 'wikipedia', 'source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(readingDate(doc, NOW)).toEqual({ day: today(NOW), published: false });
  });
});

describe('isPublished', () => {
  it.each([
    [{ day: '2016-05-04', published: true }, '2016-05-04', true],
    // A scan read against the date the page had before a navigation replaced it.
    [{ day: '2016-05-04', published: true }, '2016-05-03', false],
    // Today, for a page that gives no date.
    [{ day: '2016-05-04', published: false }, '2016-05-04', false],
  ])('%j, read against %s: %s', (reading, day, expected) => {
    expect(isPublished(reading, day)).toBe(expected);
  });
});

describe('bylineDate', () => {
  it.each([
    ['Published June 15, 2016', '2016-06-15'],
    ['Updated: Jun. 5 2016 at 10:00', '2016-06-05'],
    ['By Amelia Ross | 15th June 2016', '2016-06-15'],
    ['Posted 2016-06-15T10:00:00Z', '2016-06-15'],
    ['February 30, 2016', null],
    ['June 15 · 5 min read', null],
    ['Published on 1 January 2099', null],
    ['1,000,000 readers since 20161', null],
  ])('%s → %s', (text, expected) => {
    expect(bylineDate(text, '2026-11-21')).toBe(expected);
  });
});
