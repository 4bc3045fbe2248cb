/**
 * Trigger words that are part of a name: spelled numbers ("the Six Day War", "the Four Seasons Hotel", "the Xbox
 * One X"), "Today" ("Russia Today", "the Ariha Today page"), "Yesterday" ("See You Yesterday") and weekdays
 * ("Bloody Sunday", "Black Friday"). Read as counts or dates they compare with real figures ("6 days") and days
 * ("last Sunday").
 */
import { isUpper, nextWord, prevWord } from '../text/chars';
import { lowerIs, LowerWords } from '../text/word-table';
import { SCALES, SMALL_NUMBERS, VAGUE_PLURALS } from '../text/number-words';
import { NON_MEASURE_UNITS, UNITS_BY_SPAN } from './quantity-words';
import { clauseInSentenceCase, inSentenceCase } from './sentence-case';
import { namesBefore, nameSequel, opensClause } from './name-number';
import { inQuotedTitle } from './quoted-title';

/** Words that go on a figure in Title Case too ("Two Million", "Twenty Five"): never a name. */
const NUMBER_PARTS = LowerWords.set([
  ...SCALES.keys(),
  ...SMALL_NUMBERS.keys(),
  ...VAGUE_PLURALS.keys(),
  'dozen',
]);

function startsUpper(text: string, i: number): boolean {
  return isUpper(text.charCodeAt(i));
}

/**
 * True when the spelled number at [start, end) is part of a name: capitalised after a word in lower case
 * (or "The") and before another capitalised word that does not go on with the figure, in a line written in
 * sentence case ("since the Six Day War", "at the Four Seasons Hotel"). A capital at the start of a sentence
 * proves nothing ("Six people died"), and neither does one in a Title Case headline ("Strike Kills Six in
 * Aleppo") or one that goes on with the figure ("Two Million"). Scraped text that lost its full stops
 * ("… in Idlib Three children were …") has a capitalised word before the number, and what it counts after it.
 */
export function isNumberInName(text: string, start: number, end: number): boolean {
  if (!startsUpper(text, start) || startsUpper(text, start + 1)) return false;
  if (unitInName(text, end)) return true;
  const prev = prevWord(text, start, 2);
  if (!prev) return false;
  if (startsUpper(text, prev.start) && !lowerIs(text, prev.start, prev.end, 'the'))
    // "the Xbox One X", "Formula One and": a name's number when the sentence goes on after it (name-number.ts).
    return (
      namesBefore(text, start, prev.start, prev.end) &&
      nameSequel(text, end) &&
      clauseInSentenceCase(text, prev.start, end)
    );
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
 * own ("Good Friday", "Super Tuesday"), or a capitalised "Today", "Tonight", "Yesterday" or "Tomorrow" inside a
 * quoted title ("'Edge of Tomorrow' trailer") or mid-clause in a line written in sentence case ("Russia Today
 * reported", "USA Today", "See You Yesterday is a 2019 film"): prose capitalises such a word only where its
 * clause starts. In a Title Case headline ("Talks Resume Today") the capital says nothing.
 */
export function isDayInName(text: string, start: number, end: number, weekday: boolean): boolean {
  if (weekday) {
    const prev = prevWord(text, start, 1);
    // "a good Friday for the markets" is a Friday; "Good Friday" is a name.
    return prev !== null && startsUpper(text, prev.start) && DAY_NAME_WORDS.has(text, prev.start, prev.end);
  }
  if (!startsUpper(text, start)) return false;
  if (inQuotedTitle(text, start, end)) return true;
  const prev = prevWord(text, start, 1);
  if (prev !== null && startsUpper(text, prev.start) && inSentenceCase(text, start, end)) return true;
  return !opensClause(text, start) && clauseInSentenceCase(text, start, end);
}
