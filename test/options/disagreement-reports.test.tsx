// @vitest-environment happy-dom
/**
 * The reports of a corpus disagreement as the options page lists them: each source's date beside its outlet when
 * known, and over three reports or more, a line of who says what.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Disagreements } from '../../src/options/Disagreements';
import type { CorpusDisagreement, DocumentInfo } from '../../src/core/types';
import { mount, texts, unmountAll } from '../popup/render';

const DOCS: Record<string, DocumentInfo> = {
  a: { id: 'a', outlet: 'Valley Herald', title: 'Floods', date: '2016-05-01', url: null },
  b: { id: 'b', outlet: 'Riverton Times', title: 'Floods toll', date: null, url: null },
  c: { id: 'c', outlet: 'Wire Service', title: 'Toll rises', date: '2016-05-03', url: null },
  // A date the metadata got wrong reads as no date, not as "undated" nor "Invalid Date".
  d: { id: 'd', outlet: 'Daily Bugle', title: 'Toll', date: 'yesterday', url: null },
};
const documentOf = (doc: string) => DOCS[doc];

function fact(kind: CorpusDisagreement['kind'], values: [string, string][]): CorpusDisagreement {
  return {
    kind,
    topic: 'People killed in the floods',
    reports: values.map(([doc, text]) => ({
      doc,
      source: DOCS[doc]?.outlet ?? doc,
      text,
      passage: `The floods killed ${text} people.`,
    })),
  };
}

afterEach(unmountAll);

describe('the reports of a disagreement', () => {
  it('date each source beside its outlet when its date is known', async () => {
    const root = await mount(
      <Disagreements
        disagreements={[
          fact('quantity', [
            ['a', 'hundreds'],
            ['b', 'dozens'],
            ['c', 'hundreds'],
            ['d', 'hundreds'],
          ]),
        ]}
        documentOf={documentOf}
      />,
    );
    const lines = [...root.querySelectorAll('li[data-doc]')].map((li) =>
      [li.querySelector('.outlet')?.textContent, li.querySelector('.report-date')?.textContent ?? null].join(
        '',
      ),
    );
    expect(lines).toEqual([
      'Valley Herald, 1 May 2016',
      'Riverton Times',
      'Wire Service, 3 May 2016',
      'Daily Bugle',
    ]);
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2016-05-01');
  });

  it('tally who says what over three reports, before the reports', async () => {
    const root = await mount(
      <Disagreements
        disagreements={[
          fact('quantity', [
            ['a', 'hundreds'],
            ['b', 'dozens'],
            ['c', 'hundreds'],
          ]),
        ]}
        documentOf={documentOf}
      />,
    );
    expect(texts(root, '[data-testid="report-tally"]')).toEqual(['2 sources: hundreds · 1 source: dozens']);
    const tally = root.querySelector('[data-testid="report-tally"]');
    expect(tally?.nextElementSibling?.querySelector('li[data-doc]')).not.toBeNull();
  });

  it('give no tally for two reports', async () => {
    const root = await mount(
      <Disagreements
        disagreements={[
          fact('quantity', [
            ['a', 'hundreds'],
            ['b', 'dozens'],
          ]),
        ]}
        documentOf={documentOf}
      />,
    );
    expect(root.querySelector('[data-testid="report-tally"]')).toBeNull();
  });
});
