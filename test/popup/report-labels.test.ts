import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../src/options/report-labels';

const DOCUMENTS: Record<string, { outlet: string | null; title: string }> = {
  a: { outlet: 'Wire Service', title: 'Aleppo shelling kills 10' },
  b: {
    outlet: 'Wire Service',
    title: 'Dozens dead in Aleppo as truce collapses and aid convoys are turned back at the city limits',
  },
  c: { outlet: 'AFP', title: 'Truce holds' },
  r: { outlet: 'Reuters', title: 'Aleppo toll rises' },
  n: { outlet: null, title: 'Kerry to Russia: US patience in Syria is very limited' },
};
const documentOf = (doc: string) => DOCUMENTS[doc];

describe('reportLabels', () => {
  it.each([
    ['distinct sources keep their names', ['r', 'c'], ['Reuters', 'AFP']],
    [
      'a shared source is told apart by title, cut to 60 characters',
      ['a', 'b', 'c'],
      [
        'Wire Service (Aleppo shelling kills 10)',
        'Wire Service (Dozens dead in Aleppo as truce collapses and aid convoys…)',
        'AFP',
      ],
    ],
    // As the popup and the card name it; its title alone read as the report's headline.
    [
      'a document of no known outlet is an unknown outlet, with its title',
      ['n', 'c'],
      ['unknown outlet (Kerry to Russia: US patience in Syria is very limited)', 'AFP'],
    ],
  ])('%s', (_name, docs, labels) => {
    expect(
      reportLabels(
        docs.map((doc) => ({ doc, source: `source of ${doc}` })),
        documentOf,
      ),
    ).toEqual(labels);
  });

  it('falls back on the report’s own source label and the id for a document it does not know', () => {
    expect(
      reportLabels(
        [
          { doc: 'x', source: 'Wire' },
          { doc: 'y', source: 'Wire' },
        ],
        () => undefined,
      ),
    ).toEqual(['Wire (x)', 'Wire (y)']);
  });
});
