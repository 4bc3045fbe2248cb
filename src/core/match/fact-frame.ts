/**
 * What a figure is of besides the words it shares with another: the quarter it covers, the way it moved and
 * whether it is what analysts expected. Two companies' reports share "revenue", "quarter" and "shares"; one
 * company's reports share its name too, and still "$4.4 billion for the third quarter" is no rival of "$4.2 billion
 * second-quarter revenue", nor "shares fell 9%" of "shares have risen 34% this year", nor "the $4.6 billion
 * analysts had expected" of the company's own forecast.
 */
import { terms } from '../text/terms';

/** A quarter named by its ordinal or as Q1–Q4: "third quarter", "second-quarter", "Q3". */
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter|Q([1-4]))\b/giu;

/** What every QUARTER match holds (same flags): most sentences lack it, and this is cheaper to look for. */
const MAY_NAME_QUARTER = /quarter|q[1-4]/iu;

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
  if (!MAY_NAME_QUARTER.test(text)) return 0;
  let best = 0;
  let distance = Infinity;
  for (const m of text.matchAll(QUARTER)) {
    const n = m[2] ? Number(m[2]) : (ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0);
    const d = Math.abs((m.index ?? 0) - at);
    if (n > 0 && d < distance) [best, distance] = [n, d];
  }
  return best;
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
 * What analysts, economists or markets expected, said around a figure: "the $4.6 billion analysts had expected",
 * "Analysts had expected revenue of $4.05 billion", "Wall Street estimates", "the consensus forecast", "expected by
 * economists". Not a company's own forecast, nor "told analysts the company expects …", nor a tally analysts make
 * ("Analysts estimate that the war has killed more than 400,000").
 */
const EXPECTATION = new RegExp(
  [
    String.raw`(?:analysts|economists|Wall Street)\s+(?:(?:had|have|were|(?:polled|surveyed) by [\p{L}\s]{1,30}?)\s+)?(?:expected|expecting|forecast|projected)`,
    String.raw`(?:analysts?|economists?|Wall Street)(?:['’]s?)?\s+(?:estimates|expectations|forecasts|consensus)`,
    String.raw`(?:expected|estimated|forecast) by (?:analysts|economists|Wall Street)`,
    String.raw`consensus (?:estimates?|forecasts?|expectations?|view)`,
  ]
    .map((p) => String.raw`(?<![\p{L}])${p}(?![\p{L}])`)
    .join('|'),
  'iu',
);

/** What every EXPECTATION match holds (same flags): a cheaper first look at the whole sentence. */
const MAY_EXPECT = /analyst|economist|wall street|consensus/iu;

/** How far either side of a figure its clause is read for an expectation. */
const EXPECTATION_REACH = 60;

/** True when the clause around position `at` of `text` says its figure is what others expected (see EXPECTATION). */
export function expectedAt(text: string, at: number): boolean {
  if (!MAY_EXPECT.test(text)) return false;
  const from = Math.max(0, at - EXPECTATION_REACH);
  let start = from;
  for (const m of text.slice(from, at).matchAll(CLAUSE_MARK)) start = from + (m.index ?? 0) + 1;
  const after = text.slice(at, at + EXPECTATION_REACH);
  const mark = after.search(CLAUSE_MARK);
  return EXPECTATION.test(text.slice(start, mark < 0 ? at + after.length : at + mark));
}

/**
 * A figure's frame: the quarter named nearest it (0 for none), the way its verb moved it (+1, -1, 0) and whether
 * it is what others expected rather than what happened or was announced.
 */
export interface FigureFrame {
  quarter: number;
  direction: number;
  expected: boolean;
}

/** The frame of the figure at position `at` of `text` (its sentence). */
export function figureFrame(text: string, at: number): FigureFrame {
  return {
    quarter: quarterNear(text, at),
    direction: directionBefore(text, at),
    expected: expectedAt(text, at),
  };
}

/**
 * True when two figures are not one fact by their frames: both have a quarter named beside them and the quarters
 * differ ("rose 12% in the second quarter" against "forecast $4.4 billion for the third"), one rose and the
 * other fell ("shares fell 9%" against "shares have risen 34% this year"), or one is what analysts expected and
 * the other not ("the $4.6 billion analysts had expected" against the company's own "$4.4 billion" forecast).
 */
export function framesClash(a: FigureFrame, b: FigureFrame): boolean {
  return (
    (a.quarter !== 0 && b.quarter !== 0 && a.quarter !== b.quarter) ||
    a.direction * b.direction < 0 ||
    a.expected !== b.expected
  );
}
