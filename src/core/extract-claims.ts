import { isDigit } from './text/chars';
import { SentenceFinder } from './text/sentences';
import { TermScanner, type TermBuffer } from './text/terms';
import type { Claim, DateValue } from './types';
import { parseIso, today, type Ymd } from './extract/date-math';
import {
  agoDate,
  dateAtDayNumber,
  dateAtIso,
  dateAtMonth,
  dateAtRelative,
  dateAtWeekday,
  dateAtYear,
  MONTHS,
  WEEKDAYS,
  type DateHit,
} from './extract/dates';
import { dateAtSlash } from './extract/dates-numeric';
import { quantityAt, type QuantityHit } from './extract/quantities';
import { findQuotes } from './extract/quotes';
import { dateSubject, quantitySubject, quoteSubject } from './extract/subject';
import { TRIGGER_SOURCE } from './extract/triggers';
import { hasClaimCandidates } from './prefilter';

/** Options of extractClaims. */
export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) relative dates are read against; default: today. */
  referenceDate?: string;
}

/** Terms of the sentence being read; shared across calls (extraction never re-enters itself). */
const sentenceScanner = new TermScanner();

type Found = { kind: 'date'; hit: DateHit } | { kind: 'quantity'; hit: QuantityHit };

/** Reads the claim at one trigger hit; returns it (or null) and where scanning resumes. */
function readHit(text: string, s: number, e: number, ref: Ymd): { found: Found | null; skipTo: number } {
  const date = (hit: DateHit | null): { found: Found | null; skipTo: number } | null =>
    hit ? { found: { kind: 'date', hit }, skipTo: Math.max(hit.end, e) } : null;
  if (isDigit(text.charCodeAt(s))) {
    const numeric =
      (e - s === 4 && dateAtIso(text, s)) ||
      (e - s <= 2 && text.charCodeAt(e) === 47 && dateAtSlash(text, s, ref));
    const d =
      date(numeric || null) ??
      date(e - s <= 2 ? dateAtDayNumber(text, s, e, ref) : null) ??
      date(e - s === 4 ? dateAtYear(text, s, e) : null);
    if (d) return d;
  } else {
    const w = text.slice(s, e).toLowerCase();
    if (MONTHS.has(w)) {
      const d = date(dateAtMonth(text, s, e, ref));
      return d ?? { found: null, skipTo: e };
    }
    if (WEEKDAYS.has(w)) return date(dateAtWeekday(text, s, e, ref)) ?? { found: null, skipTo: e };
    const rel = date(dateAtRelative(text, s, e, ref));
    if (rel) return rel;
    if (
      w === 'week' ||
      w === 'month' ||
      w === 'year' ||
      w === 'today' ||
      w === 'tonight' ||
      w === 'yesterday' ||
      w === 'tomorrow'
    ) {
      return { found: null, skipTo: e };
    }
  }
  const q = quantityAt(text, s, e);
  if (!q.hit) return { found: null, skipTo: q.skipTo };
  if (q.hit.ago) {
    const value: DateValue | null = agoDate(q.hit.ago.count, q.hit.ago.unitWord, ref);
    if (value) {
      // The span starts at the figure: "nearly six years ago" dates six years back whatever the hedge.
      const start = q.hit.start;
      return { found: { kind: 'date', hit: { start, end: q.hit.ago.end, value } }, skipTo: q.skipTo };
    }
  }
  return { found: { kind: 'quantity', hit: q.hit }, skipTo: q.skipTo };
}

/**
 * All factual claims in a text — quantities, dates and quoted statements — sorted by start (a quote
 * may contain quantity and date claims; all are reported). Spans are UTF-16 offsets into `text`.
 *
 * Cost: one regex scan for triggers, then small hand-written readers in bounded windows around each
 * hit, and one pass over the quote marks; every step is linear in the text, whatever its content.
 */
export function extractClaims(text: string, options?: ExtractOptions): Claim[] {
  if (!hasClaimCandidates(text)) return [];
  const ref = (options?.referenceDate ? parseIso(options.referenceDate) : null) ?? today();
  const claims: Claim[] = [];
  let sentences = new SentenceFinder(text);
  // Terms of the current sentence, computed once however many claims it holds.
  let cachedStart = -1;
  let cachedEnd = -1;
  let cached: TermBuffer | null = null;
  const sentenceTerms = (ss: number, se: number): TermBuffer => {
    if (cached === null || ss !== cachedStart || se !== cachedEnd) {
      cached = sentenceScanner.scan(text, ss, se);
      cachedStart = ss;
      cachedEnd = se;
    }
    return cached;
  };
  const re = new RegExp(TRIGGER_SOURCE, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const { found, skipTo } = readHit(text, s, e, ref);
    re.lastIndex = Math.max(skipTo, e);
    if (!found) continue;
    const { start, end } = found.hit;
    const [ss, se] = sentences.at(start);
    const spans = sentenceTerms(ss, se);
    // A figure with nothing counted ("1, 2, 3", a bare total) cannot be matched: silence over noise.
    const subject =
      found.kind === 'quantity'
        ? quantitySubject(text, spans, start, end)
        : dateSubject(text, spans, start, end);
    if (subject.length === 0) continue;
    claims.push({
      kind: found.kind,
      text: text.slice(start, end),
      start,
      end,
      value: found.hit.value,
      subject,
      sentence: text.slice(ss, se),
    });
  }
  sentences = new SentenceFinder(text);
  let lastNamed: string | undefined;
  for (const q of findQuotes(text)) {
    const [ss, se0] = sentences.at(q.start);
    const [, se] = sentences.at(Math.max(q.start, q.end - 1));
    let speaker: string | undefined;
    if (q.speaker && !q.speaker.pronoun) {
      speaker = q.speaker.name;
      lastNamed = speaker;
    } else if (q.speaker) {
      speaker = lastNamed;
    }
    const context = q.text.length < 60 ? sentenceTerms(ss, Math.max(se0, se)) : null;
    const subject = quoteSubject(q.text, context, q.start, q.end);
    if (subject.length === 0) continue;
    const value: Claim['value'] = speaker
      ? { type: 'quote', text: q.text, speaker }
      : { type: 'quote', text: q.text };
    claims.push({
      kind: 'quote',
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      value,
      subject,
      sentence: text.slice(Math.min(ss, q.start), Math.max(se, q.end)),
    });
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  return claims;
}
