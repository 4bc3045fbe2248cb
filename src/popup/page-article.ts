/**
 * The article on a page, read out of the HTML its content script sent, for "Add this page to your documents".
 * Readability (the reader of Firefox's Reader View) finds the article and leaves the menus, ads, related links
 * and comments out; this module makes a document of it: its text with the paragraphs kept apart, its title,
 * outlet, date and address. It runs in the popup, on the reader's request, never in the page.
 *
 * The HTML is parsed with DOMParser into a document of its own: no script in it runs and nothing it names is
 * fetched, and only text is read out of it.
 */
import { Readability } from '@mozilla/readability';
import { keptPageAddress } from '../core/corpus/page-document';
import { isIsoDate } from '../core/corpus/sources-meta';
import { USER_DOCUMENT_LIMITS, type NewDocument } from '../core/corpus/user-documents';
import { articleText, openingSentences, wordCount } from './article-text';
import { clipLabel as clip, collapseSpace as collapse, plural, UNTITLED_PAGE } from './labels';
import { pageOutlet } from './page-outlet';
import { localDay } from '../shared/local-day';
import { formatCount } from '../core/text/format-count';

/**
 * Fewest words an article must have. Readability returns the best it found even on a page with no article (a
 * home page, a search form, a video page), and a short news brief has 80 words or more: below 50, what it found
 * is a caption or a teaser, not a source worth keeping.
 */
export const MIN_ARTICLE_WORDS = 50;

/**
 * Most elements a page may have to be read. Readability scores them all on the popup's thread: in Chromium,
 * parsing and reading took 0.4 s for the benchmark's generated article (1.5 MB, 34,000 elements) and 0.6 s for
 * one twice as long; real article pages have 1,000–10,000 elements. Larger pages are refused, not read for
 * seconds with the popup frozen.
 */
export const MAX_ARTICLE_ELEMENTS = 100_000;

/** What will be added: shown in the preview, then sent as a NewDocument. */
export interface PageArticle {
  /** The article's headline, or null when the page gives none. */
  title: string | null;
  /** The site's name, else the page's host; null when neither names one (see pageOutlet). */
  outlet: string | null;
  /** YYYY-MM-DD, or null when neither the page nor Readability knows it. */
  date: string | null;
  /** The page's address, without its #fragment; null when it is no http(s) address or too long to keep. */
  url: string | null;
  /** The article's text: paragraphs apart by blank lines. */
  text: string;
  words: number;
  /** Its first sentence or two. */
  opening: string;
}

/** What reading a page gave: an article, or why there is none to add (in words for the reader). */
export type ArticleOutcome =
  | { kind: 'article'; article: PageArticle }
  | { kind: 'no-article' | 'too-long' | 'unreadable'; reason: string };

/** The page as its content script sent it (see PageSource). */
export interface PageInput {
  html: string;
  url: string;
  /** The publication date the page states (YYYY-MM-DD), or null. */
  published: string | null;
}

