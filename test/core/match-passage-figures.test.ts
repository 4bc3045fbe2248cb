/**
 * A passage with several figures of one kind: the one that states the page's figure is the match, and otherwise
 * the best-scoring one, not whichever agrees in a loose sense.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { builtIndex } from './built-index';

const index = builtIndex([
  { id: 'talks', text: 'Talks on Syria stalled in Geneva as Russia backed a new offensive.' },
  {
    id: 'douma',
    text: 'Shelling killed 12 people in Douma on Monday, and at least 10 people were killed in its market, medics said.',
  },
  { id: 'aid', text: 'Aid convoys reached Madaya after Syria and Russia agreed to a pause.' },
]);

describe('a passage with two tolls', () => {
  it('gives the toll it states, not a floor the page figure merely exceeds', () => {
    const claim = extractClaims('Shelling killed 14 people in Douma on Monday, medics said.', {
      referenceDate: '2016-06-01',
    }).find((c) => c.text === '14');
    expect(claim).toBeDefined();
    const found = claim ? matchClaim(index, claim).matches : [];
    expect(found.map((m) => [m.doc, m.relation, m.passage.slice(m.spanStart, m.spanEnd)])).toEqual([
      ['douma', 'conflicts', '12'],
    ]);
  });
});
