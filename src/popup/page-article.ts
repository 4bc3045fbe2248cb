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
import { MAX_LABEL_CHARS, plural, UNTITLED_PAGE } from './labels';
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
  const title = articleTitle(collapse(parsed?.title ?? ''), pageTitle, headings);
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
function articleTitle(title: string, pageTitle: string, headings: readonly string[]): string | null {
  if (pageTitle.endsWith(title)) {
    const headline = headings.find((heading) => {
      if (heading === '' || !pageTitle.startsWith(heading)) return false;
      const rest = pageTitle.slice(heading.length);
      const separator = TITLE_SEPARATOR.exec(rest);
      return separator !== null && heading.length > rest.length - separator[0].length;
    });
    if (headline !== undefined) return clip(headline);
  }
  return title === '' ? null : clip(title);
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

/** What a page says of the site it is on, for pageOutlet. */
export interface SiteNames {
  /** `<meta property="og:site_name">`, or null. */
  openGraph: string | null;
  /** `<meta name="application-name">`, or null. */
  application: string | null;
  /** The publisher Readability read (JSON-LD's publisher.name, else og:site_name), or null. */
  publisher: string | null;
  /** The page's `<title>`. */
  pageTitle: string;
  /** The article's headline, or null. */
  headline: string | null;
  /** The page's address. */
  url: string;
}

/**
 * The outlet of an added page: the name a reader knows the site by, as the card and the popup will show it
 * beside every passage the page gives. First the name the site gives itself for display, then its owner, then
 * its address:
 *
 * 1. `og:site_name`, the name Open Graph defines "for the overall site", then `application-name`: what the site
 *    calls itself ("BBC News", "The Guardian"). Readability prefers JSON-LD's publisher, which is often the
 *    company that owns the site ("Wikimedia Foundation, Inc." on Wikipedia).
 * 2. The last part of the page's `<title>` after a separator, when it is the site's address spelt out ("Mozilla -
 *    Wikipedia" on en.wikipedia.org): Wikipedia gives no og:site_name, and its publisher is the Foundation. Only
 *    when a label of the host spells it ("wikipedia", "theguardian", "nytimes" for "The New York Times"): the end
 *    of a title is as often a subtitle.
 * 3. The publisher (JSON-LD's publisher.name).
 * 4. The host, without "www.". Not an IP address, "localhost" or a one-word intranet name: those say where the
 *    page was served from, not who published it, so the outlet is unknown (null), as for a pasted text.
 *
 * Each name is tidied first: a tagline after " - ", " | ", " – " or " — " is cut ("Aktuálně.cz - Víte, co se
 * právě děje"), and so is a company's legal form (", Inc.", " Ltd", " GmbH"); a name that is an address
 * ("http://www.tmz.com") or longer than a site's name is (over 6 words) is passed over for the next, and so is an
 * application-name that is the page's title or headline (MSN and Yahoo fill it so). Medium's pages give the
 * platform as og:site_name and the publication as publisher: they get "Medium".
 */
export function pageOutlet(names: SiteNames): string | null {
  const openGraph = siteName(names.openGraph);
  if (openGraph !== null) return openGraph;
  const application = siteName(names.application);
  const headline = (name: string): boolean =>
    [names.pageTitle, names.headline ?? ''].some((t) => t.toLowerCase() === name.toLowerCase());
  if (application !== null && !headline(application)) return application;
  const host = hostOf(names.url);
  const fromTitle = titleSiteName(names.pageTitle, host);
  if (fromTitle !== null) return fromTitle;
  const publisher = siteName(names.publisher);
  if (publisher !== null) return publisher;
  return host !== null && namesASite(host) ? host : null;
}

/** False for a host that names a machine rather than a site: an IP address, localhost, a one-word intranet name. */
function namesASite(host: string): boolean {
  if (host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host)) return false;
  return host.includes('.') && !/(?:^|\.)(?:localhost|local)$/.test(host);
}

/** Separators between a name and what follows it ("Site - tagline"), or a headline and a site ("Title | Site"). */
const NAME_SEPARATOR = /\s+(?:[|\-–—]|::)\s+/;

/** Legal forms after a company's name: no part of the name a reader knows it by. */
const LEGAL_FORM = /,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|plc|PLC|S\.A\.)$/;

/** Most words a site's name has: more is a headline or a slogan. */
const MAX_NAME_WORDS = 6;

/** A site's name as written in the page, tidied (see pageOutlet); null when it reads as no name. */
function siteName(raw: string | null): string | null {
  const whole = collapse(raw ?? '');
  if (/^(?:https?:\/\/|www\.)/i.test(whole)) return null;
  const name = (whole.split(NAME_SEPARATOR)[0] ?? '').replace(LEGAL_FORM, '').trim();
  if (name === '' || name.split(' ').length > MAX_NAME_WORDS) return null;
  return clip(name);
}

/** The site's name at the end of a page's title, when the host spells it (see pageOutlet); else null. */
function titleSiteName(pageTitle: string, host: string | null): string | null {
  if (host === null) return null;
  const parts = pageTitle.split(NAME_SEPARATOR);
  if (parts.length < 2) return null;
  const name = siteName(parts[parts.length - 1] ?? null);
  if (name === null) return null;
  const labels = host.split('.').slice(0, -1);
  const spelt = new Set([...labels, labels.join('')]);
  return hostSpellings(name).some((spelling) => spelling.length >= 3 && spelt.has(spelling)) ? name : null;
}

/**
 * How a host may spell a site's name: its words run together, with or without a leading "The" ("theguardian",
 * "wikipedia"), or the initials of all but the last, then the last ("nytimes", "latimes").
 */
function hostSpellings(name: string): string[] {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const bare = words[0] === 'the' ? words.slice(1) : words;
  const last = bare[bare.length - 1] ?? '';
  const initials = bare.slice(0, -1).map((word) => word[0] ?? '');
  return [words.join(''), bare.join(''), `${initials.join('')}${last}`];
}

/** The page's host, without "www." (no part of a site's name); null for an address that is no URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
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

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  return text.length <= MAX_LABEL_CHARS ? text : `${text.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
}
