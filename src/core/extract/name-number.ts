/**
 * A figure that numbers a name rather than counting anything: "Windows 10", "the Raspberry Pi 3", "Apollo 11",
 * "Xbox One", "Python 3.12". Prose writes a count after a lower-case word ("killed 12", "some 12") or at the
 * start of a clause ("Rebels 40 km from …"); a capitalised word right before a figure, mid-sentence, is a name
 * the figure belongs to. The figure's own sequel tells the two apart where the capital does not: a count goes on
 * with what it counts ("in Aleppo 12 people were killed", a full stop lost between "Idlib" and "Three children"),
 * a name's number with the sentence's next part ("Windows 10 and 8 GB of memory", "the Pi 3 costs $35").
 */
import { isDigit, isLetter, isNewline, isUpper, nextWord } from '../text/chars';
import { LowerWords } from '../text/word-table';
import { MONTHS_BY_SPAN, WEEKDAYS_BY_SPAN } from './date-words';
import { SCALES_BY_SPAN, UNITS_BY_SPAN } from './quantity-words';
import { clauseInSentenceCase } from './sentence-case';
import { isModelNumber } from './quantity-context';
import { STOPWORD_SPANS } from '../text/stopwords';
import { SentenceFinder } from '../text/sentences';
import { EVENT_TERMS, TermScanner } from '../text/terms';

/**
 * Lower-case words that may follow a name's number and never a count's figure: they start the sentence's next
 * part (a verb, a conjunction, a preposition), where a count's figure is followed by what it counts. Not "of"
 * ("Three of the children"), not "to" ("10 to 15", a range), and no preposition of place or time ("12 in Aleppo").
 */
const NAME_SEQUELS = LowerWords.set([
  // Conjunctions, prepositions and determiners.
  ...(
    'and or but nor than that which where when while because if for with from by as into over via vs ' +
    'versus the a an this its it also still now then not'
  ).split(' '),
  // Auxiliaries and the verbs a product or a mission goes on with.
  ...(
    'is was are were be been has had have will would can could may might should must does did costs cost ' +
    'comes came ships shipped runs ran brings brought gets got uses offers supports includes features ' +
    'launched launches landed released arrives arrived lets makes made needs requires became becomes ' +
    'remains introduced introduces'
  ).split(' '),
  // Nouns a numbered name is the kind of, where a count's figure would take a plural: "the Top 500 list", "the
  // FTSE 100 index", "the Apollo 11 mission", "Channel 4 documentary".
  ...(
    'list index mission programme program show series chart update console edition version documentary ' +
    'bulletin summit'
  ).split(' '),
]);

/** Number words that go on with a figure in a name's capitals too ("12 Million"): never the name's next word. */
const FIGURE_WORDS = SCALES_BY_SPAN;

/**
 * Capitalised words after a name's number that name an edition ("Xbox One X", "Windows 10 Pro"). Any other
 * capital after the figure may be what it counts, in a headline run into its text ("Kills 18 ISIL Terrorists").
 */
const EDITION_WORDS = LowerWords.set(['pro', 'plus', 'max', 'mini', 'ultra', 'lite', 'se', 'xl', 'home']);

/**
 * True when the word at `start` opens its clause: nothing but spaces between it and the text's start, a line
 * break, a sentence's or clause's end, an opening bracket or quotation mark, or a dash. Such a word is
 * capitalised whatever it is ("Rebels 40 km from Damascus", "Yesterday, talks resumed").
 */
export function opensClause(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return (
    isNewline(c) ||
    c === 46 || // .
    c === 33 || // !
    c === 63 || // ?
    c === 58 || // :
    c === 59 || // ;
    c === 40 || // (
    c === 91 || // [
    c === 93 || // ] a reference mark ends the sentence before it ("…countries.[214] Today …")
    c === 41 || // ) a wire's "(AFP)" or "(Reuters)" ends its dateline
    c === 34 || // "
    c === 39 || // '
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0x2014 || // —
    c === 0x2013 || // –
    c === 45 || // -
    c === 0x2022 || // •
    c === 124 || // |
    c === 0xb7 // ·
  );
}

/**
 * True when a capitalised word [prevStart, prevEnd) right before a figure can be the name the figure numbers:
 * one space before the figure, mid-clause unless `owned`, not a month, weekday or stop word ("on Monday 12
 * people", "in March 40", "Around 600 Syrians"), and no figure just before it (a tally: "8 in Ansari 5").
 */
export function namesBefore(
  text: string,
  figureStart: number,
  prevStart: number,
  prevEnd: number,
  /** The figure is a possessive's ("Channel 4's"): a name even where it opens its clause. */
  owned = false,
): boolean {
  return (
    prevEnd === figureStart - 1 &&
    prevEnd > prevStart &&
    text.charCodeAt(prevEnd) === 32 &&
    isUpper(text.charCodeAt(prevStart)) &&
    !MONTHS_BY_SPAN.has(text, prevStart, prevEnd) &&
    !WEEKDAYS_BY_SPAN.has(text, prevStart, prevEnd) &&
    !STOPWORD_SPANS.has(text, prevStart, prevEnd) &&
    (owned || !opensClause(text, prevStart)) &&
    !tallyNear(text, prevStart, -1)
  );
}

/**
 * True when what follows the figure ending at `end` is the sentence's next part, not what the figure counts:
 * the text's end, a closing mark (",", ".", ")", ":" …), a possessive ("Radio 4's"), a model's letter or
 * edition ("Xbox One X", "Windows 10 Pro"), or a word of NAME_SEQUELS not before another place's figure. A hyphen
 * goes on with the figure ("10-15", "12-year-old"), and so does a unit ("Rebels 40 km").
 */
