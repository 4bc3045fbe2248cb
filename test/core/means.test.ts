/**
 * Two everyday tolls whose sentences name only different means of attack (snipers, a bomb blast, chemicals, the
 * air, ground fire) are two attacks (see means.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

describe('rival everyday tolls of attacks by other means', () => {
  const index = builtIndex([
    {
      id: 'snipers',
      text: 'Aleppo\n\nTerrorist snipers targeted civilians in al-Ramouseh neighborhood in Aleppo wounding one person, a source told SANA.',
      meta: { date: '2016-06-06' },
    },
  ]);

  it.each([
    // Rocket shells and snipers: two attacks on one neighbourhood.
    [
      'Rocket shells fired by terrorists on al-Ramouseh neighborhood in Aleppo injured two civilians, a source told SANA.',
      [],
    ],
    // The same means, or one a sentence names among others: still rivals.
    [
      'Terrorist snipers targeted civilians in al-Ramouseh neighborhood in Aleppo wounding two people, a source told SANA.',
      [['snipers', 'conflicts']],
    ],
    [
      'Rocket shells and sniper fire on al-Ramouseh neighborhood in Aleppo injured two civilians, a source told SANA.',
      [['snipers', 'conflicts']],
    ],
    // A sentence that names no means is left to the other checks.
    [
      'Terrorists targeted civilians in al-Ramouseh neighborhood in Aleppo injuring two, a source told SANA.',
      [['snipers', 'conflicts']],
    ],
  ])('%s', (text, expected) => {
    expect(datedMatchesOf(index, text, 'two', '2016-06-06')).toEqual(expected);
  });
});
