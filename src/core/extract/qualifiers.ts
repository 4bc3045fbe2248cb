import { prevWord } from '../text/chars';
import { LowerWords, lowerIs } from '../text/word-table';

/** Normalised qualifier names (QuantityValue.qualifier). */
export type Qualifier =
  'more-than' | 'at-least' | 'nearly' | 'about' | 'some' | 'estimated' | 'up-to' | 'at-most' | 'less-than';

/** Phrases before a figure, as word lists, mapped to their qualifier. Longest are tried first. */
const PHRASES: readonly (readonly [string, Qualifier])[] = [
  ['in excess of', 'more-than'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['just shy of', 'nearly'],
  ['no more than', 'at-most'],
  ['as many as', 'up-to'],
  ['as much as', 'up-to'],
  ['more than', 'more-than'],
  ['upwards of', 'more-than'],
  ['just over', 'more-than'],
  ['well over', 'more-than'],
  ['at least', 'at-least'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['an estimated', 'estimated'],
  ['up to', 'up-to'],
  ['at most', 'at-most'],
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['exceeding', 'more-than'],
  // A toll that "climbs past 650", "tops 300,000" or "passed 1,000" is above it: the figure is a floor.
  ['past', 'more-than'],
  ['tops', 'more-than'],
  ['topped', 'more-than'],
  ['passes', 'more-than'],
  ['passed', 'more-than'],
  ['surpasses', 'more-than'],
  ['surpassed', 'more-than'],
  ['exceeds', 'more-than'],
  ['exceeded', 'more-than'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['approaching', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['circa', 'about'],
  ['some', 'some'],
  ['estimated', 'estimated'],
  ['under', 'less-than'],
  ['below', 'less-than'],
];

const MAX_WORDS = 3;
const SPLIT_PHRASES = PHRASES.map(([p, q]) => [p.split(' '), q] as const);
/** Last words of the phrases: a figure whose previous word is not one has no qualifier. */
const LAST_WORDS = LowerWords.set(SPLIT_PHRASES.map(([parts]) => parts[parts.length - 1] ?? ''));

/**
 * Spans of the words before a figure that qualifierBefore compares, nearest in the last slot; shared, since
 * extraction never re-enters itself: a figure after "of" or "than" builds no word list and no lower-cased copy.
 */
const wordStart = new Int32Array(MAX_WORDS);
const wordEnd = new Int32Array(MAX_WORDS);

/**
 * The qualifier just before a figure starting at `start` ("more than 280,000"), and where it starts.
 * Looks back at most three words, so "more than more than … 5" costs the same as "more than 5".
 */
export function qualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } | null {
  // Nearly every figure fails here, on one word and without reading the words before it.
  const last = prevWord(text, start, 3);
  if (!last || !LAST_WORDS.has(text, last.start, last.end)) return null;
  let first = MAX_WORDS - 1;
  wordStart[first] = last.start;
  wordEnd[first] = last.end;
  for (let k = 1; k < MAX_WORDS; k++) {
    const w = prevWord(text, wordStart[first] ?? 0, 3);
    if (!w) break;
    first--;
    wordStart[first] = w.start;
    wordEnd[first] = w.end;
  }
  const count = MAX_WORDS - first;
  for (const [parts, q] of SPLIT_PHRASES) {
    const n = parts.length;
    if (n > count) continue;
    // The phrase's words against the last n words, compared in place.
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const slot = MAX_WORDS - n + k;
      ok = lowerIs(text, wordStart[slot] ?? 0, wordEnd[slot] ?? 0, parts[k] ?? '');
    }
    if (ok) {
      // "In the past 24 hours" is a period, not a floor: "past" qualifies only when no determiner comes first.
      if (
        n === 1 &&
        parts[0] === 'past' &&
        count > 1 &&
        PAST_DETERMINERS.has(text, wordStart[MAX_WORDS - 2] ?? 0, wordEnd[MAX_WORDS - 2] ?? 0)
      )
        return null;
      return { qualifier: q, start: wordStart[MAX_WORDS - n] ?? 0 };
    }
  }
  return null;
}

/** Words before "past" that make it a period's ("the past 24 hours", "its past two years"), not a floor. */
const PAST_DETERMINERS = LowerWords.set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
]);

/**
 * The interval a reader accepts for `value` under a qualifier. "More than 280,000" is not 400,000:
 * the top is 20% above. "At least 30" leaves more room above (a toll that rises stays compatible).
 * "Nearly 600,000" is just below. Integers get integer bounds. `exact`: the figure is written to four
 * significant digits or more, which a hedge ("about", "some") then widens only a little.
 */
export function boundsFor(
  value: number,
  q: Qualifier | undefined,
  integer: boolean,
  exact = false,
): [number, number] {
  let low = value;
  let high = value;
  switch (q) {
    case 'more-than':
      high = value * 1.2;
      break;
    case 'at-least':
      high = value * 1.5;
      break;
    case 'nearly':
      low = value * 0.9;
      break;
    case 'about':
    case 'some':
    case 'estimated':
      // A figure written to its units ("some 282,451") is hedged within a hundredth, a round one within a tenth.
      low = value * (exact ? 0.99 : 0.9);
      high = value * (exact ? 1.01 : 1.1);
      break;
    case 'up-to':
    case 'at-most':
      low = value * 0.5;
      break;
    case 'less-than':
      low = value * 0.8;
      break;
    case undefined:
      break;
  }
  if (integer) return [Math.floor(low), Math.ceil(high)];
  return [low, high];
}
