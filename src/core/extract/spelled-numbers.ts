/**
 * Reads figures written as words: "twenty-five", "a million", "dozens", "hundreds of thousands".
 * Separate from numbers.ts because word numbers are parsed word by word with their own idioms,
 * while digits are parsed character by character.
 */
import { lowerOf, nextWord, prevWord, type Span } from '../text/chars';
import { DOZEN, SCALES, SMALL_NUMBERS, VAGUE_PLURALS } from '../text/number-words';
import { LowerWords, lowerIs } from '../text/word-table';
import { reject, type Numeral, type NumeralRead } from './numbers';

const SMALL_SPANS = new LowerWords(SMALL_NUMBERS);
const SCALE_SPANS = new LowerWords(SCALES);

/** Words before a scale word that make it a range of that scale: "several hundred" → 300–900. */
const FEW_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 9]],
  ['few', [2, 5]],
  ['many', [2, 9]],
]);

/** Fractions written before "a million", "a dozen": "half a million", "a quarter of a million". */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2],
  ['third', 1 / 3],
  ['thirds', 1 / 3],
  ['quarter', 1 / 4],
  ['quarters', 1 / 4],
]);

/**
 * The fraction written before a scale word's "a" (or before the scale word itself: "a quarter million"), and
 * where it starts: "half a million" ½, "a quarter of a million" ¼, "three quarters of a million" ¾, "two-thirds
 * of a million" ⅔. Null when none is written.
 */
function fractionBefore(text: string, at: number): { fraction: number; start: number } | null {
  let word = prevWord(text, at, 3, true);
  if (!word) return null;
  let name = lowerOf(text, word);
  if (name === 'of') {
    word = prevWord(text, word.start, 3, true);
    if (!word) return null;
    name = lowerOf(text, word);
    if (name === 'half') return null; // "half of a million" is not said; "half of a" is a share of something
  }
  const fraction = FRACTIONS.get(name);
  if (fraction === undefined) return null;
  let start = word.start;
  let times = 1;
  const lead = prevWord(text, word.start, 3, true);
  const leadName = lead ? lowerOf(text, lead) : '';
  if (lead && (leadName === 'a' || leadName === 'one')) start = lead.start;
  else if (lead && name.endsWith('s') && (leadName === 'two' || leadName === 'three')) {
    times = leadName === 'two' ? 2 : 3;
    start = lead.start;
  }
  return { fraction: fraction * times, start };
}

/**
 * Reads number words starting at the word [s, e): "five", "twenty-five", "two hundred and fifty
 * thousand", "a million", "dozens", "hundreds of thousands", "tens of thousands", "several hundred".
 * At most a dozen words are read, so a hostile run of number words stays linear.
 */
