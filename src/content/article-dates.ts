/**
 * The days of a page's articles when it holds several, each dated: an infinite-scroll page appends the next story
 * under the first one's address, and a blog's front page lists posts of many days. A reader reads each story's
 * "last year" and "February 27" from its own date, so Claim Lens does too. A page with one article is read against
 * the page's date (see reference-date.ts), its comments too, though they are often articles of their own.
 */
import { isoDay, NOT_BYLINE, today } from './reference-date';

/** Articles looked at for their dates: a feed of thousands is read against the page's date past these. */
const MAX_ARTICLES = 200;

/** The outermost `<article>` holding `element`, or null: a comment is read with the story it is under. */
function outermostArticle(element: Element): Element | null {
  let article = element.closest('article');
  for (;;) {
    const outer = article?.parentElement?.closest('article') ?? null;
    if (outer === null) return article;
    article = outer;
  }
}

/**
 * An article's own publication day: a dated `<time>` of its own (not a nested article's, not a citation's), marked
 * as its publication or set before its first paragraph, where a story shows its date. A date in its text ("on
 * <time>March 15, 2011</time> protests began") is what it reports, not when; a day after today is an event's.
 */
export function articleDay(article: Element, day: string): string | null {
  const firstParagraph = article.querySelector('p');
  for (const time of article.querySelectorAll('time[datetime]')) {
    if (time.parentElement?.closest('article') !== article || time.closest(NOT_BYLINE) !== null) continue;
    const own =
      time.matches('[itemprop="datePublished"], [pubdate]') ||
      firstParagraph === null ||
      (firstParagraph.compareDocumentPosition(time) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    if (!own) return null;
    const found = isoDay(time.getAttribute('datetime'));
    if (found !== null && found <= day) return found;
  }
  return null;
}

/**
 * For one scan: the day of the article holding a block, when the page holds two or more dated articles and one of
 * them is not of the page's day; null (read everything against the page's day) otherwise.
 */
export function articleDays(
  doc: Document,
  pageDay: string,
  now = new Date(),
): ((container: Element) => string | null) | null {
  const all = doc.getElementsByTagName('article');
  if (all.length < 2) return null;
  const day = today(now);
  const days = new Map<Element, string | null>();
  let dated = 0;
  let another = false;
  for (let i = 0; i < all.length && days.size < MAX_ARTICLES; i++) {
    const article = all[i]!;
    if (article.parentElement?.closest('article')) continue;
    const found = articleDay(article, day);
    days.set(article, found);
    if (found === null) continue;
    dated++;
    if (found !== pageDay) another = true;
  }
  if (dated < 2 || !another) return null;
  return (container) => {
    const article = outermostArticle(container);
    return article === null ? null : (days.get(article) ?? null);
  };
}
