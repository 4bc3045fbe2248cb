import { describe, expect, it } from 'vitest';
import { reportTally, tallyLine } from '../../src/options/report-tally';

const reports = (...texts: string[]) => texts.map((text) => ({ text }));

describe('reportTally and tallyLine', () => {
  it.each([
    // Most given first; one wording however it is spaced or capitalised, shown as its first report has it.
    [
      'the majority first',
      reports('dozens', 'hundreds', 'Hundreds'),
      '2 sources: hundreds · 1 source: dozens',
    ],
    [
      'report order among equals',
      reports('470000', '280000', '250000'),
      '1 source: 470000 · 1 source: 280000 · 1 source: 250000',
    ],
    [
      'space inside a wording',
      reports('At least  43', 'at least 43', '112'),
      '2 sources: At least 43 · 1 source: 112',
    ],
    // Two reports: the list shows who says what at a glance.
    ['nothing for two reports', reports('dozens', 'hundreds'), ''],
    [
      'the wordings past four counted',
      reports('1', '2', '3', '4', '5', '6', '6'),
      '2 sources: 6 · 1 source: 1 · 1 source: 2 · 1 source: 3 · 2 other wordings',
    ],
    // Bad input: empty wordings are no wording, a wall of text is cut.
    ['empty wordings skipped', reports('', ' ', 'dozens'), '1 source: dozens'],
    ['a long wording cut', reports('x'.repeat(500), 'y', 'y'), `2 sources: y · 1 source: ${'x'.repeat(39)}…`],
  ])('%s', (_name, given, line) => {
    expect(tallyLine(reportTally(given, 'quantity'))).toBe(line);
  });

  it('gives no tally for a quotation: its wordings differ deep inside, as the list compares them', () => {
    expect(reportTally(reports('“a b c”', '“a b d”', '“a b d”'), 'quote')).toEqual([]);
  });

  it('counts dates as figures', () => {
    expect(reportTally(reports('June 23', 'June 24', 'June 24'), 'date')).toEqual([
      { value: 'June 24', count: 2 },
      { value: 'June 23', count: 1 },
    ]);
  });
});