/** Reads the article out of a page. Never throws: a page it cannot read is an outcome with its reason. */
export function readArticle(page: PageInput, now = new Date()): ArticleOutcome {
  try {
    return read(page, now);
  } catch (error) {
    return {
      kind: 'unreadable',
      reason: `Claim Lens could not read an article out of this page (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

function read(page: PageInput, now: Date): ArticleOutcome {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ARTICLE_ELEMENTS)
    return {
      kind: 'unreadable',
      reason: `This page is too large to read an article out of (${formatCount(elements)} elements; at most ${formatCount(MAX_ARTICLE_ELEMENTS)}).`,
    };
  // Read before Readability, which rewrites the document as it goes.
  const pageTitle = collapse(doc.title);
  const headings = [...doc.getElementsByTagName('h1')].map((h) => collapse(h.textContent ?? ''));
  const siteNames = {
    openGraph: metaContent(doc, 'meta[property="og:site_name" i], meta[name="og:site_name" i]'),
    application: metaContent(doc, 'meta[name="application-name" i]'),
  };
  const parsed = new Readability<Node>(doc, {
    serializer: (node) => node,
    maxElemsToParse: MAX_ARTICLE_ELEMENTS,
    // Readability drops every class otherwise, and a highlighter's class is all that tells a code listing from
    // prose (see isCodeListing): a saved tutorial's "LIMIT 20" and "0 files merged" were figures to match.
    keepClasses: true,
  }).parse();
  const content = parsed?.content ?? null;
  const text = content === null ? '' : articleText(content);
  const words = wordCount(text);
  if (words < MIN_ARTICLE_WORDS)
    return {
      kind: 'no-article',
      reason:
        words === 0
          ? 'Claim Lens found no article on this page, so there is nothing to add.'
          : `Claim Lens found no article on this page (only ${plural(words, 'word', 'words')} of text), so there is nothing to add.`,
    };
  if (text.length > USER_DOCUMENT_LIMITS.chars)
    return {
      kind: 'too-long',
      reason: `This article is too long to add (${formatCount(text.length)} characters; a document may have at most ${formatCount(USER_DOCUMENT_LIMITS.chars)}).`,
    };
  const title = articleTitle(collapse(parsed?.title ?? ''), pageTitle, headings, [
    siteNames.openGraph,
    siteNames.application,
  ]);
  return {
    kind: 'article',
    article: {
      title,
      outlet: pageOutlet({
        ...siteNames,
        // Readability's siteName is JSON-LD's publisher.name when the page has one, else og:site_name.
        publisher: parsed?.siteName ?? null,
        pageTitle,
        headline: title,
        url: page.url,
      }),
      date: articleDate(page.published, parsed?.publishedTime ?? null, now),
      url: keptUrl(page.url),
      text,
      words,
      opening: openingSentences(text),
    },
  };
}

/** The NewDocument that adds `article`: listed under its title, or under its outlet when it has none. */
export function newDocument(article: PageArticle): NewDocument {
  return {
    name: article.title ?? article.outlet ?? UNTITLED_PAGE,
    text: article.text,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    url: article.url,
  };
}

/** A separator between a headline and the site's name in a page's <title>: "Headline | Site", "Headline — Site". */
const TITLE_SEPARATOR = /^\s*[|\-–—:·•/»]\s+/;

/**
 * The headline. Readability's own, except where it took it from the page's <title> and an <h1> is where that
 * <title> starts, before a separator and a shorter rest (the site's name): then the <h1>. Readability 0.6.0 keeps
 * the site's name in a title of four words or fewer ("Syria's fragile truce | The Daily Ledger"), and cuts one
 * without "|" or " - " at its colon, keeping the tail ("what we know — The Daily Ledger" out of "Syria's truce:
 * what we know — The Daily Ledger").
 */
function articleTitle(
  title: string,
  pageTitle: string,
  headings: readonly string[],
  siteNames: readonly (string | null)[],
): string | null {
  if (pageTitle.endsWith(title)) {
    const headline = headings.find((heading) => {
      if (heading === '' || !pageTitle.startsWith(heading)) return false;
      const rest = pageTitle.slice(heading.length);
      const separator = TITLE_SEPARATOR.exec(rest);
      return separator !== null && heading.length > rest.length - separator[0].length;
    });
    if (headline !== undefined) return clip(headline);
  }
  // Cut at a colon by Readability, with no <h1> to say where the headline ends: the <title> is, whole, unless what
  // comes before the colon is the site's name ("Silicon Exposed: Open Verilog flow …", whose blog header is an <h1>).
  const head = pageTitle.endsWith(title) ? pageTitle.slice(0, pageTitle.length - title.length) : '';
  const cutAt = /\S(:\s+)$/.exec(head);
  const named = cutAt !== null && [...siteNames, ...headings].includes(head.slice(0, cutAt.index + 1));
  const whole = title !== '' && cutAt !== null && !named ? pageTitle : title;
  const headline = withoutSiteName(whole, siteNames);
  return headline === '' ? null : clip(headline);
}

/** A separator before a site's name at the end of a title: " — The Daily Ledger", " | Site". */
const SITE_SEPARATOR = /\s+[|\-–—·•/»]\s*$/;

/**
 * `title` without the site's name the page gives (og:site_name, application-name) after a separator at its end,
 * which Readability 0.6.0 keeps after an em dash ("Kerry warns Moscow — The Daily Ledger").
 */
function withoutSiteName(title: string, siteNames: readonly (string | null)[]): string {
  for (const name of siteNames) {
    if (!name || !title.endsWith(name)) continue;
    const before = title.slice(0, title.length - name.length);
    const separator = SITE_SEPARATOR.exec(before);
    if (separator && separator.index > 0) return before.slice(0, separator.index);
  }
  return title;
}

/**
 * The date: the one the page states (its content script read it), else Readability's publishedTime when it reads
 * as a date, as long as it is not after today (a typo, or an event's date).
 */
function articleDate(published: string | null, publishedTime: string | null, now: Date): string | null {
  if (published !== null && isIsoDate(published)) return published;
  if (publishedTime === null) return null;
  const leading = /^\s*(\d{4}-\d{2}-\d{2})/.exec(publishedTime)?.[1];
  let day: string | null = null;
  if (leading !== undefined) day = isIsoDate(leading) ? leading : null;
  else {
    const time = Date.parse(publishedTime);
    if (Number.isFinite(time)) day = localDay(new Date(time));
  }
  return day !== null && day <= localDay(now) ? day : null;
}

/** The content of the first `<meta>` matching `selector` that has one, or null. */
function metaContent(doc: Document, selector: string): string | null {
  for (const meta of doc.querySelectorAll(selector)) {
    const content = meta.getAttribute('content');
    if (content !== null && content.trim() !== '') return content;
  }
  return null;
}

/** The address kept with the document (see keptPageAddress, which the worker knows the page by too). */
function keptUrl(raw: string): string | null {
  try {
    return keptPageAddress(new URL(raw).href);
  } catch {
    return null;
  }
}
