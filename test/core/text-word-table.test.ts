import { describe, expect, it } from 'vitest';
import { LowerWords, lowerIs } from '../../src/core/text/word-table';

const WORDS = new Map<string, number>([
  ['of', 1],
  ['km', 2],
  ['million', 3],
  ['mr', 4],
  ['percent', 5],
]);
const table = new LowerWords(WORDS);

/** What the table must answer: the string path it replaces. */
function expected(text: string, start: number, end: number): number | undefined {
  return WORDS.get(text.slice(start, end).toLowerCase());
}

describe('LowerWords', () => {
  const cases: [string, string][] = [
    ['exact word', 'five million people'],
    ['capitals', 'FIVE MILLION PEOPLE'],
    ['mixed case', 'Of the Km'],
    ['prefix of a key', 'mil milli millions'],
    ['longer than every key', 'percentages percentage'],
    ['Kelvin sign lower-cases to k', '5 \u212Am away'],
    ['non-ASCII letters', 'Ömillion öf naïve'],
    ['dotless capital I', 'MİLLİON'],
    ['empty and single chars', 'a o f k m'],
  ];
  it.each(cases)('answers as slice().toLowerCase() does: %s', (_, text) => {
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= Math.min(text.length, s + 12); e++) {
        expect(table.get(text, s, e), `${JSON.stringify(text.slice(s, e))}`).toBe(expected(text, s, e));
        expect(table.has(text, s, e)).toBe(expected(text, s, e) !== undefined);
      }
    }
  });

  // Without a "k" or a non-ASCII char in its keys, a table skips the string path on a miss (see LowerWords.wide).
  const narrowWords = new Map([...WORDS].filter(([k]) => !k.includes('k')));
  const narrow = new LowerWords(narrowWords);
  const accented = new Map<string, number>([
    ['naïve', 6],
    ['öf', 7],
  ]);
  const accentedTable = new LowerWords(accented);
  it.each(cases)(
    'answers as slice().toLowerCase() does without "k" keys, or with non-ASCII keys: %s',
    (_, text) => {
      for (let s = 0; s <= text.length; s++) {
        for (let e = s; e <= Math.min(text.length, s + 12); e++) {
          const lower = text.slice(s, e).toLowerCase();
          expect(narrow.get(text, s, e)).toBe(narrowWords.get(lower));
          expect(accentedTable.get(text, s, e)).toBe(accented.get(lower));
        }
      }
    },
  );

  it('finds a word by its span without the rest of the text', () => {
    expect(table.get('x MILLION y', 2, 9)).toBe(3);
    expect(table.get('x MILLION y', 2, 8)).toBeUndefined();
  });
});

describe('lowerIs', () => {
  const cases: [string, number, number, string, boolean][] = [
    ['He said', 0, 2, 'he', true],
    ['HE said', 0, 2, 'he', true],
    ['HE said', 0, 2, 'ha', false],
    ['HE said', 0, 3, 'he', false],
    ['\u212Am', 0, 2, 'km', true],
    ['Ém', 0, 2, 'em', false],
    ['ab', 1, 3, 'b', true],
    ['ab', 1, 3, 'bc', false],
  ];
  it.each(cases)('%j [%i, %i) is %j: %s', (text, s, e, word, want) => {
    expect(lowerIs(text, s, e, word)).toBe(want);
    expect(lowerIs(text, s, e, word)).toBe(text.slice(s, e).toLowerCase() === word);
  });
});
