import { isDigit, isLetter, isUpper, lowerAscii } from './chars';
import { asciiWordInfo, keyHigh, keyLow, wordInfo, type WordInfo } from './word-info';

/**
 * The tokens of one stretch of text in parallel arrays, reused from call to call: the same
 * tokens as `tokenize`, without an object or a string per token.
 */
export class TokenBuffer {
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The word's info; null for a figure. */
  info: (WordInfo | null)[] = [];
  /** 1 when written in capitals (see Token.acronym). */
  acronym = new Uint8Array(256);

  push(start: number, end: number, info: WordInfo | null, acronym: boolean): void {
    const k = this.n;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.info[k] = info;
    this.acronym[k] = acronym ? 1 : 0;
    this.n = k + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const acronym = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    acronym.set(this.acronym);
    this.start = start;
    this.end = end;
    this.acronym = acronym;
  }
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The apostrophe suffixes tokenize drops: 's, 't, 'd, 'm, 're, 've, 'll (any case). */
function isDroppedSuffix(text: string, from: number, to: number): boolean {
  const a = lowerAscii(text.charCodeAt(from));
  if (to - from === 1) return a === 115 || a === 116 || a === 100 || a === 109;
  if (to - from !== 2) return false;
  const b = lowerAscii(text.charCodeAt(from + 1));
  return (a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108);
}

/**
 * Tokenizes `text[from, to)` into `buf` exactly as `tokenize` does. Words of ASCII letters (nearly
 * all of them in English news) are keyed while they are scanned and found in the word table
 * without slicing; other words take tokenize's string path.
 */
export function scanTokens(text: string, from: number, to: number, buf: TokenBuffer): void {
  buf.n = 0;
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
      buf.push(i, j, null, false);
      i = j;
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
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
        buf.push(i, j, wordInfo(letters.toLowerCase()), true);
        i = j;
        continue;
      }
    }
    let j = i + 1;
    let allUpper = isUpper(c);
    let anyUpper = allUpper || c >= 128;
    let ascii = c < 128;
    let high = 0;
    let low = keyLow(0, c);
    let apostropheAt = -1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d >= 97 && d <= 122) {
        allUpper = false;
        j++;
        if (apostropheAt < 0) {
          // Most of a word is a run of lower-case ASCII letters: key it in a tight loop.
          high = keyHigh(high, low);
          low = keyLow(low, d);
          while (j < to) {
            const x = text.charCodeAt(j);
            if (x < 97 || x > 122) break;
            high = keyHigh(high, low);
            low = keyLow(low, x);
            j++;
          }
        }
      } else if (isLetter(d)) {
        if (isUpper(d) || d >= 128) anyUpper = true;
        else allUpper = false;
        if (allUpper && !isUpper(d)) allUpper = false;
        if (d >= 128) ascii = false;
        else if (apostropheAt < 0) {
          high = keyHigh(high, low);
          low = keyLow(low, d);
        }
        j++;
      } else if (isApostrophe(d) && apostropheAt < 0 && j + 1 < to && isLetter(text.charCodeAt(j + 1))) {
        apostropheAt = j;
        j++;
      } else break;
    }
    let end = j;
    let info: WordInfo;
    if (apostropheAt >= 0 && isDroppedSuffix(text, apostropheAt + 1, j)) {
      end = apostropheAt;
      info = ascii ? asciiWordInfo(text, i, end, low, high) : wordInfo(text.slice(i, end).toLowerCase());
      // "won't" → "won" + "t": keep the negation's stem "wo" out by mapping the one common irregular case.
      if (info.lower === 'won') info = wordInfo('will');
    } else if (apostropheAt >= 0) {
      info = wordInfo((text.slice(i, apostropheAt) + text.slice(apostropheAt + 1, j)).toLowerCase());
    } else if (ascii) {
      info = asciiWordInfo(text, i, j, low, high);
    } else {
      info = wordInfo(anyUpper ? text.slice(i, j).toLowerCase() : text.slice(i, j));
    }
    const length = end - i;
    buf.push(i, end, info, allUpper && length >= 2 && length <= 5);
    i = j;
  }
}
