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
// string out of the text: the hot path of tokenizing allocates nothing for known words. Hashes,
// lengths and the words' chars sit in flat typed arrays, so a probe touches little memory; the
// table starts small (news vocabularies are a few thousand words) and doubles as it fills.
const MAX_SLOTS = 1 << 17;
let slots = 1 << 13;
let mask = slots - 1;
let slotHash = new Int32Array(slots);
/** Offset of the slot's word in `pool`, or -1 for an empty slot. */
let slotOffset = new Int32Array(slots).fill(-1);
let slotLength = new Int32Array(slots);
let slotInfo: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(slots).fill(undefined);
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
let used = 0;

function home(hash: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

function sameChars(text: string, start: number, length: number, offset: number): boolean {
  for (let k = 0; k < length; k++) if ((text.charCodeAt(start + k) | 32) !== pool[offset + k]) return false;
  return true;
}

/**
 * Info of the ASCII-letter word `text[start, end)`, whose lower-cased chars hash to `hash`
 * (HASH_SEED folded with hashStep). Only for words made of ASCII letters.
 */
export function asciiWordInfo(text: string, start: number, end: number, hash: number): WordInfo {
  const length = end - start;
  let slot = home(hash);
  let offset = slotOffset[slot] ?? -1;
  while (offset >= 0) {
    if (slotHash[slot] === hash && slotLength[slot] === length && sameChars(text, start, length, offset)) {
      const info = slotInfo[slot];
      if (info !== undefined) return info;
    }
    slot = (slot + 1) & mask;
    offset = slotOffset[slot] ?? -1;
  }
  const info = wordInfo(text.slice(start, end).toLowerCase());
  insert(hash, info);
  return info;
}

/** Empties the table and sizes it for `size` slots. */
function reset(size: number): void {
  slots = size;
  mask = size - 1;
  slotHash = new Int32Array(size);
  slotOffset = new Int32Array(size).fill(-1);
  slotLength = new Int32Array(size);
  slotInfo = new Array<WordInfo | undefined>(size).fill(undefined);
  poolUsed = 0;
  used = 0;
}

function insert(hash: number, info: WordInfo): void {
  if (used >= slots >> 1) {
    const old = slotInfo;
    const oldHash = slotHash;
    // Past the largest size the table starts over, like the string cache: memory stays bounded.
    reset(slots < MAX_SLOTS ? slots * 2 : slots);
    if (slots > old.length) {
      for (let k = 0; k < old.length; k++) {
        const o = old[k];
        if (o !== undefined) insert(oldHash[k] ?? 0, o);
      }
    }
  }
  const word = info.lower;
  if (poolUsed + word.length > pool.length) {
    const bigger = new Uint16Array(Math.max(pool.length * 2, poolUsed + word.length));
    bigger.set(pool);
    pool = bigger;
  }
  let slot = home(hash);
  while ((slotOffset[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
  for (let k = 0; k < word.length; k++) pool[poolUsed + k] = word.charCodeAt(k);
  slotHash[slot] = hash;
  slotOffset[slot] = poolUsed;
  slotLength[slot] = word.length;
  slotInfo[slot] = info;
  poolUsed += word.length;
  used++;
}
