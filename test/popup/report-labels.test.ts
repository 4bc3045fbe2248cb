import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../src/options/report-labels';

const TITLES: Record<string, string> = {
  a: 'Aleppo shelling kills 10',
  b: 'Dozens dead in Aleppo as truce collapses and aid convoys are turned back at the city limits',
  c: 'Truce holds',
};
const titleOf = (doc: string) => TITLES[doc];

describe('reportLabels', () => {
  it.each([
    [
      'distinct sources keep their names',
      [
        ['a', 'Reuters'],
        ['c', 'AFP'],
      ],
      ['Reuters', 'AFP'],
    ],
    [
      'a shared source is told apart by title, cut to 60 characters',
      [
        ['a', 'Wire Service'],
        ['b', 'Wire Service'],
        ['c', 'AFP'],
      ],
      [
        'Wire Service (Aleppo shelling kills 10)',
        'Wire Service (Dozens dead in Aleppo as truce collapses and aid convoys…)',
        'AFP',
      ],
    ],
    [
      'an unknown title falls back to the id',
      [
        ['x', 'Wire'],
        ['a', 'Wire'],
      ],
      ['Wire (x)', 'Wire (Aleppo shelling kills 10)'],
    ],
  ])('%s', (_name, reports, labels) => {
    expect(
      reportLabels(
        reports.map(([doc, source]) => ({ doc: doc!, source: source! })),
        titleOf,
      ),
    ).toEqual(labels);
  });
});
