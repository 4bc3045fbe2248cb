/**
 * What a figure is of besides the words it shares with another: the quarter it covers and the way it moved. Two
 * companies' reports share "revenue", "quarter" and "shares"; one company's reports share its name too, and still
 * "$4.4 billion for the third quarter" is no rival of "$4.2 billion second-quarter revenue", nor "shares fell 9%" of
 * "shares have risen 34% this year".
 */
import { terms } from '../text/terms';

/** A quarter named by its ordinal or as Q1–Q4: "third quarter", "second-quarter", "Q3". */
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter|Q([1-4]))\b/giu;

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** The quarter (1–4) named nearest to position `at` of `text`, or 0 when it names none. */
export function quarterNear(text: string, at: number): number {
  let best = 0;
  let distance = Infinity;
  for (const m of text.matchAll(QUARTER)) {
    const n = m[2] ? Number(m[2]) : (ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0);
    const d = Math.abs((m.index ?? 0) - at);
    if (n > 0 && d < distance) [best, distance] = [n, d];
  }
  return best;
}

/**
 * True when both figures have a quarter named beside them and the quarters differ. `pageAt` and `corpusAt` are
 * the figures' positions in their sentences; the nearest quarter is a figure's own where a sentence names two
 * ("rose 12% in the second quarter … forecast $4.4 billion for the third").
 */
export function quartersClash(page: string, pageAt: number, corpus: string, corpusAt: number): boolean {
  const a = quarterNear(page, pageAt);
  if (a === 0) return false;
  const b = quarterNear(corpus, corpusAt);
  return b !== 0 && a !== b;
}

const [RISE = '', FALL = ''] = terms('rise fall');

/** How far before a figure the verb that moved it is looked for ("jumped 41% from a year earlier to $2.3 billion"). */
const VERB_REACH = 60;

/** A clause mark: a verb before it moved another figure ("…, while sales fell 8%"). */
const CLAUSE_MARK = /[,;:()\u2013\u2014]/gu;

/** +1 when the last rise or fall word in the figure's clause before position `at` of `text` says rise, -1 fall, 0 neither. */
export function directionBefore(text: string, at: number): number {
  const reach = Math.max(0, at - VERB_REACH);
  let from = reach;
  for (const m of text.slice(reach, at).matchAll(CLAUSE_MARK)) from = reach + (m.index ?? 0) + 1;
  const words = terms(text.slice(from, at));
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k] === RISE) return 1;
    if (words[k] === FALL) return -1;
  }
  return 0;
}

/**
 * True when one figure rose and the other fell, as the verbs right before them say: "shares fell 9%" against
 * "shares have risen 34% this year". `pageAt` and `corpusAt` are the figures' positions in their sentences.
 */
export function directionsClash(page: string, pageAt: number, corpus: string, corpusAt: number): boolean {
  const a = directionBefore(page, pageAt);
  return a !== 0 && a * directionBefore(corpus, corpusAt) < 0;
}
