/**
 * The date a page speaks from, so that "February 27" or "last year" resolve to the year the article
 * meant rather than the year the reader happens to open it.
 */

import { bylineDate, MAX_BYLINE } from './byline-date';
import { localDay } from '../shared/local-day';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The YYYY-MM-DD day a machine-readable date (`datetime`, `content`) begins with, or null. */
export function isoDay(value: string | null | undefined): string | null {
  const match = value ? ISO_DAY.exec(value.trim()) : null;
  return match ? match[1]! : null;
}

/**
 * A page revised more than this long after it was first published (a wiki article: Wikipedia's JSON-LD gives the
 * day the article was created, 2001 for one revised in 2019) states its facts as of its last revision, not its
 * first: its `dateModified` is the day to read it against. A news story corrected days later keeps its own.
 */
const LIVING_PAGE_DAYS = 365;

/** The day a JSON-LD record speaks from: its `datePublished`, or its `dateModified` for a living page. */
function recordDay(record: Record<string, unknown>): string | null {
  const published = typeof record.datePublished === 'string' ? isoDay(record.datePublished) : null;
  const modified = typeof record.dateModified === 'string' ? isoDay(record.dateModified) : null;
  if (published === null || modified === null) return published;
  const days = (Date.parse(modified) - Date.parse(published)) / 86_400_000;
  return days > LIVING_PAGE_DAYS ? modified : published;
}

/** Finds `datePublished` anywhere in a JSON-LD value (objects, arrays, @graph); see recordDay. */
function datePublishedIn(value: unknown, depth = 0): string | null {
  if (depth > 6 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  return recordDay(record) ?? datePublishedIn(record['@graph'], depth + 1);
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(now = new Date()): string {
  return localDay(now);
}

/** The meta elements a page gives its publication date in (their `content`). */
export const META =
  'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]';
const TIME = 'article time[datetime], main time[datetime], time[itemprop="datePublished"][datetime]';
/** Any machine-readable date: the page's only one is its own, wherever its header puts it (see publishedDate). */
const ANY_TIME = 'time[datetime]';
/** The structured data blocks a page may give its publication date in (`datePublished`). */
export const JSON_LD = 'script[type="application/ld+json"]';
/** Where a page shows its date to readers: bylines, datelines, "published" and date lines. */
const BYLINE =
  '[class*="byline" i], [class*="dateline" i], [class*="publish" i], [class*="timestamp" i], [class*="date" i]';
/**
 * Where a date is not the page's though its class says "date" or "published": a citation's "Retrieved 17 February
 * 2008" (Wikipedia's `reference-accessdate`), an infobox's founding day (`bday dtstart published`), a table's
 * column of dates.
 */
export const NOT_BYLINE =
  'table, cite, sup, [class*="reference" i], [class*="citation" i], [class*="footnote" i]';
/**
 * Byline candidates read at most: the first ones on the page are the article's, later ones comments' or
 * links'.
 */
const MAX_BYLINES = 20;
/** A CDATA wrapper around a JSON-LD block, as XHTML-minded pages write it (Wikipedia's, saved): not JSON. */
const CDATA = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g;
/** Longest JSON-LD block parsed: a bigger one is not metadata worth a long parse on the page's thread. */
const MAX_JSON_LD = 200_000;

/** The day a page is read against, and whether the page itself gives it. */
export interface ReadingDate {
  /** YYYY-MM-DD. */
  day: string;
  /** True when `day` is the page's publication date; false when the page gives none and it is today. */
  published: boolean;
}

/**
 * True when `day`, a date a scan was read against, is the page's own publication date. A scan begun before a
 * navigation replaced the page's date was read against the old one, which is no longer the page's.
 */
export function isPublished(reading: ReadingDate, day: string): boolean {
  return reading.published && reading.day === day;
}

/**
 * The page's publication date: article:published_time, then a <time datetime> in the article, then
 * JSON-LD datePublished, then a full date in a byline or dateline a reader sees ("Published June 15, 2016"),
 * then the page's only <time datetime>, else today. The first of each that holds a date counts.
 */
export function readingDate(doc: Document, now = new Date()): ReadingDate {
  const found = publishedDate(doc, today(now));
  return found ? { day: found, published: true } : { day: today(now), published: false };
}

/** The page's publication date, or null when it gives none; `day` (today) reads a byline's yearless date. */
function publishedDate(doc: Document, day: string): string | null {
  // One query for all three: on a large page, each query that finds nothing walks every element.
  let fromTime: string | null = null;
  const scripts: Element[] = [];
  // A page's only time, even outside its article, is its date set in a header before the <article> (Yahoo's
  // "Associated Press · December 2, 2016"); of several, those outside are a sidebar's, comments' or links'.
  let times = 0;
  let lastTime: Element | null = null;
  for (const element of doc.querySelectorAll(`${META}, ${ANY_TIME}, ${JSON_LD}`)) {
    if (element.matches(META)) {
      const fromMeta = isoDay(element.getAttribute('content'));
      if (fromMeta) return fromMeta;
    } else if (element.matches(JSON_LD)) scripts.push(element);
    else {
      times++;
      lastTime = element;
      if (fromTime === null && element.matches(TIME)) fromTime = isoDay(element.getAttribute('datetime'));
    }
  }
  if (fromTime) return fromTime;
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    try {
      const found = datePublishedIn(JSON.parse(source.replace(CDATA, '')));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is the page's problem; fall through to the next source.
    }
  }
  let read = 0;
  // The article's own byline, not a sidebar's or a site header's dates, when the page marks its article.
  const root = doc.querySelector('article, main, [role="main"]') ?? doc;
  for (const element of root.querySelectorAll(BYLINE)) {
    if (read++ >= MAX_BYLINES) break;
    if (element.closest(NOT_BYLINE) !== null) continue;
    const text = element.textContent ?? '';
    if (text.length > MAX_BYLINE) continue;
    const found = bylineDate(text, day);
    if (found) return found;
  }
  const only = times === 1 ? isoDay(lastTime?.getAttribute('datetime')) : null;
  // A date after today is an event's the page announces, not the day it was written.
  return only !== null && only <= day ? only : null;
}
