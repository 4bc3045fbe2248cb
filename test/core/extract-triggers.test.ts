import { describe, expect, it } from 'vitest';
import { TRIGGER_SOURCE, TriggerScanner } from '../../src/core/extract/triggers';

/** What the scanner must find: the regex's own matches, read with exec from each position. */
function expected(text: string, from: number): [number, number, string] | null {
  const re = new RegExp(TRIGGER_SOURCE, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  const word = /^[0-9]/.test(m[0]) ? '' : m[0].toLowerCase();
  return [m.index, m.index + m[0].length, word];
}

describe('TriggerScanner', () => {
  const texts = [
    'More than 280,000 people have been killed since 2011, and Two of them on Monday.',
    'A320 4G v2.1.3 10:30 1,234.5 COVID-19 twenty-five hundred Sept. 5 Sep Sept',
    'oneTwo one_two two1 ONE éone oneé Yesterday TODAY tonight weekly weeks month year',
    'x9 99 9x 12345678901234567890 Scores of dozens; hundreds thousands. Dec,Nov',
    '',
    '5',
    'Five',
  ];
  it.each(texts)('finds the regex matches from every position: %s', (text) => {
    const scanner = new TriggerScanner();
    for (let from = 0; from <= text.length; from++) {
      const want = expected(text, from);
      const found = scanner.next(text, from);
      expect(found ? [scanner.start, scanner.end, scanner.word] : null, `from ${from}`).toEqual(want);
    }
  });
});
