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

/**
 * Folds one ASCII letter (either case) into the low half of a word key. A key is the word's last 12
 * letters at 5 bits each (a/A = 1 … z/Z = 26) in two 30-bit halves, so for words of up to 12
 * letters — nearly every English word — the key is the lower-cased word itself: finding it in the
 * table needs no second look at the chars. Call `keyHigh` with the old low half first.
 */
export function keyLow(low: number, code: number): number {
  return ((low << 5) | (code & 31)) & 0x3fffffff;
}

/** The high half of a word key after one more letter: takes the letter the low half pushes out. */
export function keyHigh(high: number, low: number): number {
  return ((high << 5) | (low >>> 25)) & 0x3fffffff;
}

/** Words up to this length are identified by their key alone; longer ones are compared char by char. */
const KEY_LETTERS = 12;

// Open addressing keyed by the word key, so a word is found without slicing a string out of the
// text: the hot path of tokenizing allocates nothing for known words. A slot's key halves, length
// and pool offset sit side by side in one typed array (a probe reads one cache line); only words
// longer than KEY_LETTERS keep their chars, in `pool`. The table starts small (news vocabularies
// are a few thousand words) and doubles as it fills.
const MAX_SLOTS = 1 << 17;
/** Int32s per slot: low, high, length (0 when empty), offset in pool. */
const STRIDE = 4;
let slots = 1 << 13;
let mask = slots - 1;
let meta = new Int32Array(slots * STRIDE);
let slotInfo: (WordInfo | undefined)[] = emptyInfos(slots);
let pool = new Uint16Array(1 << 12);
let poolUsed = 0;
let used = 0;

/** A packed (not holey) array of `size` empty entries: element reads stay on V8's fast path. */
function emptyInfos(size: number): (WordInfo | undefined)[] {
  return Array.from({ length: size }, () => undefined);
}

function home(low: number, high: number, length: number): number {
  const h = Math.imul(low ^ Math.imul(high, 0x27d4eb2d) ^ length, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Info of the ASCII-letter word `text[start, end)`, whose letters were folded into the key
 * (`low`, `high`) with keyHigh and keyLow, starting from 0. Only for words made of ASCII letters.
 */
export function asciiWordInfo(text: string, start: number, end: number, low: number, high: number): WordInfo {
  const length = end - start;
  const m = meta;
  let slot = home(low, high, length);
  for (;;) {
    const b = slot * STRIDE;
    const len = m[b + 2] ?? 0;
    if (len === 0) break;
    if (len === length && m[b] === low && m[b + 1] === high) {
      const info = slotInfo[slot];
      if (info !== undefined && (length <= KEY_LETTERS || sameChars(text, start, length, m[b + 3] ?? 0)))
        return info;
    }
    slot = (slot + 1) & mask;
  }
  const info = wordInfo(text.slice(start, end).toLowerCase());
  insert(low, high, info);
  return info;
}

/** True when the ASCII letters at `text[start…]` lower-cased are the pool's chars at `offset`. */
function sameChars(text: string, start: number, length: number, offset: number): boolean {
  for (let k = 0; k < length; k++) if ((text.charCodeAt(start + k) | 32) !== pool[offset + k]) return false;
  return true;
}

/** Empties the table and sizes it for `size` slots. */
function reset(size: number): void {
  slots = size;
  mask = size - 1;
  meta = new Int32Array(size * STRIDE);
  slotInfo = emptyInfos(size);
  poolUsed = 0;
  used = 0;
}

function insert(low: number, high: number, info: WordInfo): void {
  if (used >= slots >> 1) {
    const old = slotInfo;
    const oldMeta = meta;
    // Past the largest size the table starts over, like the string cache: memory stays bounded.
    reset(slots < MAX_SLOTS ? slots * 2 : slots);
    if (slots > old.length) {
      for (let k = 0; k < old.length; k++) {
        const o = old[k];
        if (o !== undefined) insert(oldMeta[k * STRIDE] ?? 0, oldMeta[k * STRIDE + 1] ?? 0, o);
      }
    }
  }
  const word = info.lower;
  let offset = 0;
  if (word.length > KEY_LETTERS) {
    if (poolUsed + word.length > pool.length) {
      const bigger = new Uint16Array(Math.max(pool.length * 2, poolUsed + word.length));
      bigger.set(pool);
      pool = bigger;
    }
    offset = poolUsed;
    for (let k = 0; k < word.length; k++) pool[offset + k] = word.charCodeAt(k);
    poolUsed += word.length;
  }
  let slot = home(low, high, word.length);
  while ((meta[slot * STRIDE + 2] ?? 0) !== 0) slot = (slot + 1) & mask;
  const b = slot * STRIDE;
  meta[b] = low;
  meta[b + 1] = high;
  meta[b + 2] = word.length;
  meta[b + 3] = offset;
  slotInfo[slot] = info;
  used++;
}
