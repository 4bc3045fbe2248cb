// @vitest-environment happy-dom
/** Which day each story of a page is read against: its own when the page holds several dated stories. */
import { afterEach, describe, expect, it } from 'vitest';
import { articleDay, articleDays } from '../../src/content/article-dates';
import { setBody } from './fixtures';

const NOW = new Date('2020-01-01T12:00:00Z');
const header = (day: string) => `<header><time datetime="${day}T08:00:00Z">${day}</time></header>`;
const story = (id: string, day: string | null, body = '<p>Text.</p>') =>
  `<article id="${id}">${day ? header(day) : ''}${body}</article>`;

/** Each paragraph's day, by its article's id, or null for "read against the page's". */
function daysOf(html: string, pageDay: string): Record<string, string | null> | null {
  setBody(html);
  const dayOf = articleDays(document, pageDay, NOW);
  if (dayOf === null) return null;
  return Object.fromEntries([...document.querySelectorAll('p')].map((p, i) => [p.id || `p${i}`, dayOf(p)]));
}

afterEach(() => document.body.replaceChildren());

describe('articleDays', () => {
  it.each([
    ['one article: the page date', story('a', '2016-07-06'), '2016-07-06', null],
    ['two stories of the page day', story('a', '2016-07-06') + story('b', '2016-07-06'), '2016-07-06', null],
    ['only one story dated', story('a', '2016-07-06') + story('b', null), '2017-01-01', null],
    [
      'two stories of other days: each its own',
      story('a', '2017-07-10', '<p id="x">Text.</p>') +
        story('b', '2016-07-06', '<p id="y">Text.</p>') +
        '<p id="z">Out.</p>',
      '2017-07-10',
      { x: '2017-07-10', y: '2016-07-06', z: null },
    ],
    [
      "a comment (an article inside a story) is read with its story, and its time is not the story's",
      story(
        'a',
        '2017-07-10',
        `<p id="x">Text.</p><article>${header('2019-02-02')}<p id="c">Comment.</p></article>`,
      ) + story('b', '2016-07-06', '<p id="y">Text.</p>'),
      '2017-07-10',
      { x: '2017-07-10', c: '2017-07-10', y: '2016-07-06' },
    ],
    [
      'a date in the text is what a story reports, not its date',
      story('a', '2017-07-10', '<p id="x">Text.</p>') +
        story('b', null, '<p id="y">On <time datetime="2011-03-15">15 March 2011</time> protests began.</p>'),
      '2017-07-10',
      null,
    ],
    [
      "a day after today is an event's",
      story('a', '2017-07-10', '<p id="x">Text.</p>') + story('b', '2021-06-01', '<p id="y">Text.</p>'),
      '2017-07-10',
      null,
    ],
  ])('%s', (_, html, pageDay, expected) => {
    expect(daysOf(html, pageDay)).toEqual(expected);
  });
});

describe('articleDay', () => {
  it.each([
    ['a time before the text', `${header('2016-07-06')}<p>Text.</p>`, '2016-07-06'],
    [
      'a time marked as the publication, anywhere',
      '<p>Text.</p><time itemprop="datePublished" datetime="2016-07-06">x</time>',
      '2016-07-06',
    ],
    [
      "a citation date is not the story's",
      '<cite><time datetime="2008-02-17">x</time></cite><p>Text.</p>',
      null,
    ],
    ['no time', '<p>Text.</p>', null],
    ['an unreadable datetime', '<time datetime="soon">x</time><p>Text.</p>', null],
  ])('%s', (_, inner, expected) => {
    setBody(`<article>${inner}</article>`);
    expect(articleDay(document.querySelector('article')!, '2020-01-01')).toBe(expected);
  });
});
