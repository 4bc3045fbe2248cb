/**
 * Case-insensitive lookups of a span of the text in a fixed word list, without slicing it out.
 *
 * The extractors ask "is the word after this figure a unit / a month / 'of'?" several times per
 * hit; `text.slice(a, b).toLowerCase()` and a Map lookup cost two fresh strings and a hash of each,
 * per question. Here the span's chars are compared in place. Spans holding a non-ASCII char take
 * the string path, so every answer is exactly what `map.get(text.slice(a, b).toLowerCase())` gives
 * (a few non-ASCII letters lower-case to ASCII ones, e.g. the Kelvin sign to "k").
 */
import { lowerAscii } from './chars';

/**
 * True when `text[start, end)` lower-cased is `word` (a lower-case ASCII word): the same answer as
 * `text.slice(start, end).toLowerCase() === word`, slicing nothing for ASCII text.
 */
export function lowerIs(text: string, start: number, to: number, word: string): boolean {
  // Clamped as slice clamps it.
  const end = Math.min(to, text.length);
  // Lower-casing never shortens a string, nor lengthens one into pure ASCII: a length mismatch is final.
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if (c >= 128) return text.slice(start, end).toLowerCase() === word;
    if (lowerAscii(c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The keys of one bucket and their values, side by side: a hit needs no second lookup in a Map. */
interface Bucket<V> {
  keys: string[];
  values: V[];
}

/** A fixed map from lower-case ASCII words to values, looked up by a span of the text. */
export class LowerWords<V> {
  private readonly map: ReadonlyMap<string, V>;
  /** Keys by length then first char code: a span is compared only with keys that could match. */
  private readonly buckets: (Bucket<V> | undefined)[] = [];
  private readonly longest: number;
  /**
   * True when a span holding a non-ASCII char can match a key. Lower-casing turns a non-ASCII char into ASCII only
   * for the Kelvin sign (U+212A → "k"; U+0130 → "i" and a combining dot, still non-ASCII), so such a span can
   * match only a key holding a "k" or a non-ASCII char. Without one, a miss needs no second look at the span.
   */
  private readonly wide: boolean;

  constructor(entries: Iterable<readonly [string, V]>) {
    const map = new Map<string, V>();
    for (const [k, v] of entries) map.set(k, v);
    this.map = map;
    let longest = 0;
    let wide = false;
    const lists: Bucket<V>[] = [];
    for (const [k, v] of map) {
      longest = Math.max(longest, k.length);
      if (/[^\0-\x7f]|k/.test(k)) wide = true;
      const slot = bucketOf(k.length, k.charCodeAt(0));
      const bucket = (lists[slot] ??= { keys: [], values: [] });
      bucket.keys.push(k);
      bucket.values.push(v);
    }
    this.longest = longest;
    this.wide = wide;
    for (let i = 0; i < lists.length; i++) this.buckets[i] = lists[i];
  }

  /** A set of words as a table whose values are all true. */
  static set(words: Iterable<string>): LowerWords<true> {
    const entries: [string, true][] = [];
    for (const w of words) entries.push([w, true]);
    return new LowerWords(entries);
  }

  /** The value of `text[start, end)` lower-cased, as `map.get(text.slice(start, end).toLowerCase())`. */
  get(text: string, start: number, to: number): V | undefined {
    const end = to < text.length ? to : text.length;
    const length = end - start;
    if (length <= 0) return length === 0 ? this.map.get('') : undefined;
    const first = text.charCodeAt(start);
    if (first >= 128) return this.wide ? this.slow(text, start, end) : undefined;
    if (length > this.longest) return this.slowIfWide(text, start, end);
    const bucket = this.buckets[bucketOf(length, lowerAscii(first))];
    if (bucket === undefined) return this.slowIfWide(text, start, end);
    const keys = bucket.keys;
    for (let w = 0; w < keys.length; w++) {
      const key = keys[w] ?? '';
      let k = 1;
      while (k < length) {
        const c = text.charCodeAt(start + k);
        if (c >= 128) return this.wide ? this.slow(text, start, end) : undefined;
        if (lowerAscii(c) !== key.charCodeAt(k)) break;
        k++;
      }
      if (k === length) return bucket.values[w];
    }
    return this.slowIfWide(text, start, end);
  }

  /** True when `text[start, end)` lower-cased is a key. */
  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }

  /** No ASCII key matched: only a span holding a non-ASCII char can still match. */
  private slowIfWide(text: string, start: number, end: number): V | undefined {
    if (!this.wide) return undefined;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return this.slow(text, start, end);
    return undefined;
  }

  private slow(text: string, start: number, end: number): V | undefined {
    return this.map.get(text.slice(start, end).toLowerCase());
  }
}

function bucketOf(length: number, firstCode: number): number {
  return length * 128 + (firstCode & 127);
}
