import { stemmer } from 'stemmer';
import { americanSpelling } from './spelling';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Porter stem of a lower-case word, in its American spelling, memoised: news text repeats a small vocabulary, so
 * the cache turns most calls into one Map lookup. The cache is dropped when full rather than grown forever.
 */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(americanSpelling(word));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
