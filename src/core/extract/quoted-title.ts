/**
 * A figure or day word inside a quoted title: "12 Dates of Christmas", "'See You Yesterday' Review", "'Edge of
 * Tomorrow' trailer", "Two Distant Strangers". A title is a name, and its "12" or "Yesterday" states nothing;
 * read as claims, two pages citing one film agreed on "12" and on yesterday's date. A quoted run of capitalised
 * words is a title however the line around it is written: speech, quoted, is written in sentence case ("12
 * people were killed," he said).
 */
import { isDigit, isLetter, isUpper } from '../text/chars';
import { TITLE_CASE_SHORT } from './sentence-case';

/** The farthest a title's opening or closing mark is looked for from the hit. */
const MAX_TITLE_CHARS = 80;

function isOpening(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018;
}

function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019;
}

/** A word's inner character: a letter or digit, or an apostrophe or hyphen between two ("Don't", "All-Too-Real"). */
function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLetter(c) || isDigit(c)) return true;
  if (c !== 39 && c !== 0x2019 && c !== 45) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return (isLetter(before) || isDigit(before)) && (isLetter(after) || isDigit(after));
}

/** Punctuation a title may hold between its words ("Urusei Yatsura 2: Beautiful Dreamer", "Rugby, Racing"). */
function titlePunctuation(c: number): boolean {
  return c === 32 || c === 44 || c === 58 || c === 0x2013 || c === 0x2014 || c === 38;
}

/** True when the word [start, end) may stand in a title: capitalised, a figure, or a word Title Case lowers. */
function titleWord(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return isUpper(c) || isDigit(c) || TITLE_CASE_SHORT.has(text, start, end);
}

/**
 * True when the hit [start, end) lies in a quoted title: between an opening mark and a closing one, within
 * MAX_TITLE_CHARS, every word capitalised, a figure, or a short word Title Case leaves in lower case, and two
 * words at least. Each side stops at its first word that is no title's, so a hit in prose costs a word or two.
 */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  let words = 1;
  const lo = Math.max(0, start - MAX_TITLE_CHARS);
  let i = start;
  for (;;) {
    if (i <= lo) return false;
    const c = text.charCodeAt(i - 1);
    if (isOpening(c)) {
      if (i - 1 === 0 || !inWord(text, i - 2)) break;
      return false;
    }
    if (titlePunctuation(c)) {
      i--;
      continue;
    }
    if (!inWord(text, i - 1)) return false;
    let ws = i - 1;
    while (ws > lo && inWord(text, ws - 1)) ws--;
    if (!titleWord(text, ws, i)) return false;
    words++;
    i = ws;
  }
  const hi = Math.min(text.length, end + MAX_TITLE_CHARS);
  let j = end;
  for (;;) {
    if (j >= hi) return false;
    const c = text.charCodeAt(j);
    if (isClosing(c) && !inWord(text, j)) return words >= 2;
    if (titlePunctuation(c)) {
      j++;
      continue;
    }
    if (!inWord(text, j)) return false;
    let we = j + 1;
    while (we < hi && inWord(text, we)) we++;
    if (!titleWord(text, j, we)) return false;
    words++;
    j = we;
  }
}

/**
 * True when the figure [start, end), digits or a capitalised number word, lies in a quoted title ("12 Dates of
 * Christmas", "'Two Distant Strangers' Makes Sure …"): the title's figure names the work.
 */
export function figureInQuotedTitle(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (isDigit(c) || isUpper(c)) && inQuotedTitle(text, start, end);
}
