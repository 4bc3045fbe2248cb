import { describe, expect, it } from 'vitest';
import { SentenceFinder } from '../../src/core/text/sentences';

describe('SentenceFinder', () => {
  const text =
    'It was said by Rep. Eliot Engel, D-N.Y. on Monday. U.S. officials met. Mr. Kerry said "It is hard." Then he left.\nNew paragraph here';
  const cases: [string, string][] = [
    ['Engel', 'It was said by Rep. Eliot Engel, D-N.Y. on Monday.'],
    ['officials', 'U.S. officials met.'],
    ['Kerry', 'Mr. Kerry said "It is hard."'],
    ['left', 'Then he left.'],
    ['paragraph', 'New paragraph here'],
  ];
  it.each(cases)('finds the sentence around %s', (word, sentence) => {
    const f = new SentenceFinder(text);
    expect(f.sentence(text.indexOf(word))).toBe(sentence);
  });

  it('cuts a sentence with no end at a bounded length', () => {
    const long = 'word '.repeat(100_000);
    const f = new SentenceFinder(long);
    const s = f.sentence(250_000);
    expect(s.length).toBeLessThanOrEqual(1300);
    expect(s.length).toBeGreaterThan(100);
  });
});
