/**
 * When two names are one: one holds the other's words ("Assad" and "President Bashar Assad"), or both are written
 * from Arabic in different ways ("Khan Sheikhun" and "Khan Shaikhoun", "Deir ez-Zor" and "Deir Ezzor"). Names that
 * only share a word are two (see sameName).
 */
import { boundedMemo } from '../text/bounded-memo';
import type { NameTerms } from './names';

/**
 * True when two names can be one: the terms of one are all in the other ("the Observatory" and "the Syrian
 * Observatory", "Assad" and "President Bashar Assad"), a name written from Arabic in two ways counting as one
 * (see sameSpelling). Names that only share a word ("Harbor City Transit", "Lakeview Transit"; "Mayor Bill de
 * Blasio", "Mayor Jim Kenney"; "Hurricane Orla", "Hurricane Marisol") are two.
 */
export function sameName(a: NameTerms, b: NameTerms): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // After a first word both share, the rest is told by its consonants whatever its length (sameSpelling wants six
  // letters): "Deir ez-Zor", "Deir Ezzor" and "Deir al-Zour" are one city, "Bab Touma" and "Bab Tuma" one gate.
  const lead = short.length > 1 && short[0] === long[0];
  return short.every(
    (t, i) =>
      long.includes(t) ||
      long.some((u, j) => sameSpelling(t, u) || (lead && i > 0 && j > 0 && sameSkeleton(t, u))),
  );
}

/** True when two words keep the same consonants (two or more) once vowels and doubled letters are gone. */
function sameSkeleton(a: string, b: string): boolean {
  const skeleton = skeletonOf(a);
  return skeleton.length >= 2 && skeleton === skeletonOf(b);
}

/** Vowels (and y, a vowel in most transliterations) and doubled letters, which spellings of one name vary in. */
const VOWELS = /[aeiouy]+|(.)(?=\1)/g;

/** Shorter words than this keep their letters: "Paris" is not "Peres", nor "Sudan" "Sedan". */
const MIN_SPELLING_LETTERS = 6;

/** A term without its vowels and doubled letters, kept per term: names are compared again and again. */
const skeletonOf = boundedMemo(4096, (term: string): string => term.replace(VOWELS, ''));

/**
 * True when two name terms of six letters or more differ only in their vowels or doubled letters, and keep at
 * least three consonants: transliterations of one Arabic name ("Khan Sheikhun", "Khan Shaikhoun", "Khan
 * Sheikhoun"; "Maaret", "Maarat"; "Mayadin", "Mayadeen").
 */
function sameSpelling(a: string, b: string): boolean {
  if (a.length < MIN_SPELLING_LETTERS || b.length < MIN_SPELLING_LETTERS) return false;
  if (a.charAt(0) !== b.charAt(0) || Math.abs(a.length - b.length) > 3) return false;
  const skeleton = skeletonOf(a);
  return skeleton.length >= 3 && skeleton === skeletonOf(b);
}
