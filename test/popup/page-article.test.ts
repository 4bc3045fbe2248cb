// @vitest-environment happy-dom
/**
 * Reading the article out of a page for "Add this page to your documents": the article's paragraphs apart by
 * blank lines and none of the page's menus, ads, related links or comments; title, outlet, date and address as
 * specified; no article on a page without one; and no throw, whatever the page holds.
 */
import { describe, expect, it } from 'vitest';
import { USER_DOCUMENT_LIMITS } from '../../src/core/corpus/user-documents';
import {
  MAX_ARTICLE_ELEMENTS,
  MIN_ARTICLE_WORDS,
  newDocument,
  readArticle,
  type ArticleOutcome,
  type PageArticle,
} from '../../src/popup/page-article';

const NOW = new Date(2026, 10, 21, 12);
const URL = 'https://www.dailyledger.example/world/aleppo-truce?ref=home#comments';

const P1 =
  'The truce around Aleppo held for a third day on Sunday, residents said, as aid agencies prepared to send convoys into the eastern districts.';
const P2 =
  'The United Nations said 15 of the 18 besieged areas had now been reached, and that more than 280,000 people have been killed since March 2011.';
const P3 =
  '“We are cautiously hopeful,” an aid official said, adding that the next week would show whether the agreement could last.';
const P4 =
  'Fighting had flared again on the city’s edges last week, and both sides accused each other of breaking the agreement brokered by Washington and Moscow.';
const P5 =
  'Close to 600,000 Syrians live in besieged areas, according to the United Nations, most of them without regular access to food or medicine.';
const HEADING = 'Convoys wait at the crossing';

/** A news page: menus, an ad, the article, a related-stories box, comments and a footer. */
function newsPage({
  head = '',
  title = 'Aleppo truce holds for a third day | The Daily Ledger',
} = {}): string {
  const menu = ['Home', 'World', 'Politics', 'Sport', 'Culture', 'Opinion', 'Newsletters']
    .map((item) => `<li><a href="/${item.toLowerCase()}">${item}</a></li>`)
    .join('');
  const related = [
    'Marathon draws 12,000 runners through the old city',
    'New phone sells 3 million units in its first week',
    'Ten recipes for a quick weeknight dinner',
  ]
    .map((item) => `<li><a href="/r">${item}</a></li>`)
    .join('');
  return `<!doctype html><html><head><title>${title}</title>${head}</head><body>
    <header class="site-header"><a class="logo" href="/">The Daily Ledger</a>
      <nav class="menu"><ul>${menu}</ul></nav></header>
    <div class="ad-break sponsor" id="ad-top">Buy the all-new phone today! Only 499 dollars, for a limited time only.</div>
    <main><article class="story">
      <h1>Aleppo truce holds for a third day</h1>
      <p class="byline">By A. Writer</p>
      <p>${P1}</p>
      <h2>${HEADING}</h2>
      <p>${P2.replace('15 of the 18', '<a href="/un">15 of the 18</a>').replace('March 2011', '<em>March</em> 2011')}</p>
      <p>${P3}</p>
      <p>${P4}</p>
      <p>${P5}</p>
    </article></main>
    <aside class="sidebar related"><h3>Most read</h3><ul>${related}</ul></aside>
    <section id="comments" class="comments"><h3>Comments</h3>
      <div class="comment"><p>First! Nobody believes these numbers anyway, it is all propaganda from start to finish.</p></div>
      <div class="comment"><p>Great article, thanks for sharing it with us.</p></div></section>
    <footer class="site-footer"><p>© 2016 The Daily Ledger. All rights reserved. Privacy policy. Terms of use.</p></footer>
  </body></html>`;
}

function article(outcome: ArticleOutcome): PageArticle {
  if (outcome.kind !== 'article')
    throw new Error(`expected an article, got ${outcome.kind}: ${outcome.reason}`);
  return outcome.article;
}

