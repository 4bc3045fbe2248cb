import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { terms } from '../../src/core/text/terms';

const REF = { referenceDate: '2016-06-01' };
const TEXT =
  'More than 280,000 people have been killed in the war. ' +
  'The market reopened on Monday after 3 weeks. ' +
  'Officials said “the truce is frayed and failing” as the talks ended.';

describe('extractClaims keepSentence', () => {
  const cases: [string, (t: readonly string[]) => boolean, string[]][] = [
    [
      'keeps every sentence',
      () => true,
      ['280,000', 'Monday', '3 weeks', '“the truce is frayed and failing”'],
    ],
    ['drops every quantity and date, never a quote', () => false, ['“the truce is frayed and failing”']],
    [
      'keeps the sentences sharing a term',
      (t) => t.includes('kill'),
      ['More than 280,000', '“the truce is frayed and failing”'],
    ],
    [
      'keeps the market sentence only',
      (t) => t.includes('market'),
      ['Monday', '3 weeks', '“the truce is frayed and failing”'],
    ],
  ];
  it.each(cases)('%s', (_name, keep, expected) => {
    const got = extractClaims(TEXT, { ...REF, keepSentence: keep }).map((c) => c.text);
    for (const e of expected) expect(got.some((g) => g.includes(e))).toBe(true);
    expect(got).toHaveLength(expected.length);
  });

  it('without the option gives the same claims as a predicate that keeps everything', () => {
    expect(extractClaims(TEXT, { ...REF, keepSentence: () => true })).toEqual(extractClaims(TEXT, REF));
  });

  it('is asked once per sentence, with the terms() of that sentence first', () => {
    const seen: (readonly string[])[] = [];
    const claims = extractClaims(TEXT, {
      ...REF,
      keepSentence: (t) => {
        seen.push(t);
        return true;
      },
    });
    const sentences = [...new Set(claims.filter((c) => c.kind !== 'quote').map((c) => c.sentence))];
    expect(seen).toHaveLength(sentences.length);
    sentences.forEach((sentence, i) =>
      expect(seen[i]?.slice(0, terms(sentence).length)).toEqual(terms(sentence)),
    );
    // The market sentence follows the figure about the war: a figure in it could take the war's terms.
    expect(seen[1]?.slice(terms(sentences[1] ?? '').length)).toEqual(['war']);
  });
});
