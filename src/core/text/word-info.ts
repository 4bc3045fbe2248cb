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
// string out of the text: the hot path of tokenizing allocates nothing for known words. A slot's
// hash, word offset and length sit side by side in one typed array (a probe reads one cache line),
// the words' chars in another; the table starts small (news vocabularies are a few thousand words)
// and doubles as it fills.
const MAX_SLOTS = 1 << 17;
let slots = 1 << 13;
let mask = slots - 1;
/** Per slot: hash, offset of the word in pool (-1 when empty), length. */
let meta = newMeta(slots);
let slotInfo: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(slots).fill(undefined);
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
let used = 0;

/** Slot data for `size` empty slots (offset -1). */
function newMeta(size: number): Int32Array {
  const m = new Int32Array(size * 4);
  for (let k = 0; k < size; k++) m[k * 4 + 1] = -1;
  return m;
}

function home(hash: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

/**
 * Info of the ASCII-letter word `text[start, end)`, whose lower-cased chars hash to `hash`
 * (HASH_SEED folded with hashStep). Only for words made of ASCII letters.
 */
export function asciiWordInfo(text: string, start: number, end: number, hash: number): WordInfo {
  const length = end - start;
  const m = meta;
  const p = pool;
  let slot = home(hash);
  for (;;) {
    const b = slot << 2;
    const offset = m[b + 1] ?? -1;
    if (offset < 0) break;
    if (m[b] === hash && m[b + 2] === length) {
      let k = 0;
      while (k < length && (text.charCodeAt(start + k) | 32) === p[offset + k]) k++;
      if (k === length) {
        const info = slotInfo[slot];
        if (info !== undefined) return info;
      }
    }
    slot = (slot + 1) & mask;
  }
  const info = wordInfo(text.slice(start, end).toLowerCase());
  insert(hash, info);
  return info;
}

/** Empties the table and sizes it for `size` slots. */
function reset(size: number): void {
  slots = size;
  mask = size - 1;
  meta = newMeta(size);
  slotInfo = new Array<WordInfo | undefined>(size).fill(undefined);
  poolUsed = 0;
  used = 0;
}

function insert(hash: number, info: WordInfo): void {
  if (used >= slots >> 1) {
    const old = slotInfo;
    const oldMeta = meta;
    // Past the largest size the table starts over, like the string cache: memory stays bounded.
    reset(slots < MAX_SLOTS ? slots * 2 : slots);
    if (slots > old.length) {
      for (let k = 0; k < old.length; k++) {
        const o = old[k];
        if (o !== undefined) insert(oldMeta[k * 4] ?? 0, o);
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
  while ((meta[(slot << 2) + 1] ?? -1) >= 0) slot = (slot + 1) & mask;
  for (let k = 0; k < word.length; k++) pool[poolUsed + k] = word.charCodeAt(k);
  const b = slot << 2;
  meta[b] = hash;
  meta[b + 1] = poolUsed;
  meta[b + 2] = word.length;
  slotInfo[slot] = info;
  poolUsed += word.length;
  used++;
}
