import { isDigit, isLetter, isUpper } from './chars';

/** One word or figure of the input, with its offsets. */
export interface Token {
  start: number;
  end: number;
  /** Lower-case form; apostrophe suffixes ('s, n't, 're) are dropped and dotted acronyms joined ("U.S." → "us"). */
  lower: string;
  /** A figure ("280,000", "1.2"), not a word. */
  numeric: boolean;
  /** Written in capitals ("US", "WHO", "U.N."): lets "US" survive where the pronoun "us" is a stopword. */
  acronym: boolean;
}

const APOSTROPHE_SUFFIXES = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Splits `text[from, to)` into word and number tokens in one linear pass. Hyphens split words
 * ("cease-fire" → cease, fire) so that multi-word synonyms see the same parts however they are joined.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 44 || d === 46) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      out.push({ start: i, end: j, lower: text.slice(i, j), numeric: true, acronym: false });
      i = j;
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    // Dotted acronym: "U.S.", "U.N." — single capitals each followed by a full stop.
    if (
      isUpper(c) &&
      text.charCodeAt(i + 1) === 46 &&
      i + 2 < to &&
      isUpper(text.charCodeAt(i + 2)) &&
      text.charCodeAt(i + 3) === 46
    ) {
      let j = i;
      let letters = '';
      while (j + 1 < to && isUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
        letters += text[j];
        j += 2;
      }
      if (letters.length >= 2) {
        out.push({ start: i, end: j, lower: letters.toLowerCase(), numeric: false, acronym: true });
        i = j;
        continue;
      }
    }
    let j = i + 1;
    let allUpper = isUpper(c);
    let anyUpper = allUpper || c >= 128;
    let apostropheAt = -1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d >= 97 && d <= 122) {
        allUpper = false;
        j++;
      } else if (isLetter(d)) {
        if (isUpper(d) || d >= 128) anyUpper = true;
        else allUpper = false;
        if (allUpper && !isUpper(d)) allUpper = false;
        j++;
      } else if (isApostrophe(d) && apostropheAt < 0 && j + 1 < to && isLetter(text.charCodeAt(j + 1))) {
        apostropheAt = j;
        j++;
      } else break;
    }
    let end = j;
    let lower: string;
    if (apostropheAt >= 0 && APOSTROPHE_SUFFIXES.has(text.slice(apostropheAt + 1, j).toLowerCase())) {
      end = apostropheAt;
      lower = text.slice(i, end).toLowerCase();
    } else if (apostropheAt >= 0) {
      lower = (text.slice(i, apostropheAt) + text.slice(apostropheAt + 1, j)).toLowerCase();
    } else {
      // Most words are already lower case: skip the copy toLowerCase would make.
      lower = anyUpper ? text.slice(i, j).toLowerCase() : text.slice(i, j);
    }
    // "won't" → "won" + "t": keep the negation's stem "wo" out by mapping the one common irregular case.
    if (lower === 'won' && end === apostropheAt) lower = 'will';
    const length = end - i;
    out.push({ start: i, end, lower, numeric: false, acronym: allUpper && length >= 2 && length <= 5 });
    i = j;
  }
  return out;
}
