import { ABBREVIATIONS, SENTENCE_STARTS } from './abbreviations';
import { isDigit, isLetter, isNewline, isSpace, isUpper } from './chars';
import { LowerWords } from './word-table';

/** Longest stretch scanned on either side of a position; a "sentence" longer than this is cut. */
const MAX_REACH = 600;

/** Closing marks that may follow a sentence's last stop: '"', "'", ')', ']', '”', '’', '»'. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

const ABBREVIATION_SPANS = LowerWords.set(ABBREVIATIONS);
const STARTS_SPANS = LowerWords.set(SENTENCE_STARTS);

/** True when the word at `j` is one that starts a sentence (see SENTENCE_STARTS). */
function startsSentence(text: string, j: number): boolean {
  let e = j;
  while (e < text.length && e - j < 12 && isLetter(text.charCodeAt(e))) e++;
  return e - j > 1 && STARTS_SPANS.has(text, j, e);
}

/** Cheap first test of endsAt: only these characters can end a sentence. */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** The characters of isStop, found by the regex engine rather than a char-by-char loop. */
const STOPS = /[.!?\n\r\u2028\u2029]/g;

/** Index of the first stop character in `text[from, to)`, or -1. */
function nextStop(text: string, from: number, to: number): number {
  STOPS.lastIndex = from;
  // `test` builds no match array; the match is one char, so it sits just before lastIndex.
  if (!STOPS.test(text)) return -1;
  const at = STOPS.lastIndex - 1;
  return at < to ? at : -1;
}

/** True when a sentence ends just after index `i` (text[i] is '.', '!', '?' or a line break). */
function endsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isNewline(c)) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  let j = i + 1;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  if (j >= text.length) return true;
  if (isNewline(text.charCodeAt(j))) return true;
  if (!isSpace(text.charCodeAt(j))) return false;
  while (j < text.length && isSpace(text.charCodeAt(j)) && j < i + 8) j++;
  const next = text.charCodeAt(j);
  // An opening bracket too, as the corpus's passages read it (passages.ts): a caption's "… August 6 2016.
  // (Reuters) Syrian …" runs into the next sentence otherwise, and its date with it.
  if (!(
    isUpper(next) ||
    isDigit(next) ||
    next === 34 ||
    next === 0x201c ||
    next === 0x2018 ||
    next === 39 ||
    next === 40 ||
    next === 91
  )) {
    return false;
  }
  if (c !== 46) return true;
  // "Rep. Eliot", "U.S. officials": a full stop after an abbreviation or a single capital is not an end.
  let k = i;
  while (k > 0 && i - k < 12 && isLetter(text.charCodeAt(k - 1))) k--;
  if ((i - k === 1 && isUpper(text.charCodeAt(k))) || ABBREVIATION_SPANS.has(text, k, i))
    return startsSentence(text, j);
  return true;
}

/**
 * Finds the sentence around a position. Claims are asked for in increasing order, so the finder
 * remembers the last sentence and never rescans text it has passed: total work stays linear even
 * when thousands of claims sit in one long paragraph.
 */
export class SentenceFinder {
  private lastStart = -1;
  private lastEnd = -1;

  constructor(private readonly text: string) {}

  /** Start (trimmed) of the sentence the last `find` found. */
  get start(): number {
    return this.lastStart;
  }

  /** End (trimmed) of the sentence the last `find` found. */
  get end(): number {
    return this.lastEnd;
  }

  /** Finds the sentence containing `pos` and leaves it in `start` and `end`; builds no array. */
  find(pos: number): void {
    const text = this.text;
    if (pos >= this.lastStart && pos < this.lastEnd) return;
    const floor = Math.max(0, pos - MAX_REACH, this.lastEnd > pos ? 0 : this.lastEnd);
    const ceil = Math.min(text.length, pos + MAX_REACH);
    // One walk over the stops from `floor`: the sentence starts after the last one before `pos` that
    // ends a sentence, and ends at the first such one from `pos` on.
    let s = floor;
    let c = nextStop(text, floor, ceil);
    for (; c >= 0 && c < pos; c = nextStop(text, c + 1, ceil)) if (endsAt(text, c)) s = c + 1;
    // Closing marks right after the stop belong to the previous sentence: 'hard." Then'.
    if (s > 0 && isStop(text.charCodeAt(s - 1))) while (s < pos && isCloser(text.charCodeAt(s))) s++;
    let e = c;
    while (e >= 0 && !endsAt(text, e)) e = nextStop(text, e + 1, ceil);
    if (e < 0) e = ceil;
    if (e < ceil) {
      e++;
      while (e < text.length && isCloser(text.charCodeAt(e))) e++;
    }
    while (s < e && (isSpace(text.charCodeAt(s)) || isNewline(text.charCodeAt(s)))) s++;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isNewline(text.charCodeAt(e - 1)))) e--;
    if (e <= pos) e = Math.min(text.length, pos + 1);
    this.lastStart = s;
    this.lastEnd = Math.max(e, pos + 1);
  }

  /** Start and end (trimmed) of the sentence containing `pos`. */
  at(pos: number): [number, number] {
    this.find(pos);
    return [this.lastStart, this.lastEnd];
  }

  /** The sentence text containing `pos`. */
  sentence(pos: number): string {
    const [s, e] = this.at(pos);
    return this.text.slice(s, e);
  }
}
