/**
 * The English words for numbers, scales and vague magnitudes. Shared by the quantity extractor
 * (which reads their value) and by `terms` (which drops them: a value is not a subject).
 */

/** Cardinal words below one hundred that stand alone or start a compound ("twenty-five"). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Multipliers, singular; the plural is a vague magnitude (see VAGUE_PLURALS). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
  ['trillion', 1_000_000_000_000],
]);

/** Abbreviated multipliers written against a figure: "$1.2bn", "5m", "3k". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1_000],
  ['m', 1_000_000],
  ['mn', 1_000_000],
  ['bn', 1_000_000_000],
  ['b', 1_000_000_000],
  ['tn', 1_000_000_000_000],
]);

/**
 * Plural magnitudes read as ranges: "dozens" is more than two dozen and less than a hundred.
 * The low end starts at two of the unit because a reader hears a plural.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [24, 99]],
  ['scores', [40, 99]],
  ['hundreds', [200, 999]],
  ['thousands', [2_000, 9_999]],
  ['millions', [2_000_000, 9_999_999]],
  ['billions', [2_000_000_000, 9_999_999_999]],
  ['trillions', [2_000_000_000_000, 9_999_999_999_999]],
]);

/** "dozen" as a unit ("a dozen", "three dozen"). */
export const DOZEN = 12;

const ALL_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(),
  ...SCALES.keys(),
  ...VAGUE_PLURALS.keys(),
  'dozen',
  'tens',
]);

/** True when a lower-case word is any number word (cardinal, scale, vague magnitude, dozen). */
export function isNumberWord(word: string): boolean {
  return ALL_NUMBER_WORDS.has(word);
}
