/**
 * Turns the content script's claims and the corpus metadata into what the popup shows: one row per source
 * (outlet, title, date, passage, relation), the silent sources, the claim's badge and the page's summary line.
 * Pure functions over plain data, so the components stay thin and these rules are tested on their own.
 */
import type { ClaimResult, DocumentInfo, Match, OtherTimeCount, SourceMatch } from '../core/types';
import type { TabClaim } from '../shared/messages';
import {
  claimStatus,
  NO_SOURCE_WORDS,
  writtenWhen,
  type ClaimTone,
  type SourceStatus,
} from '../shared/relation-words';
import { formatCount } from '../core/text/format-count';
import { outletOf } from '../shared/source-name';
import { dateLabel, plural } from './labels';
import { PLACE_WORDS, type ClaimPlace } from './place-words';

/** One corpus source as a row of the expanded claim. */
export interface SourceView {
  doc: string;
  outlet: string;
  /** Null when the corpus metadata has not arrived yet (the row still names the source). */
  title: string | null;
  date: string;
  status: SourceStatus;
  /** The best matching passage, or the count of another time; null for a silent source. */
  match: SourceMatch | null;
  /** For a count of another time: when its source reported it (see OtherTimeCount). */
  reported?: Pick<OtherTimeCount, 'reported' | 'bound' | 'likely'>;
}

/**
 * The sources of one claim, split into those that state the fact, those that give its figure as counted at another
 * time (see OtherTimeCount), and those that are silent on it.
 */
export interface ClaimSources {
  reporting: SourceView[];
  otherTimes: SourceView[];
  silent: SourceView[];
}

/** A claim's overall badge in the list. */
export interface ClaimBadge {
  /** CSS tone and test hook: the tone the page underlines the claim with, or 'silent' without a match. */
  tone: ClaimTone | 'silent';
  label: string;
}

function sourceView(
  doc: string,
  fallback: string,
  info: DocumentInfo | undefined,
  status: SourceStatus,
  match: Match | OtherTimeCount | null,
): SourceView {
  return {
    doc,
    outlet: outletOf(info, fallback),
    title: info?.title ?? null,
    date: writtenWhen(info, dateLabel),
    status,
    match,
    ...(match !== null && 'reported' in match ? { reported: match } : {}),
  };
}

/**
 * Joins the variance reports with the matches and the documents' metadata. Reports give the order and the
 * silent sources; a match the reports forgot is still shown, since a match is the stronger evidence.
 */
export function claimSources(
  result: ClaimResult,
  documents: ReadonlyMap<string, DocumentInfo>,
): ClaimSources {
  const reporting: SourceView[] = [];
  const otherTimes: SourceView[] = [];
  const silent: SourceView[] = [];
  const shown = new Set<string>();
  const matchOf = new Map<string, Match>();
  for (const match of result.matches) if (!matchOf.has(match.doc)) matchOf.set(match.doc, match);
  const countOf = new Map<string, OtherTimeCount>();
  for (const count of result.otherCounts ?? []) if (!countOf.has(count.doc)) countOf.set(count.doc, count);
  for (const report of result.variance.reports) {
    if (shown.has(report.doc)) continue;
    const info = documents.get(report.doc);
    const match = matchOf.get(report.doc);
    if (report.status === 'silent' && !match) {
      silent.push(sourceView(report.doc, report.source, info, 'silent', null));
      shown.add(report.doc);
    } else if (match) {
      reporting.push(sourceView(report.doc, match.source, info, match.relation, match));
      shown.add(report.doc);
    } else if (report.status === 'earlier-count' || report.status === 'later-count') {
      const count = countOf.get(report.doc);
      if (count) otherTimes.push(sourceView(report.doc, count.source, info, report.status, count));
      shown.add(report.doc);
    }
  }
  for (const match of result.matches) {
    if (shown.has(match.doc)) continue;
    reporting.push(sourceView(match.doc, match.source, documents.get(match.doc), match.relation, match));
    shown.add(match.doc);
  }
  return { reporting, otherTimes, silent };
}

/**
 * True when some source gives another figure, date or wording than the page: the claims the summary counts
 * and the list's filter keeps. Sources that differ only among themselves, each fitting the page, do not count:
 * the page is not contradicted, and its badge does not say it is.
 */
export function sourcesDiffer(result: ClaimResult): boolean {
  return claimStatus(result)?.differs ?? false;
}

/** The badge of a claim: its status by the shared rule, the same words and tone as its card and underline. */
export function claimBadge(result: ClaimResult): ClaimBadge {
  const status = claimStatus(result);
  return status === null
    ? { tone: 'silent', label: NO_SOURCE_WORDS }
    : { tone: status.relation, label: status.label };
}

/**
 * "9 claims with context on this page · 2 where a source differs" ("in this text" for a pasted text), counting
 * places; with `entries` (the list's distinct claims) fewer than the places, it says so and counts where sources
 * differ by entry, as the list's filter does: "88 claims … (42 different) · 7 where a source differs" over a list
 * whose filter shows "7 of 42". Counting places there, a figure repeated in a caption was one entry but two
 * "where a source differs".
 */
export function summaryLine(
  claims: readonly TabClaim[],
  entries?: readonly { item: TabClaim }[],
  place: ClaimPlace = 'page',
): string {
  const grouped = entries !== undefined && entries.length < claims.length;
  const differ = grouped
    ? entries.filter((e) => sourcesDiffer(e.item.result)).length
    : claims.filter((c) => sourcesDiffer(c.result)).length;
  const distinct = grouped ? ` (${formatCount(entries.length)} different)` : '';
  const head = `${plural(claims.length, 'claim', 'claims')} with context ${PLACE_WORDS[place].where}${distinct}`;
  return differ > 0 ? `${head} · ${formatCount(differ)} where a source differs` : head;
}

/** Index of documents by id, for joining reports with their metadata. */
export function documentMap(documents: readonly DocumentInfo[] | null): ReadonlyMap<string, DocumentInfo> {
  return new Map((documents ?? []).map((doc) => [doc.id, doc]));
}
