import { isNumberWord } from './number-words';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { synonymIndex, type Phrase } from './synonym-index';

/** What a lower-case word contributes to terms, computed once per distinct word. */
export interface WordInfo {
  lower: string;
  stem: string;
  /** Canonical term, or '' for a stopword or a one-letter word, '#' for a number word. */
  term: string;
  /** Multi-word synonyms starting with this word's stem, longest first. */
  phrases: readonly Phrase[] | undefined;
  /** Canonical term when the word is written in capitals ("US", "WHO"). */
  acronymTerm: string | undefined;
}

const CACHE_LIMIT = 50_000;
const byString = new Map<string, WordInfo>();

function computeInfo(lower: string): WordInfo {
  const idx = synonymIndex();
  const stop = STOPWORDS.has(lower);
  const s0 = stop ? lower : stem(lower);
  let term: string;
  if (isNumberWord(lower)) term = '#';
  else if (stop || lower.length < 2) term = '';
  else term = idx.surface.get(lower) ?? idx.stems.get(s0) ?? s0;
  return { lower, stem: s0, term, phrases: idx.phrases.get(s0), acronymTerm: idx.acronyms.get(lower) };
}

/** Info of a lower-case word, memoised: news repeats a small vocabulary. */
export function wordInfo(lower: string): WordInfo {
  let info = byString.get(lower);
  if (info === undefined) {
    info = computeInfo(lower);
    if (byString.size >= CACHE_LIMIT) byString.clear();
    byString.set(lower, info);
  }
  return info;
}

/** Seed of the word hash; the tokenizer folds each lower-cased char in with `hashStep`. */
export const HASH_SEED = 0x011c9dc5;

/**
 * FNV-1a step over one char code: cheap enough to run inside the tokenizer's char loop. Kept to 30
 * bits so the value stays a small integer in V8 and passing it around never allocates.
 */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) & 0x3fffffff;
}

// Open addressing keyed by the hash of the word's chars, so a word is found without slicing a
// string out of the text: the hot path of tokenizing allocates nothing for known words.
const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const TABLE_LIMIT = SLOTS >> 1;
const slotHash = new Int32Array(SLOTS);
const slotInfo: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(SLOTS).fill(undefined);
let used = 0;

function sameLowerAscii(text: string, start: number, end: number, lower: string): boolean {
  if (lower.length !== end - start) return false;
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(start + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}

/**
 * Info of the ASCII-letter word `text[start, end)`, whose lower-cased chars hash to `hash`
 * (HASH_SEED folded with hashStep). Only for words made of ASCII letters.
 */
export function asciiWordInfo(text: string, start: number, end: number, hash: number): WordInfo {
  let slot = (hash ^ (hash >>> 16)) & MASK;
  for (;;) {
    const info = slotInfo[slot];
    if (info === undefined) break;
    if (slotHash[slot] === hash && sameLowerAscii(text, start, end, info.lower)) return info;
    slot = (slot + 1) & MASK;
  }
  if (used >= TABLE_LIMIT) {
    slotInfo.fill(undefined);
    used = 0;
    return asciiWordInfo(text, start, end, hash);
  }
  const info = wordInfo(text.slice(start, end).toLowerCase());
  slotHash[slot] = hash;
  slotInfo[slot] = info;
  used++;
  return info;
}
