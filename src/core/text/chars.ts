/**
 * Character classes and bounded word stepping shared by the tokenizer and the extractors.
 *
 * Everything here works on UTF-16 code units with plain comparisons so that the hot loops never
 * allocate or run a regex per character; non-ASCII letters fall back to one Unicode regex test.
 */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

/** True for '0'..'9'. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The value of the ASCII digits `text[from, to)`, as `Number(text.slice(from, to))` reads them, without the
 * slice. For runs of at most 15 digits, whose value the sum holds exactly.
 */
export function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) value = value * 10 + (text.charCodeAt(k) - 48);
  return value;
}

/** True for a letter in any script (astral letters are rare in news text and count as non-letters). */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(code));
}

/** True for an upper-case ASCII letter (used for sentence starts and names; good enough for English). */
export function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** True for horizontal whitespace, including the no-break and thin spaces scraped pages are full of. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200a;
}

/** True for a line break: a paragraph boundary in block text. */
export function isNewline(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** True for hyphens and dashes that join words ("three-week", "cease-fire"). */
export function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** A half-open span of the input. */
export interface Span {
  start: number;
  end: number;
}

/** The end of the letter run starting at `i` (i itself when text[i] is not a letter). */
export function letterRunEnd(text: string, i: number, limit = text.length): number {
  let j = i;
  while (j < limit && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** The start of the letter run ending just before `i`. */
export function letterRunStart(text: string, i: number, limit = 0): number {
  let j = i;
  while (j > limit && isLetter(text.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * The next word (letters only) after position `i`, allowing at most `maxGap` spaces and no
 * punctuation between: words separated by a comma or a line break are not one phrase.
 */
export function nextWord(text: string, i: number, maxGap = 3, allowHyphen = false): Span | null {
  let j = i;
  const stop = Math.min(text.length, i + maxGap + 1);
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (isSpace(c) || (allowHyphen && isHyphen(c))) j++;
    else break;
  }
  if (j === i && i > 0 && isLetter(text.charCodeAt(i - 1))) return null;
  const end = letterRunEnd(text, j);
  return end > j ? { start: j, end } : null;
}

/** The word ending before position `i`, with at most `maxGap` spaces between and no punctuation. */
export function prevWord(text: string, i: number, maxGap = 3, allowHyphen = false): Span | null {
  let j = i;
  const stop = Math.max(0, i - maxGap - 1);
  while (j > stop) {
    const c = text.charCodeAt(j - 1);
    if (isSpace(c) || (allowHyphen && isHyphen(c))) j--;
    else break;
  }
  const start = letterRunStart(text, j);
  return start < j ? { start, end: j } : null;
}

/** The code of `c` lower-cased when it is an ASCII capital, else `c`: for comparing chars in place. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Lower-case text of a span. */
export function lowerOf(text: string, span: Span): string {
  return text.slice(span.start, span.end).toLowerCase();
}

/** Index of the first non-space char at or after i, scanning at most `maxGap` chars. */
export function skipSpaces(text: string, i: number, maxGap = 3): number {
  let j = i;
  const stop = Math.min(text.length, i + maxGap);
  while (j < stop && isSpace(text.charCodeAt(j))) j++;
  return j;
}
