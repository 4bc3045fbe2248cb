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

  // Each row: text, a word in it, the sentence around that word.
  const abbreviationEnds: [string, string, string][] = [
    ['The talks moved to the U.S. The envoy left.', 'envoy', 'The envoy left.'],
    ['The talks moved to the U.S. The envoy left.', 'talks', 'The talks moved to the U.S.'],
    ['Shares of Apple Inc. But they fell.', 'fell', 'But they fell.'],
    ['The U.S. Army left. J. A. Smith stayed.', 'Army', 'The U.S. Army left.'],
    ['The U.S. Army left. J. A. Smith stayed.', 'Smith', 'J. A. Smith stayed.'],
  ];
  it.each(abbreviationEnds)(
    'a full stop after an abbreviation ends "%s" before a sentence start (%s)',
    (t, word, sentence) => {
      expect(new SentenceFinder(t).sentence(t.indexOf(word))).toBe(sentence);
    },
  );

  // Each row: text, a word in it, the sentence around that word. A caption's credit "(Reuters)" starts the
  // next sentence, as the corpus's passages read it, so its date is not read as the next sentence's news.
  const bracketStarts: [string, string, string][] = [
    [
      'A town in Idlib province August 6 2016. (Reuters) Five people died on Monday.',
      'Five',
      '(Reuters) Five people died on Monday.',
    ],
    [
      'A town in Idlib province August 6 2016. (Reuters) Five people died on Monday.',
      'town',
      'A town in Idlib province August 6 2016.',
    ],
    ['The toll rose. [Updated] It is now 12.', 'now', '[Updated] It is now 12.'],
    ['Shares of Apple Inc. (NASDAQ) fell.', 'fell', 'Shares of Apple Inc. (NASDAQ) fell.'],
    ['It fell by 3.5 (about a tenth) in May.', 'May', 'It fell by 3.5 (about a tenth) in May.'],
  ];
  it.each(bracketStarts)(
    'an opening bracket after a full stop starts a sentence in "%s" (%s)',
    (t, word, sentence) => {
      expect(new SentenceFinder(t).sentence(t.indexOf(word))).toBe(sentence);
    },
  );

  it('cuts a sentence with no end at a bounded length', () => {
    const long = 'word '.repeat(100_000);
    const f = new SentenceFinder(long);
    const s = f.sentence(250_000);
    expect(s.length).toBeLessThanOrEqual(1300);
    expect(s.length).toBeGreaterThan(100);
  });
});
