/**
 * A large figure or a written date finds its passages even where retrieval ranks them too low to be examined: in
 * a corpus on one topic the words of a war's toll are in most passages and leave the query, so the few passages
 * giving the same figure are found by it (see value-candidates.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';
import { extractClaims } from '../../src/core/extract-claims';
import { claimContext } from '../../src/core/match/subject';
import { valuePassages } from '../../src/core/match/value-candidates';

const TOWNS = ['Homs', 'Hama', 'Deraa', 'Idlib', 'Raqqa', 'Douma', 'Zabadani', 'Madaya', 'Qusayr'];

/**
 * A war's reports as a large corpus has them: every passage speaks of the war in Syria and its dead, so those
 * words leave the query, and one passage in five shares the page sentence's rarer words ("UN estimates",
 * "crushed protests", "claimed") without a figure or date: enough of them to fill every rank retrieval examines.
 */
function reports(n: number): CorpusSource[] {
  const docs: CorpusSource[] = [];
  for (let d = 0; d < n; d++) {
    const town = TOWNS[d % TOWNS.length] ?? '';
    const paragraphs = [
      `UN estimates say the government crushed protests in ${town} early in Syria's war, activists claimed in report ${d}.`,
    ];
    for (let p = 1; p < 5; p++)
      paragraphs.push(
        `Fighting in Syria's war killed fighters near ${town} in clash ${d}-${p}, a monitor said.`,
      );
    docs.push({ id: `report-${d}`, text: paragraphs.join('\n\n') });
  }
  return docs;
}

const WAR: CorpusSource = {
  id: 'war',
  text:
    "Syria's war has killed more than 280,000 people and displaced millions since it started with the brutal " +
    'repression of anti-government protests in March 2011.',
};

/** A city's population: a large figure of people, counted over years, and nothing a page on health shares. */
const CITY: CorpusSource = {
  id: 'city',
  text:
    'Aleppo Syrias largest city before the war when it had more than 2 million people has been divided for ' +
    'years into opposition and government sectors.',
};

const index = builtIndex([...reports(200), WAR, CITY]);

const PAGE =
  'The war in Syria has now claimed more than 280,000 lives, according to United Nations estimates, since the government crushed protests in March 2011.';

describe('passages found by their value', () => {
  it.each([
    ['more than 280,000', [['war', 'agrees']]],
    ['March 2011', [['war', 'agrees']]],
  ])(
    'finds the one report giving %s among 1,000 passages sharing the page’s rarer words',
    (span, expected) => {
      expect(index.passages.length).toBeGreaterThanOrEqual(1000);
      expect(matchesOf(index, PAGE, (c) => c.text === span, '2016-05-02')).toEqual(expected);
    },
  );

  it('proposes no passage that shares only who is counted and when', () => {
    const claimOf = (text: string, span: string) =>
      extractClaims(text, { referenceDate: '2016-05-02' }).find((c) => c.text === span);
    const passagesOf = (doc: string) =>
      index.passages.flatMap((p, i) => (index.documents[p.doc]?.id === doc ? [i] : []));
    const proposed = (text: string, span: string): number[] => {
      const claim = claimOf(text, span);
      expect(claim, span).toBeDefined();
      return claim ? [...valuePassages(index, claim, claimContext(claim).subject).keys()] : [];
    };
    // "people" and "year" are all the health figure shares with the city's population.
    const health = proposed(
      'Every year, about 2 million people get sick from a superbug, according to health officials.',
      'about 2 million',
    );
    expect(health.filter((p) => passagesOf('city').includes(p))).toEqual([]);
    // The war's toll shares what happened ("killed") and where ("Syria", "war").
    expect(proposed(PAGE, 'more than 280,000')).toEqual(passagesOf('war'));
  });

  it('leaves an everyday figure about another event unmatched, however many passages share its words', () => {
    const small = builtIndex([
      ...reports(200),
      { id: 'raid', text: 'An air strike killed 30 people at a market in a town near the border.' },
    ]);
    expect(
      matchesOf(
        small,
        'UN estimates say 30 people were killed when the government crushed protests, activists claimed.',
        (c) => c.text === '30',
        '2016-05-02',
      ),
    ).toEqual([]);
  });
});
