// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { referenceDate, today } from '../../src/content/reference-date';

const NOW = new Date(2026, 10, 21, 12);

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const LD = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('referenceDate', () => {
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
  ])('%s', (_name, head, body, expected) => {
    expect(referenceDate(page(head, body), NOW)).toBe(expected);
  });
});
