/**
 * When an undated corpus document was written, as far as the events it shares with dated documents tell. Its
 * yearless dates name events without a year ("a cessation of hostilities, in effect since February 27"); where
 * another document gives the same event with its year (written, or read from its own date: "the truce in
 * February", in a report of 1 May 2016), that event is placed, and the document was written within the year after
 * it: a writer who means a day more than a year back writes its year, and this engine reads a dated document's
 * yearless dates the same way (see yearAsWritten). Its running counts can then be told apart from a page's count
 * of another year ("more than 280,000 killed" against a 2014 page's "more than 170,000"), which an undated
 * document otherwise leaves open.
 *
 * An event placed so also places the same event in another undated document (one step, not a chain: matches chain
 * across a corpus, see groupFacts). Worked out on first use, per document, and kept with the index.
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue, DocumentInfo } from '../types';
import {
  BUILD_RETRIEVAL,
  blockedCandidates,
  claimPostings,
  corpusClaimAsPage,
  type ClaimPostings,
} from './claim-postings';
import { nearestYear, toDay } from './compare-dates';
import { MATCH_THRESHOLD } from './match-score';
import { dayIso, runsSince } from './report-days';
import { scoreFactClaims } from './score-facts';
import { claimContext } from './subject';

/** Days after a yearless date's event that its writer may still leave its year out. */
const YEARLESS_REACH_DAYS = 365;

/** The days [first, last] (since 1970) an undated document was written in. */
export type DocumentWindow = readonly [number, number];

interface Cache {
  postings: ClaimPostings;
  /**
   * Per claim, the first day of its event as documents that give it with its year place it, directly and
   * then also through another undated document (see placedDay); NaN: not placed.
   */
  direct: Map<number, number>;
  indirect: Map<number, number>;
  windows: Map<number, DocumentWindow | null>;
}

const caches = new WeakMap<CorpusIndex, Cache>();

function cacheOf(index: CorpusIndex): Cache {
  let cache = caches.get(index);
  if (!cache)
    caches.set(
      index,
      (cache = {
        postings: claimPostings(index),
        direct: new Map(),
        indirect: new Map(),
        windows: new Map(),
      }),
    );
  return cache;
}

/** A date of an undated document that names a day or month without its year, nor counts from its writer's day. */
function yearless(value: DateValue | undefined): value is DateValue {
  return value?.yearInferred === true && value.relative !== true && value.precision !== 'year';
}

/**
 * The first day of the event of corpus claim `claimIndex` (a yearless date of an undated document), as the
 * documents that state the same event with its year place it, or, with `indirect`, as they place the same event
 * in another undated document; NaN when none does. The surest match decides.
 */
function placedDay(index: CorpusIndex, cache: Cache, claimIndex: number, indirect: boolean): number {
  const memo = indirect ? cache.indirect : cache.direct;
  const known = memo.get(claimIndex);
  if (known !== undefined) return known;
  const claim = corpusClaimAsPage(index, claimIndex);
  let best = NaN;
  let bestScore = -Infinity;
  if (claim && claim.value.type === 'date') {
    const ctx = claimContext(claim);
    for (const p of blockedCandidates(index, cache.postings, claimIndex)) {
      const cand = scoreFactClaims(index, ctx, p, BUILD_RETRIEVAL, MATCH_THRESHOLD);
      if (!cand || cand.match.relation === 'conflicts' || cand.match.score <= bestScore) continue;
      // A day against a month, or a month against a day, is one event only where both speak of one state that
      // runs on from it ("a cessation of hostilities, in effect since February 27" and "the truce in February"):
      // a one-off event's day and another report's events of that month ("On March 22 U.S. aircraft ferried
      // forces" and "The Pentagon announced in March 2016 …") were other events in FA-KES.
      if (cand.match.relation !== 'agrees' && !runsSince(claim.sentence, claim.start)) continue;
      const other = index.claims[cand.claim]?.value;
      if (other?.type !== 'date' || other.relative === true) continue;
      let day = NaN;
      // A year written, or read from its document's date (see yearAsWritten), places the event.
      if (other.yearInferred !== true) day = toDay(nearestYear(claim.value, other).start);
      else if (indirect && yearless(other)) {
        const there = placedDay(index, cache, cand.claim, false);
        if (!Number.isNaN(there)) day = there;
      }
      if (Number.isNaN(day)) continue;
      best = day;
      bestScore = cand.match.score;
    }
  }
  memo.set(claimIndex, best);
  return best;
}

/**
 * The days an undated document was written in, as its placed events bound them (see the file comment): from its
 * latest placed event to a year after its earliest. Null for a dated document, for one none of whose events is
 * placed, and for one whose events bound no day (they lie more than a year apart).
 */
export function undatedWindow(index: CorpusIndex, doc: number): DocumentWindow | null {
  const info = index.documents[doc];
  if (!info || info.date) return null;
  const cache = cacheOf(index);
  const known = cache.windows.get(doc);
  if (known !== undefined) return known;
  // Placing an event scores dates only, which never ask for a window; were that to change, a document asked for
  // again while its window is being worked out gets none rather than a loop.
  cache.windows.set(doc, null);
  let first = -Infinity;
  let last = Infinity;
  for (const p of index.documentPassages[doc] ?? []) {
    for (const c of index.passages[p]?.claims ?? []) {
      const value = index.claims[c]?.value;
      if (value?.type !== 'date' || !yearless(value)) continue;
      const day = placedDay(index, cache, c, true);
      if (Number.isNaN(day)) continue;
      first = Math.max(first, day);
      last = Math.min(last, day + YEARLESS_REACH_DAYS);
    }
  }
  const window: DocumentWindow | null = first <= last && Number.isFinite(first) ? [first, last] : null;
  cache.windows.set(doc, window);
  return window;
}

/**
 * False when a yearless date of an undated document placed in time cannot be the page's date of a written year:
 * it fell within the year before the document was written (see the file comment), and the page's year puts it
 * outside that. "Russia began its offensive in September", in a report of 2016, is no September of 2014.
 */
export function yearFitsWindow(index: CorpusIndex, doc: number, corpus: DateValue, page: DateValue): boolean {
  if (!yearless(corpus) || page.yearInferred === true || page.relative === true) return true;
  const window = undatedWindow(index, doc);
  if (!window) return true;
  const day = toDay(nearestYear(corpus, page).start);
  return day >= window[0] - YEARLESS_REACH_DAYS && day <= window[1];
}

/** The index's documents, each undated one that its events place in time with the days it was written between. */
export function placedDocuments(index: CorpusIndex): DocumentInfo[] {
  return index.documents.map((info, doc) => {
    const window = undatedWindow(index, doc);
    return window ? { ...info, writtenBetween: [dayIso(window[0]), dayIso(window[1])] } : info;
  });
}
