/**
 * The names a small corpus's topic is made of: what every document on the topic names. A document of the user's
 * on something else must not change how the other documents' reports are read (see topicNames).
 */
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { topicNames } from '../../src/core/match/corpus-names';
import { builtIndex } from './built-index';

const SEEDS = readCorpusDir('seeds');
const MINE: CorpusSource = {
  id: 'user-toll',
  text: 'Syrian death toll rises as truce falters\n\nThe Syrian war has killed more than 400,000 people since March 2011, a monitoring group said on Tuesday.',
};
const OFF_TOPIC: CorpusSource[] = [
  {
    id: 'user-marathon',
    text: 'City marathon draws record crowd\n\nMore than 12,000 runners took part in the city marathon on Sunday.',
  },
  { id: 'user-short', text: 'Hi 5' },
  // One of the names every seed uses, and no other: still no report on the seeds' topic.
  { id: 'user-note', text: 'Some text about Aleppo where 1,000 people were killed.' },
];

/** Each report on the page's toll, with how it stands to it. */
function reports(docs: CorpusSource[]): [string, string][] {
  const index = builtIndex(docs);
  const page =
    'The conflict has killed more than 400,000 people since March 2011, according to a monitoring group.';
  const claim = extractClaims(page).find((c) => c.text === 'more than 400,000');
  expect(claim).toBeDefined();
  return claim ? matchClaim(index, claim).variance.reports.map((r) => [r.doc, r.status]) : [];
}

describe('topicNames', () => {
  it('is what every seed names', () => {
    expect([...topicNames(builtIndex(SEEDS))]).toEqual(expect.arrayContaining(['syria', 'russia', 'kerri']));
  });

  it('leaves out a document on something else', () => {
    const seeds = [...topicNames(builtIndex(SEEDS))];
    for (const other of OFF_TOPIC) expect([...topicNames(builtIndex([...SEEDS, other]))]).toEqual(seeds);
    // A short report naming only Syria of the seeds' names is left out of it too: the topic stays the seeds'.
    expect([...topicNames(builtIndex([...SEEDS, MINE, ...OFF_TOPIC]))]).toEqual(seeds);
  });

  it('keeps every report of a claim as it was when the user adds a document on something else', () => {
    const before = reports([...SEEDS, MINE]);
    expect(before).toContainEqual(['000_e4e932a64afb5874', 'conflicts']);
    for (const other of OFF_TOPIC) expect(reports([...SEEDS, MINE, other])).toEqual(before);
  });
});
