/**
 * The outlet of a page the reader adds: the name a reader knows the site by, read from what the page says of
 * itself (see pageOutlet). Apart from page-article.ts, which reads the rest of the article.
 */
import { clipLabel as clip, collapseSpace as collapse } from './labels';

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
