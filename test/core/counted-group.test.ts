/**
 * The group a figure counts by name: two figures naming different groups count two sides' dead (see
 * counted-group.ts).
 */
import { describe, expect, it } from 'vitest';
import { countedGroupAt } from '../../src/core/match/counted-group';
import { terms } from '../../src/core/text/terms';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

describe('countedGroupAt', () => {
  it.each([
    ['Over 50 Jaysh Al Fateh Terrorist Killed in Clashes', 'Over 50', 'Jaysh Fateh'],
    ['The coalition struck, killing 18 SDF fighters near Tabqa.', '18', 'SDF'],
    ['Air strikes killed 35 al-Nusra Front fighters.', '35', 'Nusra Front'],
    // What is counted names no group.
    ['Air strikes killed 20 civilians.', '20', null],
    ['Air strikes killed 20 fighters.', '20', null],
  ])('%s (%s) → %s', (text, span, group) => {
    expect(countedGroupAt(text, text.indexOf(span) + span.length)).toEqual(
      group === null ? null : terms(group),
    );
  });
});

describe('rival tolls of two groups', () => {
  const index = builtIndex([
    {
      id: 'daraa',
      text: 'Daraa\n\nThe Syrian Army killed 33 Fateh al-Sham terrorists in clashes in rural Daraa on Monday.',
      meta: { date: '2016-10-31' },
    },
  ]);

  it.each([
    ['The Syrian Army killed 50 Jaysh al-Fateh terrorists in clashes in rural Daraa on Monday.', []],
    // The same group, or a figure that names none: still a rival.
    [
      'The Syrian Army killed 50 Fateh al-Sham terrorists in clashes in rural Daraa on Monday.',
      [['daraa', 'conflicts']],
    ],
    ['The Syrian Army killed 50 terrorists in clashes in rural Daraa on Monday.', [['daraa', 'conflicts']]],
  ])('%s', (text, expected) => {
    expect(datedMatchesOf(index, text, '50', '2016-10-31')).toEqual(expected);
  });
});