export function readNumberWords(text: string, s: number, e: number): NumeralRead {
  const first = text.slice(s, e).toLowerCase();
  const vague = VAGUE_PLURALS.get(first);
  if (vague) return readVague(text, s, e, first, vague);
  let start = s;
  let total = 0;
  let current = 0;
  let lastSmall = -1;
  let end = s;
  let word: Span | null = { start: s, end: e };
  let count = 0;
  while (word && count < 12) {
    const ws = word.start;
    const we = word.end;
    const small = SMALL_SPANS.get(text, ws, we);
    const scale = SCALE_SPANS.get(text, ws, we);
    const isAnd = lowerIs(text, ws, we, 'and');
    if (small !== undefined) {
      // "twenty five" continues; "five six" does not.
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10)) break;
      current += small;
      lastSmall = small;
    } else if (lowerIs(text, ws, we, 'hundred')) {
      current = (current || 1) * 100;
      lastSmall = -1;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      lastSmall = -1;
    } else if (lowerIs(text, ws, we, 'dozen')) {
      current = (current || 1) * DOZEN;
      lastSmall = -1;
    } else if (isAnd && count > 0) {
      const after = nextWord(text, word.end, 3);
      if (!after) break;
      if (!SMALL_SPANS.has(text, after.start, after.end)) {
        // "one and a half million": the half joins the count the scale word multiplies.
        const half = lowerIs(text, after.start, after.end, 'a') ? nextWord(text, after.end, 3) : null;
        const then = half && lowerIs(text, half.start, half.end, 'half') ? nextWord(text, half.end, 3) : null;
        if (
          !then ||
          !(SCALE_SPANS.has(text, then.start, then.end) || lowerIs(text, then.start, then.end, 'dozen'))
        )
          break;
        current += 0.5;
        count++;
        word = then;
        continue;
      }
    } else break;
    if (!isAnd) end = word.end;
    count++;
    word = nextWord(text, word.end, 3, true);
  }
  if (end === s && !SMALL_NUMBERS.has(first) && !SCALES.has(first) && first !== 'dozen') return reject(e);
  // "three quarters of a million", "two thirds of the vote": a share, read (if at all) from its scale word.
  const share = lastSmall >= 0 ? nextWord(text, end, 3, true) : null;
  if (share && FRACTIONS.has(lowerOf(text, share))) return reject(e);
  let value = total + current;
  let range: readonly [number, number] | undefined;
  // A scale word with nothing before it: "a million", "several thousand", "a few hundred", "a dozen".
  if (!SMALL_NUMBERS.has(first)) {
    const before = prevWord(text, s, 3);
    const b = before ? lowerOf(text, before) : '';
    const few = FEW_WORDS.get(b);
    const unit = value;
    const fraction =
      before && (b === 'a' || b === 'an' || b === 'quarter')
        ? fractionBefore(text, b === 'quarter' ? before.end : before.start)
        : null;
    if (fraction) {
      start = fraction.start;
      value = Math.round(unit * fraction.fraction);
    } else if (before && (b === 'a' || b === 'an')) {
      start = before.start;
      if (first === 'dozen') range = [10, 14];
    } else if (before && few) {
      start = before.start;
      const bb = b === 'few' ? prevWord(text, before.start, 3) : null;
      if (bb && lowerOf(text, bb) === 'a') start = bb.start;
      range = [few[0] * unit, few[1] * unit];
      value = Math.round((range[0] + range[1]) / 2);
    } else if (first === 'dozen' || SCALES.has(first)) {
      return reject(e);
    }
  }
  return wordNumeral(start, end, value, range);
}

/** A figure written in words at [start, end); `vague` for a vague word's range. */
function wordNumeral(
  start: number,
  end: number,
  value: number,
  vague?: readonly [number, number],
): NumeralRead {
  const numeral: Numeral = {
    start,
    end,
    value,
    decimals: 0,
    scale: 1,
    digits: false,
    yearLike: false,
    leadingZero: false,
    ordinal: false,
  };
  if (vague) numeral.vague = vague;
  return { numeral, skipTo: end };
}

/** "dozens", "hundreds of thousands", "tens of millions", "scores of". */
function readVague(
  text: string,
  s: number,
  e: number,
  word: string,
  range: readonly [number, number],
): NumeralRead {
  let start = s;
  let end = e;
  let [low, high] = range;
  const unit = low / 2;
  const of = nextWord(text, e, 3);
  if (word === 'scores' && (!of || lowerOf(text, of) !== 'of')) return reject(e);
  // "hundreds of thousands": the larger unit follows.
  if (of && lowerOf(text, of) === 'of' && (word === 'hundreds' || word === 'tens')) {
    const big = nextWord(text, of.end, 3);
    const bigRange = big ? VAGUE_PLURALS.get(lowerOf(text, big)) : undefined;
    if (big && bigRange) {
      const bigUnit = bigRange[0] / 2;
      low = 2 * unit * bigUnit;
      high = 10 * unit * bigUnit - 1;
      end = big.end;
    }
  } else {
    // "tens of thousands": the trigger was the larger unit; look back.
    const ofBefore = prevWord(text, s, 3);
    const lead = ofBefore && lowerOf(text, ofBefore) === 'of' ? prevWord(text, ofBefore.start, 3) : null;
    const leadWord = lead ? lowerOf(text, lead) : '';
    if (lead && (leadWord === 'tens' || leadWord === 'hundreds')) {
      const factor = leadWord === 'tens' ? 10 : 100;
      low = 2 * factor * unit;
      high = 10 * factor * unit - 1;
      start = lead.start;
    }
  }
  const read = wordNumeral(start, end, Math.round((low + high) / 2), [low, high]);
  // Up to a hundred of the unit, short of the next spoken step ("hundreds of thousands"). "dozens" and
  // "hundreds" already run up to the next word ("a hundred", "a thousand").
  if (read.numeral && unit >= 1000 && start === s && end === e) read.numeral.reach = 100 * unit - 1;
  return read;
}