describe('readArticle', () => {
  it('keeps the article’s paragraphs, apart by blank lines, and none of the menus, ads, related links or comments', () => {
    const found = article(readArticle({ html: newsPage(), url: URL, published: null }, NOW));
    expect(found.text).toBe(`${P1}\n\n${HEADING}\n\n${P2}\n\n${P3}\n\n${P4}\n\n${P5}`);
    for (const furniture of [
      'By A. Writer',
      'Newsletters',
      'Politics',
      'Buy the all-new phone',
      'Marathon',
      'recipes',
      'First!',
      'Great article',
      'All rights reserved',
    ])
      expect(found.text).not.toContain(furniture);
    // Inline markup is no break, and no line holds runs of spaces.
    expect(found.text).toContain('15 of the 18 besieged areas');
    expect(found.text).toContain('since March 2011.');
    expect(found.text).not.toMatch(/ {2}|^ | $|\n{3}/m);
    expect(found.words).toBe(found.text.split(/\s+/).length);
    expect(found.opening).toBe(P1);
  });

  // Readability drops every class attribute unless told to keep them, and a highlighter's class is the only sign
  // that a `pre` is a code listing (see isCodeListing): the saved document held the code's numbers as figures.
  it.each([
    [
      'a highlighted pre',
      '<pre class="hljs language-sql">SELECT * FROM t LIMIT 20 ROWS BETWEEN 60 PRECEDING;</pre>',
    ],
    [
      'a WP-Syntax table',
      '<table><tr><td class="code"><pre class="sql">SELECT * FROM t LIMIT 20 ROWS BETWEEN 60 PRECEDING;</pre></td></tr></table>',
    ],
  ])('leaves out %s, as the page reader does', (_name, listing) => {
    const html = newsPage().replace(`<p>${P3}</p>`, `<p>${P3}</p>${listing}`);
    const found = article(readArticle({ html, url: URL, published: null }, NOW));
    expect(found.text).toContain(P3);
    expect(found.text).not.toContain('LIMIT 20');
  });

  it('takes the title from Readability, the outlet from the site’s name, the address without its fragment', () => {
    const found = article(
      readArticle(
        {
          html: newsPage({ head: '<meta property="og:site_name" content="The Daily Ledger">' }),
          url: URL,
          published: null,
        },
        NOW,
      ),
    );
    expect(found.title).toBe('Aleppo truce holds for a third day');
    expect(found.outlet).toBe('The Daily Ledger');
    expect(found.url).toBe('https://www.dailyledger.example/world/aleppo-truce?ref=home');
    expect(found.date).toBeNull();
  });

  it('names the page’s host as the outlet when the page names no site', () => {
    const html = newsPage({ title: 'Aleppo truce holds for a third day' });
    expect(article(readArticle({ html, url: URL, published: null }, NOW)).outlet).toBe('dailyledger.example');
  });

  describe('the outlet: the name a reader knows the site by', () => {
    const outletOf = (
      head: string,
      url: string,
      title = 'Aleppo truce holds for a third day',
    ): string | null =>
      article(readArticle({ html: newsPage({ head, title }), url, published: null }, NOW)).outlet;
    const publisher = (name: string): string =>
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Aleppo truce holds for a third day',
        publisher: { '@type': 'Organization', name },
      })}</script>`;

    it('calls a Wikipedia article’s outlet Wikipedia, not the Foundation that publishes it', () => {
      // What en.wikipedia.org gives: no og:site_name, JSON-LD naming the Foundation, the site at the title’s end.
      expect(
        outletOf(
          publisher('Wikimedia Foundation, Inc.'),
          'https://en.wikipedia.org/wiki/Aleppo',
          'Aleppo - Wikipedia',
        ),
      ).toBe('Wikipedia');
    });

    it('prefers the site’s own name (og:site_name, else application-name) to its publisher’s company name', () => {
      const og = '<meta property="og:site_name" content="The Daily Ledger">';
      expect(outletOf(`${og}${publisher('Ledger Media Group LLC')}`, URL)).toBe('The Daily Ledger');
      const app = '<meta name="application-name" content="Daily Ledger">';
      expect(outletOf(`${app}${publisher('Ledger Media Group LLC')}`, URL)).toBe('Daily Ledger');
      // A publisher is taken when it is all the page says, without its legal form.
      expect(outletOf(publisher('Ledger Media Group LLC'), URL)).toBe('Ledger Media Group');
    });

    it('spells out a host the end of the title names, and takes no other end of a title for a site', () => {
      expect(
        outletOf(
          '',
          'https://www.nytimes.com/2016/06/16/world/aleppo.html',
          'Aleppo truce - The New York Times',
        ),
      ).toBe('The New York Times');
      expect(outletOf('', URL, 'Aleppo truce holds | Opinion')).toBe('dailyledger.example');
    });

    it('tidies a site’s name: no tagline, no address for a name, no headline for a name', () => {
      const og = (name: string): string => `<meta property="og:site_name" content="${name}">`;
      expect(outletOf(og('The Daily Ledger – news you can count on'), URL)).toBe('The Daily Ledger');
      expect(outletOf(og('http://www.dailyledger.example'), URL)).toBe('dailyledger.example');
      // Some sites fill application-name with the page's headline.
      const app = '<meta name="application-name" content="Aleppo truce holds for a third day">';
      expect(outletOf(app, URL)).toBe('dailyledger.example');
    });

    it('names no outlet for a page on an IP address, localhost or an intranet name, which say no publisher', () => {
      for (const url of [
        'http://127.0.0.1:8765/article.html',
        'http://localhost:3000/story',
        'http://[::1]/story',
        'http://intranet/news/story',
        'http://printer.local/story',
      ])
        expect(outletOf('', url), url).toBeNull();
      expect(outletOf('', 'https://www.example.com/story')).toBe('example.com');
    });
  });

  it('takes the headline, not the tail Readability cuts at a colon, when the <title> starts with an <h1>', () => {
    const html = newsPage({ title: 'Aleppo truce holds: what we know — The Daily Ledger' }).replace(
      '<h1>Aleppo truce holds for a third day</h1>',
      '<h1>Aleppo truce holds: what we know</h1>',
    );
    expect(article(readArticle({ html, url: URL, published: null }, NOW)).title).toBe(
      'Aleppo truce holds: what we know',
    );
  });

  it.each([
    // Readability cuts a <title> without "|" or " - " at its colon and keeps the tail, site's name and all.
    [
      'cut at its colon, with an <h1> of other words',
      'Idlib offensive: air strikes kill dozens as the war enters its ninth year — The Daily Ledger',
      'Idlib offensive: air strikes kill dozens as the war enters its ninth year',
    ],
    // Readability keeps a site's name after an em dash; og:site_name says it is one.
    [
      'the site’s name after an em dash',
      'Kerry warns Moscow over Syria truce in Oslo — The Daily Ledger',
      'Kerry warns Moscow over Syria truce in Oslo',
    ],
    // A site's name before the colon goes with it.
    [
      'the site’s name before its colon',
      'The Daily Ledger: Kerry warns Moscow over Syria truce in Oslo',
      'Kerry warns Moscow over Syria truce in Oslo',
    ],
    // A colon and a dash that are the headline's own stay.
    [
      'a colon and a dash of its own',
      'Aleppo truce: day three — and counting',
      'Aleppo truce: day three — and counting',
    ],
  ])('takes the whole <title> without the site’s name: %s', (_what, title, expected) => {
    const head = '<meta property="og:site_name" content="The Daily Ledger">';
    const html = newsPage({ head, title }).replace(
      '<h1>Aleppo truce holds for a third day</h1>',
      '<h1>Air strikes on a market kill dozens as the offensive grinds on</h1>',
    );
    expect(article(readArticle({ html, url: URL, published: null }, NOW)).title).toBe(expected);
  });

  it('dates the article by the date the page states, else by Readability’s publishedTime, else not at all', () => {
    const meta = '<meta property="article:published_time" content="2016-06-16T09:00:00Z">';
    const read = (head: string, published: string | null) =>
      article(readArticle({ html: newsPage({ head }), url: URL, published }, NOW)).date;
    expect(read(meta, '2016-06-15')).toBe('2016-06-15');
    expect(read(meta, null)).toBe('2016-06-16');
    expect(read('', null)).toBeNull();
    // A publishedTime that is no date, or after today, is none.
    expect(read('<meta property="article:published_time" content="soon">', null)).toBeNull();
    expect(read('<meta property="article:published_time" content="2027-01-01">', null)).toBeNull();
    // One written another way still reads as a date.
    expect(read('<meta property="article:published_time" content="June 16, 2016 09:00">', null)).toBe(
      '2016-06-16',
    );
  });

  it('says a page has no article when it has none, or too little text to be one', () => {
    const home = `<html><head><title>The Daily Ledger</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
      <form><label>Search <input name="q"></label><button>Go</button></form>
      <p>Welcome to The Daily Ledger. Sign in to read more.</p></body></html>`;
    for (const html of [home, '', '<html><body></body></html>', 'just a few words, no markup']) {
      const outcome = readArticle({ html, url: URL, published: null }, NOW);
      expect(outcome.kind, html).toBe('no-article');
      if (outcome.kind === 'no-article')
        expect(outcome.reason).toMatch(/^Claim Lens found no article on this page/);
    }
    const short = `<html><body><article><p>${'word '.repeat(MIN_ARTICLE_WORDS - 1)}</p></article></body></html>`;
    expect(readArticle({ html: short, url: URL, published: null }, NOW)).toEqual({
      kind: 'no-article',
      reason: `Claim Lens found no article on this page (only ${MIN_ARTICLE_WORDS - 1} words of text), so there is nothing to add.`,
    });
  });

  it('never throws, and runs none of the page’s scripts, on hostile pages', () => {
    const global = globalThis as { __claimLensRan?: boolean };
    const long = `<p>${'A sentence that goes on. '.repeat(20)}</p>`;
    const hostile = [
      // Scripts, handlers, styles, frames and resources of every kind.
      `<html><head><script>globalThis.__claimLensRan = true</script><style>p{}</style>
        <link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/x.js"></script></head>
        <body onload="globalThis.__claimLensRan = true"><article>${long}<img src="x" onerror="globalThis.__claimLensRan = true">
        <iframe title="frame"></iframe><svg><script>globalThis.__claimLensRan = true</script></svg>${long}</article></body></html>`,
      // Broken markup: unclosed and misnested tags, stray end tags, bad attributes, NUL and lone surrogates.
      `<html><body><article><p>${'unclosed <b>bold <i>italic </p></b></i>'.repeat(100)}</div></span>
        <p a=b=c "=" <<>>>\u0000\ud800 ${'text '.repeat(100)}<table><p>in a table<tr><td>cell</article>`,
      // 3,000 elements nested inside one another.
      `<html><body>${'<div>'.repeat(3_000)}${long}${'</div>'.repeat(3_000)}</body></html>`,
      '\u0000\u0001\ufffe<<<>>>',
    ];
    for (const html of hostile) {
      const outcome = readArticle({ html, url: 'not a url', published: 'not a date' }, NOW);
      expect(['article', 'no-article', 'unreadable']).toContain(outcome.kind);
      if (outcome.kind === 'article') {
        expect(outcome.article.text).not.toContain('__claimLensRan');
        expect(outcome.article.url).toBeNull();
        expect(outcome.article.date).toBeNull();
      }
    }
    expect(global.__claimLensRan).toBeUndefined();
  });

  it('refuses an article too long to add, and a page with too many elements, each with its reason', () => {
    const paragraph = `<p>${'The convoy reached the town on Sunday morning. '.repeat(100)}</p>`;
    const huge = `<html><body><article>${paragraph.repeat(Math.ceil(USER_DOCUMENT_LIMITS.chars / 4_700) + 5)}</article></body></html>`;
    const tooLong = readArticle({ html: huge, url: URL, published: null }, NOW);
    expect(tooLong.kind).toBe('too-long');
    if (tooLong.kind === 'too-long')
      expect(tooLong.reason).toMatch(
        /^This article is too long to add \([\d,]+ characters; a document may have at most 300,000\)\.$/,
      );

    const crowded = `<html><body><article><p>${'<span>x</span>'.repeat(MAX_ARTICLE_ELEMENTS)}</p></article></body></html>`;
    const outcome = readArticle({ html: crowded, url: URL, published: null }, NOW);
    expect(outcome.kind).toBe('unreadable');
    if (outcome.kind === 'unreadable')
      expect(outcome.reason).toMatch(
        /^This page is too large to read an article out of \([\d,]+ elements; at most 100,000\)\.$/,
      );
  });

  it('keeps an address whose query makes it too long without the query, and drops one that is still too long', () => {
    const page = newsPage();
    const longQuery = `https://news.example/a?${'utm=1&'.repeat(200)}`;
    expect(article(readArticle({ html: page, url: longQuery, published: null }, NOW)).url).toBe(
      'https://news.example/a',
    );
    const longPath = `https://news.example/${'a'.repeat(600)}`;
    expect(article(readArticle({ html: page, url: longPath, published: null }, NOW)).url).toBeNull();
  });
});

describe('newDocument', () => {
  const base: PageArticle = {
    title: 'Aleppo truce holds',
    outlet: 'The Daily Ledger',
    date: '2016-06-16',
    url: 'https://news.example/a',
    text: 'Text.',
    words: 1,
    opening: 'Text.',
  };

  it('adds the article under its title, with its source', () => {
    expect(newDocument(base)).toEqual({
      name: 'Aleppo truce holds',
      text: 'Text.',
      title: 'Aleppo truce holds',
      outlet: 'The Daily Ledger',
      date: '2016-06-16',
      url: 'https://news.example/a',
    });
  });

  it('names an article without a title by its outlet (the host, when the page names no site)', () => {
    expect(newDocument({ ...base, title: null, outlet: 'news.example' })).toMatchObject({
      name: 'news.example',
      title: null,
    });
  });

  it('names an article with neither a title nor an outlet “untitled page”, and keeps its outlet unknown', () => {
    expect(newDocument({ ...base, title: null, outlet: null })).toMatchObject({
      name: 'untitled page',
      title: null,
      outlet: null,
    });
  });
});
