import { describe, expect, it } from 'vitest';
import { asciiWordInfo, keyHigh, keyLow, wordInfo } from '../../src/core/text/word-info';

/** The key of the ASCII-letter word `text[start, end)`, folded as the tokenizer folds it. */
function infoOf(text: string, start = 0, end = text.length) {
  let low = 0;
  let high = 0;
  for (let i = start; i < end; i++) {
    high = keyHigh(high, low);
    low = keyLow(low, text.charCodeAt(i));
  }
  return asciiWordInfo(text, start, end, low, high);
}

describe('asciiWordInfo', () => {
  // Pairs that share their last 12 letters (one key) or differ only past them: the table must tell
  // them apart by their chars, not by the key alone.
  const words = [
    'internationalisation',
    'xnternationalisation',
    'nationalisation',
    'rationalisation',
    'counterterrorism',
    'anticounterterrorism',
    'a',
    'z',
    'killed',
    'kill',
    'abcdefghijkl',
    'zabcdefghijkl',
    'bcdefghijkl',
  ];
  it.each(words)('finds %s as wordInfo does, in any case', (w) => {
    expect(infoOf(w)).toBe(wordInfo(w));
    expect(infoOf(w.toUpperCase())).toBe(wordInfo(w));
    expect(infoOf(`  ${w}  `, 2, 2 + w.length)).toBe(wordInfo(w));
  });

  it('keeps words with the same last 12 letters apart after both are stored', () => {
    for (const w of words) infoOf(w);
    for (const w of words) expect(infoOf(w).lower).toBe(w);
  });

  it('keys a word of up to 12 letters by the word itself', () => {
    const key = (w: string): [number, number] => {
      let low = 0;
      let high = 0;
      for (let i = 0; i < w.length; i++) {
        high = keyHigh(high, low);
        low = keyLow(low, w.charCodeAt(i));
      }
      return [low, high];
    };
    expect(key('Killed')).toEqual(key('kILLED'));
    expect(key('ab')).not.toEqual(key('ba'));
    expect(key('abcdefghijkl')).not.toEqual(key('bcdefghijkl'));
    // Past 12 letters only the last 12 count: such words are compared char by char.
    expect(key('xabcdefghijkl')).toEqual(key('yabcdefghijkl'));
  });
});
