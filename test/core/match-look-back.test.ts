/**
 * A report's sentence that names a year well before its own recalls another event: its everyday figures are
 * rivals only for a page sentence that names a year too.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';

const DOCS: CorpusSource[] = [
  {
    id: 'museum',
    meta: { date: '2015-03-18' },
    text:
      'Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people.\n\n' +
      'The last major attack on a civilian target in Tunisia was in 2002, when militants killed more than 20 people in a car bombing outside a synagogue in Djerba.',
  },
  {
    id: 'markets',
    meta: { date: '2015-03-18' },
    text: 'Markets in Europe fell for a third day on Wednesday.',
  },
  {
    id: 'weather',
    meta: { date: '2015-03-17' },
    text: 'Heavy rain closed roads across the north on Tuesday.',
  },
];
const index = builtIndex(DOCS);

/** [document, relation, the source's words] of each match of the page's first figure. */
function figureMatches(text: string): [string, string, string][] {
  const claim = extractClaims(text, { referenceDate: '2015-03-19' }).find((c) => c.kind === 'quantity');
  expect(claim, `no figure in "${text}"`).toBeDefined();
  if (!claim) return [];
  return matchClaim(index, claim).matches.map((m) => [
    m.doc,
    m.relation,
    m.passage.slice(m.spanStart, m.spanEnd),
  ]);
}

describe('a report that looks back years', () => {
  it('is no rival for a page figure of its own day', () => {
    expect(figureMatches('At least 17 dead in Tunisia after attack in capital city')).toEqual([
      ['museum', 'conflicts', 'at least 19'],
    ]);
  });

  it('is a rival for a page figure of the year it recalls', () => {
    expect(figureMatches('In 2002, a bombing outside a synagogue in Djerba killed 30 people.')).toEqual([
      ['museum', 'conflicts', 'more than 20'],
    ]);
  });
});
