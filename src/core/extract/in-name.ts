/**
 * Trigger words that are part of a name: spelled numbers ("the Six Day War", "the Four Seasons Hotel"),
 * "Today" ("Russia Today", "the Ariha Today page") and weekdays ("Bloody Sunday", "Black Friday"). Read as
 * counts or dates they compare with real figures ("6 days") and days ("last Sunday").
 */
import { isNewline, isUpper, nextWord, prevWord } from '../text/chars';
import { lowerIs, LowerWords } from '../text/word-table';
import { SCALES, SMALL_NUMBERS, VAGUE_PLURALS } from '../text/number-words';
import { NON_MEASURE_UNITS, UNITS_BY_SPAN } from './quantity-words';

/** Words that go on a figure in Title Case too ("Two Million", "Twenty Five"): never a name. */
const NUMBER_PARTS = LowerWords.set([
  ...SCALES.keys(),
  ...SMALL_NUMBERS.keys(),
  ...VAGUE_PLURALS.keys(),
  'dozen',
]);

/**
 * Long words that Title Case still writes in lower case (Chicago style lower-cases prepositions and
 * conjunctions of any length), so they do not show that a line is in sentence case.
 */
const TITLE_CASE_LOWER = LowerWords.set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'among',
  'around',
  'because',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'despite',
  'during',
  'inside',
  'outside',
  'since',
  'through',
  'throughout',
  'toward',
  'towards',
  'under',
  'until',
  'where',
  'while',
  'within',
  'without',
]);

/** How far either side of the number the sentence-case test looks, in characters. */
const CASE_WINDOW = 80;

function startsUpper(text: string, i: number): boolean {
  return isUpper(text.charCodeAt(i));
}

/**
 * True when the line around [from, to) is in sentence case: it holds a lower-case word of five letters or
 * more that Title Case would have capitalised. In a Title Case headline ("Truce to Last for Two Weeks")
 * every such word is capitalised, so a capital there says nothing about a name.
 */
function inSentenceCase(text: string, from: number, to: number): boolean {
  let a = from;
  const lo = Math.max(0, from - CASE_WINDOW);
  while (a > lo && !isNewline(text.charCodeAt(a - 1))) a--;
  let b = to;
  const hi = Math.min(text.length, to + CASE_WINDOW);
  while (b < hi && !isNewline(text.charCodeAt(b))) b++;
  for (let i = a; i < b;) {
    const w = nextWord(text, i, 0);
    if (!w) {
      i++;
      continue;
    }
    const c = text.charCodeAt(w.start);
    if (c >= 97 && c <= 122 && w.end - w.start >= 5 && !TITLE_CASE_LOWER.has(text, w.start, w.end))
      return true;
    i = w.end;
  }
  return false;
}

/**
 * True when the spelled number at [start, end) is part of a name: capitalised after a word in lower case
 * (or "The") and before another capitalised word that does not go on with the figure, in a line written in
 * sentence case ("since the Six Day War", "at the Four Seasons Hotel"). A capital at the start of a sentence
 * proves nothing ("Six people died"), and neither does one in a Title Case headline ("Strike Kills Six in
 * Aleppo") or one that goes on with the figure ("Two Million"). Scraped text that lost its full stops
 * ("… in Idlib Three children were …") has a capitalised word before the number, or a lower-case one after.
 */
export function isNumberInName(text: string, start: number, end: number): boolean {
  if (!startsUpper(text, start) || startsUpper(text, start + 1)) return false;
  if (unitInName(text, end)) return true;
  const prev = prevWord(text, start, 2);
  if (!prev || (startsUpper(text, prev.start) && !lowerIs(text, prev.start, prev.end, 'the'))) return false;
  const next = nextWord(text, end, 2, true);
  if (!next || !startsUpper(text, next.start) || NUMBER_PARTS.has(text, next.start, next.end)) return false;
  return inSentenceCase(text, start, end);
}

/**
 * True when the spelled number ending at `end` goes on with a capitalised unit and another capitalised word:
 * "Ninety Mile Beach", "Seven Mile Bridge". Prose never capitalises a measure, so this holds at the start of a
 * line or table cell too, where the number's own capital proves nothing.
 */
function unitInName(text: string, end: number): boolean {
  const unit = nextWord(text, end, 2, true);
  if (!unit || !startsUpper(text, unit.start)) return false;
  const read = UNITS_BY_SPAN.get(text, unit.start, unit.end);
  // A span of time in a Title Case headline goes on with the figure ("Truce to Last for Two Weeks Across Syria").
  if (read === undefined || NON_MEASURE_UNITS.has(read.unit)) return false;
  const after = nextWord(text, unit.end, 2, true);
  return after !== null && startsUpper(text, after.start) && !NUMBER_PARTS.has(text, after.start, after.end);
}

/** Words that make a weekday a name of its own, not a day counted from the reference date. */
const DAY_NAME_WORDS = LowerWords.set([
  'ash',
  'black',
  'bloody',
  'cyber',
  'easter',
  'giving',
  'good',
  'holy',
  'maundy',
  'palm',
  'shrove',
  'super',
]);

/**
 * True when the day word at [start, end) is part of a name: a weekday after a word that names a day of its
 * own ("Good Friday", "Super Tuesday"), or a capitalised "Today" or "Tonight" right after a capitalised word,
 * in a line written in sentence case ("Russia Today reported", "USA Today"). In a Title Case headline ("Talks
 * Resume Today") the capital says nothing.
 */
export function isDayInName(text: string, start: number, end: number, weekday: boolean): boolean {
  const prev = prevWord(text, start, 1);
  if (!prev) return false;
  // "a good Friday for the markets" is a Friday; "Good Friday" is a name.
  if (weekday) return startsUpper(text, prev.start) && DAY_NAME_WORDS.has(text, prev.start, prev.end);
  return startsUpper(text, start) && startsUpper(text, prev.start) && inSentenceCase(text, start, end);
}