export function nameSequel(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === 39 || c === 0x2019) return possessive(text, end);
  if (c !== 32) return c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 33 || c === 63;
  const w = nextWord(text, end, 1);
  if (!w) {
    const after = text.charCodeAt(end + 1);
    // A bracket, a dash, or a hyphen spaced as one ("Raspberry Pi 3 - A credit card sized PC").
    const dash = after === 45 && text.charCodeAt(end + 2) === 32;
    return after === 40 || after === 0x2014 || after === 0x2013 || dash || isNewline(after);
  }
  if (UNITS_BY_SPAN.has(text, w.start, w.end) || FIGURE_WORDS.has(text, w.start, w.end)) return false;
  if (isUpper(text.charCodeAt(w.start)))
    return w.end - w.start === 1 || EDITION_WORDS.has(text, w.start, w.end);
  return NAME_SEQUELS.has(text, w.start, w.end) && !tallyNear(text, w.end, 1);
}

/**
 * True when an apostrophe at `at` makes a possessive ("Radio 4's Today programme", "Channel 4’s news"): a name
 * owns things, a count does not ("12's" is no way to write "of 12").
 */
function possessive(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  if (a !== 39 && a !== 0x2019) return false;
  const s = text.charCodeAt(at + 1);
  return (s === 115 || s === 83) && !isLetter(text.charCodeAt(at + 2));
}

/**
 * True when a figure stands within two words of `at`, going back (`step` -1) or ahead (1) past a name, within
 * the clause, in a sentence that says what such a list tallies: "killed … 8 in Ansari 5", "Almiyassar 3 and Karm
 * 1". Places are listed with their tolls so; a list of numbered names ("Doom 3, Half Life 2 and Halo 2",
 * "Windows 7 and Windows 10") says nothing of what its figures would count.
 */
function tallyNear(text: string, at: number, step: 1 | -1): boolean {
  return figureNear(text, at, step) && saysWhatTallies(text, at);
}

/**
 * Canonical terms of what a list of places' figures counts: the event groups (killed, injured, arrested,
 * displaced …) and the tallies of contests (seats, goals, points, medals), with victims.
 */
const TALLIED = new Set([...EVENT_TERMS, 'seat', 'goal', 'point', 'medal', 'victim']);

const tallyTerms = new TermScanner();

/** The last sentence saysWhatTallies read, and its answer: a list's figures are asked of one sentence in turn. */
const lastTally = { text: '', start: -1, end: -1, says: false };

/** True when the sentence around `at` holds a term of TALLIED. */
function saysWhatTallies(text: string, at: number): boolean {
  if (text === lastTally.text && at >= lastTally.start && at < lastTally.end) return lastTally.says;
  const [start, end] = new SentenceFinder(text).at(Math.min(at, text.length - 1));
  const terms = tallyTerms.scan(text, start, end);
  let says = false;
  for (let k = 0; k < terms.n && !says; k++) says = TALLIED.has(terms.term[k] ?? '');
  Object.assign(lastTally, { text, start, end, says });
  return says;
}

/** True when a figure stands within two words of `at`, going back (`step` -1) or ahead (1) past a name. */
function figureNear(text: string, at: number, step: 1 | -1): boolean {
  let i = at;
  for (let words = 0; words < 3; words++) {
    let gap = 0;
    while (
      gap < 3 &&
      (text.charCodeAt(step < 0 ? i - 1 : i) === 32 || text.charCodeAt(step < 0 ? i - 1 : i) === 44)
    ) {
      i += step;
      gap++;
    }
    const c = text.charCodeAt(step < 0 ? i - 1 : i);
    // Ahead, a place's name comes before its figure ("and Karm Albeiq 1"); "and 8 GB" and "and about 10 times"
    // are other counts.
    if (isDigit(c)) return step < 0 || words > 0;
    if (!isLetter(c) || (step > 0 && !isUpper(c))) return false;
    while (isLetter(text.charCodeAt(step < 0 ? i - 1 : i))) i += step;
  }
  return false;
}

/**
 * True when the digits [start, end) are a short plain figure: up to three digits, and at most one decimal part
 * ("3", "120", "3.12"). A name's number is short; "Aleppo 1,200" or "Syria 2011" is a count or a year.
 */
export function isShortPlainFigure(text: string, start: number, end: number): boolean {
  let whole = 0;
  let point = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (!point) whole++;
    } else if (c === 46 && !point && i > start && i + 1 < end) point = true;
    else return false;
  }
  return whole > 0 && whole <= 3;
}

/**
 * True when the figure in digits [start, end) numbers the capitalised word [prevStart, prevEnd) before it, in a
 * line written in sentence case (asked last: it reads the line): "the Raspberry Pi 3 costs
 * $35", "ships with Windows 10 and 8 GB", "Apollo 11 landed". A Title Case headline capitalises every word
 * ("Airstrikes Kill 12 Civilians"), so a capital there says nothing.
 */
export function isNameNumber(
  text: string,
  start: number,
  end: number,
  prevStart: number,
  prevEnd: number,
): boolean {
  return (
    namesBefore(text, start, prevStart, prevEnd, possessive(text, end)) &&
    isShortPlainFigure(text, start, end) &&
    nameSequel(text, end) &&
    clauseInSentenceCase(text, prevStart, end)
  );
}

/**
 * True when the plain figure [start, end) numbers the word [prevStart, prevEnd) before it: a model's number
 * after a word with an inner capital ("PlayStation 4", isModelNumber) or a name's number (isNameNumber).
 */
export function isNamedFigure(
  text: string,
  start: number,
  end: number,
  prevStart: number,
  prevEnd: number,
): boolean {
  return (
    isModelNumber(text, start, end, prevStart, prevEnd) || isNameNumber(text, start, end, prevStart, prevEnd)
  );
}
