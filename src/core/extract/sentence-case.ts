/**
 * Whether a line is written in sentence case: the test that tells a capital marking a name ("the Six Day War",
 * "Windows 10") from one that Title Case puts on every word ("Truce to Last for Two Weeks").
 */
import { isNewline, letterRunEnd, letterRunStart, nextWord } from '../text/chars';
import { LowerWords } from '../text/word-table';

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

/**
 * The short words Title Case writes in lower case: articles, conjunctions and short prepositions. Any other short
 * word in lower case ("is", "out", "now", "game") shows a clause in sentence case as a long one does: Title Case
 * capitalises verbs, adverbs and nouns of any length ("Doom 3 Is Out Now").
 */
export const TITLE_CASE_SHORT = LowerWords.set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'from',
  'into',
  'onto',
  'with',
  'over',
  'than',
  'upon',
  'near',
  'amid',
  'past',
  'till',
]);

/** How far either side of the number the sentence-case test looks, in characters. */
const CASE_WINDOW = 80;

/**
 * True when the line around [from, to) is in sentence case: it holds a lower-case word of five letters or
 * more that Title Case would have capitalised. In a Title Case headline ("Truce to Last for Two Weeks")
 * every such word is capitalised, so a capital there says nothing about a name.
 */
export function inSentenceCase(text: string, from: number, to: number): boolean {
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

/** How many words either side of a figure the clause's case is read from. */
const CLAUSE_WORDS = 4;
/** The farthest the clause's words are looked for, in characters. */
const CLAUSE_CHARS = 60;

/**
 * A mark that ends a clause for the case test: . ! ? : ; a dash or a line break. A comma does not. A dash sets a
 * headline off from its source ("… Kills Five Injures Seven - Homs Governor Earlier conflicting reports …").
 */
function endsClause(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || isNewline(c)
  );
}

/** A hyphen with a space before it, used as a dash. */
function spacedHyphen(text: string, i: number): boolean {
  return text.charCodeAt(i) === 45 && text.charCodeAt(i - 1) === 32;
}

/** True when the word [start, end) is one Title Case would have capitalised, written in lower case. */
function lowerContentWord(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 97 || c > 122) return false;
  return end - start >= 5 ? !TITLE_CASE_LOWER.has(text, start, end) : !TITLE_CASE_SHORT.has(text, start, end);
}

/**
 * True when the clause right around a name and its figure is written in sentence case: one of the CLAUSE_WORDS
 * words before `before` or after `after`, within the clause, is a lower-case word Title Case would capitalise.
 * Narrower than inSentenceCase's line: news scraped as text runs a Title Case headline into its first paragraph
 * ("… Syrian Army Kills 18 ISIL Terrorists in Deir Ezzor The Syrian army …"), one line in sentence case.
 */
export function clauseInSentenceCase(text: string, before: number, after: number): boolean {
  let i = before;
  const lo = Math.max(0, before - CLAUSE_CHARS);
  for (let words = 0; words < CLAUSE_WORDS && i > lo;) {
    const c = text.charCodeAt(i - 1);
    if (endsClause(c) || spacedHyphen(text, i - 1)) break;
    const ws = letterRunStart(text, i);
    if (ws === i) {
      i--;
      continue;
    }
    if (lowerContentWord(text, ws, i)) return true;
    words++;
    i = ws;
  }
  let j = after;
  const hi = Math.min(text.length, after + CLAUSE_CHARS);
  for (let words = 0; words < CLAUSE_WORDS && j < hi;) {
    const c = text.charCodeAt(j);
    if (endsClause(c) || spacedHyphen(text, j)) break;
    const we = letterRunEnd(text, j);
    if (we === j) {
      j++;
      continue;
    }
    if (lowerContentWord(text, j, we)) return true;
    words++;
    j = we;
  }
  return false;
}
