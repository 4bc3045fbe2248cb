/**
 * A wire dateline ("MOSCOW (Sputnik)") names where a story was filed, not what it is about: two agency reports of
 * attacks in two cities do not share an actor by it (see wire-dateline.ts).
 */
import { describe, expect, it } from 'vitest';
import { inWireDateline } from '../../src/core/match/wire-dateline';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

describe('inWireDateline', () => {
  it.each([
    ['MOSCOW (Sputnik) Six people were killed.', 'MOSCOW', true],
    ['MOSCOW (Sputnik) Six people were killed.', 'Sputnik', true],
    ['BEIRUT, Lebanon (Reuters) - Six people were killed.', 'Lebanon', true],
    ['Deal Reaches 207 DAMASCUS (SANA) Six people were killed.', 'DAMASCUS', true],
    ['Deal Reaches 207 DAMASCUS (SANA) Six people were killed.', 'Deal', false],
    ['Fighters of ISIL (Daesh) held Raqqa.', 'ISIL', false],
    ['Officials in Moscow (Russia) said six people were killed.', 'Moscow', false],
  ])('%s: %s → %s', (sentence, name, expected) => {
    const at = sentence.indexOf(name);
    expect(inWireDateline(sentence, at, at + name.length)).toBe(expected);
  });
});

describe('rival tolls of two agency reports filed from one city', () => {
  const index = builtIndex([
    {
      id: 'aleppo',
      text:
        // As scraped: the apostrophe of "Aleppo's" lost, the dateline run in after a picture's credit line.
        'Aleppo\n\nSettlements Joining Ceasefire Deal Reaches 207 MOSCOW (Sputnik) At the Aleppos residential neighborhood of al-Khalidiye terrorists killed a child and injured five other people with a rocket shelling SANA news agency reported.',
      meta: { date: '2016-07-24' },
    },
    // Other reports, so that the dateline's city is not a name every document shares (the corpus's topic).
    ...['Hama', 'Homs', 'Idlib', 'Daraa'].map((city, i) => ({
      id: city.toLowerCase(),
      text: `${city}\n\nGovernment forces advanced on rebel positions near ${city} on Tuesday, a monitoring group said.`,
      meta: { date: `2016-07-1${i}` },
    })),
  ]);

  it('does not make them rivals by the place they were filed from', () => {
    const page =
      'MOSCOW (Sputnik) Six people were killed and over 10 were injured in a shelling of the central neighborhoods of Damascus on Sunday a hospital source said.';
    expect(datedMatchesOf(index, page, 'over 10', '2016-07-24')).toEqual([]);
  });
});
