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
import type { ClaimValue, DateValue, DocumentInfo } from '../types';
import {
  BUILD_RETRIEVAL,
  blockedCandidates,
  claimPostings,
  corpusClaimAsPage,
  datePostings,
  sameDateCandidates,
} from './claim-postings';
import { nearestYear, toDay } from './compare-dates';
import { MATCH_THRESHOLD } from './match-score';
import { dayIso, runsSince } from './day-span';
import { scoreFactClaims } from './score-facts';
import { claimContext } from './subject';
import { perIndex } from './terms-cache';

/** Days after a yearless date's event that its writer may still leave its year out. */
const YEARLESS_REACH_DAYS = 365;

/**
 * Days after the day a state runs since ("a ceasefire in place since February 27") that a report of it is likely
 * written in: a state that still runs is news, and in FA-KES's dated articles a yearless date right after "since"
 * lay this far back or less in 95 % of them (53 such dates; median 69 days, 90th percentile 165). A guess, which
 * one such report in 20 outran there, so it only says when a running count was likely reported (see
 * likelyWindow), never when the document was written.
 */
const LIKELY_SINCE_REACH_DAYS = 216;

/** The days [first, last] (since 1970) an undated document was written in. */
export type DocumentWindow = readonly [number, number];

/** How far after a placed yearless event an undated document may have been written (see windowOf). */
type Reach = 'certain' | 'likely';

/** The claims of each kind by subject term, for the candidate search (see blockedCandidates). */
const postingsOf = perIndex((index: CorpusIndex, _all: 'all') => claimPostings(index));
/** The date claims by day or month, for the same-date search (see sameDateCandidates). */
const datesOf = perIndex((index: CorpusIndex, _all: 'all') => datePostings(index));

/** Passages that may state the same event as a corpus date claim: by subject terms, and by its month and day. */
function candidatesFor(index: CorpusIndex, claimIndex: number): Set<number> {
  return new Set([
    ...blockedCandidates(index, postingsOf(index, 'all'), claimIndex),
    ...sameDateCandidates(index, datesOf(index, 'all'), claimIndex),
  ]);
}

/** A date of an undated document that names a day or month without its year, nor counts from its writer's day. */
function yearless(value: ClaimValue | undefined): value is DateValue {
  return (
    value?.type === 'date' &&
    value.yearInferred === true &&
    value.relative !== true &&
    value.precision !== 'year'
  );
}

/**
 * The first day of the event of a corpus claim (a yearless date of an undated document), as the documents that
 * state the same event with its year place it, or, in one step, as they place the same event in another undated
 * document; NaN when none does. The surest match decides. The two are kept apart, so one step never becomes two.
 */
const placedDirectly = perIndex((index: CorpusIndex, claimIndex: number) => place(index, claimIndex, false));
const placedInOneStep = perIndex((index: CorpusIndex, claimIndex: number) => place(index, claimIndex, true));

function place(index: CorpusIndex, claimIndex: number, indirect: boolean): number {
  const claim = corpusClaimAsPage(index, claimIndex);
  let best = NaN;
  let bestScore = -Infinity;
  if (claim && claim.value.type === 'date') {
    const ctx = claimContext(claim);
    for (const p of candidatesFor(index, claimIndex)) {
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
      else if (indirect && yearless(other)) day = placedDirectly(index, cand.claim);
      if (Number.isNaN(day)) continue;
      best = day;
      bestScore = cand.match.score;
    }
  }
  return best;
}

/**
 * The days an undated document was written in, as its placed events bound them (see the file comment): from its
 * latest placed event to a year after its earliest. Null for a dated document, for one none of whose events is
 * placed, and for one whose events bound no day (they lie more than a year apart).
 */
export function undatedWindow(index: CorpusIndex, doc: number): DocumentWindow | null {
  return index.documents[doc]?.date === null ? certainWindow(index, doc) : null;
}

/**
 * undatedWindow, its end drawn in to LIKELY_SINCE_REACH_DAYS after an event its document gives as a state still
 * running: the days its report was likely made in. Read only where a wrong guess costs little: to tell a running
 * count for one of another time (see undatedReport), which keeps the source beside the claim as context.
 */
export function likelyWindow(index: CorpusIndex, doc: number): DocumentWindow | null {
  return index.documents[doc]?.date === null ? likelyWindowOf(index, doc) : null;
}

/** Documents whose window is being worked out: asked again meanwhile, one gets none rather than a loop. */
const working = new Set<string>();

const certainWindow = perIndex((index: CorpusIndex, doc: number) => windowOf(index, doc, 'certain'));
const likelyWindowOf = perIndex((index: CorpusIndex, doc: number) => windowOf(index, doc, 'likely'));

function windowOf(index: CorpusIndex, doc: number, reach: Reach): DocumentWindow | null {
  // Placing an event scores dates only, which never ask for a window; the guard is for a change that would.
  const key = `${doc}:${reach}`;
  if (working.has(key)) return null;
  working.add(key);
  let first = -Infinity;
  let last = Infinity;
  try {
    for (const p of index.documentPassages[doc] ?? []) {
      for (const c of index.passages[p]?.claims ?? []) {
        const claim = index.claims[c];
        if (!claim || !yearless(claim.value)) continue;
        const day = placedInOneStep(index, c);
        if (Number.isNaN(day)) continue;
        first = Math.max(first, day);
        const running = reach === 'likely' && runsSince(index.passages[p]?.text ?? '', claim.start);
        last = Math.min(last, day + (running ? LIKELY_SINCE_REACH_DAYS : YEARLESS_REACH_DAYS));
      }
    }
  } finally {
    working.delete(key);
  }
  return first <= last && Number.isFinite(first) ? [first, last] : null;
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
