/**
 * One place's count is no rival of the whole's: a corpus figure set in a place the page sentence does not name
 * (beside the corpus's whole, the country every document is about) counts a part, unless the two share a name;
 * so does a page figure set in a place of its own that the corpus passage does not name.
 */
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import type { CorpusSource } from '../../src/core/corpus-index';
import { placeNames } from '../../src/core/match/figure-scope';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

describe('placeNames', () => {
  it.each([
    ['More than 250,000 people live under siege in the eastern half of Aleppo.', ['aleppo']],
    ['Up to 400,000 people are believed to live in Eastern Ghouta.', ['eastern ghouta']],
    ['Fighting forced 13,000 residents to flee the city of Manbij.', ['manbij']],
    ['Some 5,000 people were evacuated from Foua and Kefraya.', ['foua']],
    // "of" after a capitalised word joins one institution's name.
    ['According to the Ministry of Defence, 300,000 people have been killed.', []],
    // A name that acts, not a place.
    ['Assad’s forces have killed 200,000 people, the report said.', []],
    // Three lower-case words between preposition and name are too many to say where.
    ['The toll in the long and bloody Aleppo battle rose.', []],
  ])('%s', (sentence, expected) => {
    expect(placeNames(sentence).map((name) => name.join(' '))).toEqual(expected);
  });
});

const DOCS: CorpusSource[] = [
  {
    id: 'un',
    text: 'The United Nations says nearly 600,000 Syrians live in besieged areas of Syria, most surrounded by government forces.',
  },
  {
    id: 'aleppo',
    text:
      'Fighting in Syria went on.\n\n' +
      'More than 250,000 people live under government siege in the eastern half of Aleppo, which the army began an operation to retake.',
  },
  {
    id: 'ghouta',
    text: 'Up to 400,000 people are believed to live in Eastern Ghouta, which has been under government siege in Syria since 2013.',
  },
  {
    id: 'war',
    text: 'The war in Syria has killed more than 280,000 people, the United Nations says.',
  },
  {
    id: 'sarin',
    text: 'Well over 1,000 people died in the chemical attack in Zamalka in Syria, doctors said.',
  },
];

const index = builtIndex(DOCS);
const matches = (text: string, span: string) => matchesOf(index, text, (c) => c.text === span, '2016-05-02');

describe('a part’s count against the whole’s', () => {
  it.each([
    // The country's count meets the same count, not the counts of one city or one suburb.
    [
      'Close to 600,000 Syrians are living in besieged areas, most of them encircled by government troops.',
      'Close to 600,000',
      [['un', 'agrees']],
    ],
    // Named on both sides, the place makes the two counts rivals.
    [
      'About 150,000 people are still living under siege in eastern Aleppo.',
      'About 150,000',
      [['aleppo', 'conflicts']],
    ],
    // One attack has no parts: where a report places it says which attack, not which part of it.
    [
      'The chemical attack killed more than 1,400 people, the United States says.',
      'more than 1,400',
      [['sarin', 'conflicts']],
    ],
    // The corpus's whole ("Syria", in every document) is no part: the war's tolls stay rivals.
    ['Some 250,000 people have been killed in the Syrian war.', 'Some 250,000', [['war', 'conflicts']]],
  ])('%s', (text, span, expected) => {
    expect(matches(text, span)).toEqual(expected);
  });
});

describe('the whole of a large corpus', () => {
  // Twenty more reports, two of them not about Syria: "Syria" is then in most documents but not in every one.
  const more: CorpusSource[] = Array.from({ length: 20 }, (_, i) => ({
    id: `more-${i}`,
    text:
      i < 2
        ? `Floods in the valley closed road ${i} for a week.`
        : `Shelling in Syria damaged a school in district ${i}, residents said.`,
  }));
  const large = builtIndex([...DOCS, ...more]);

  it('takes a name in most documents for the whole, whose tolls are rivals', () => {
    expect(
      matchesOf(
        large,
        'Some 250,000 people have been killed in the war.',
        (c) => c.text === 'Some 250,000',
        '2016-05-02',
      ),
    ).toEqual([['war', 'conflicts']]);
  });

  it('still takes a city for a part', () => {
    expect(
      matchesOf(
        large,
        'Close to 600,000 Syrians are living in besieged areas, most of them encircled by government troops.',
        (c) => c.text === 'Close to 600,000',
        '2016-05-02',
      ),
    ).toEqual([['un', 'agrees']]);
  });
});

describe('a page’s count of a part against the seeds’ whole', () => {
  // The seeds: "nearly 600,000 Syrians live in besieged areas of Syria"; their document names Aleppo elsewhere,
  // so a page's Aleppo is no unknown name there (see namesClash): only where the page sets its figure tells the
  // two apart.
  const seeds = builtIndex(readCorpusDir('seeds'));
  const seedMatches = (text: string, span: string) =>
    matchesOf(seeds, text, (c) => c.text === span, '2016-05-02');

  it.each([
    [
      'More than 250,000 people live under government siege in the eastern half of Aleppo.',
      'More than 250,000',
    ],
    [
      'The siege of eastern Aleppo, where more than 250,000 people live, is in its third month.',
      'more than 250,000',
    ],
    [
      'Between 250,000 and 300,000 people live in areas held by the opposition in Aleppo.',
      'Between 250,000 and 300,000',
    ],
  ])('%s', (text, span) => {
    expect(seedMatches(text, span)).toEqual([]);
  });

  it.each([
    // The country's count stays the rival of another outlet's.
    ['Some 450,000 Syrians live in besieged areas, the United Nations says.', 'Some 450,000'],
    // A place in a relative clause, or far from the figure, is not where the figure was counted.
    [
      'Some 450,000 Syrians live in besieged areas, which include the city of Aleppo and towns near Damascus.',
      'Some 450,000',
    ],
  ])('%s', (text, span) => {
    expect(seedMatches(text, span)).toEqual([['001_b2556f4a5b9ae9bb', 'conflicts']]);
  });
});

describe('a part its sentence gives by a common noun, against the whole', () => {
  const local = builtIndex([
    ...DOCS,
    {
      id: 'enclave',
      text: 'In Syria, government forces have besieged the enclave since 2013, making conditions dire in the area where some 400,000 people live under siege.',
    },
    {
      id: 'districts',
      text: 'Aid agencies in Syria have raised concern about the fate of more than 200,000 people still living under siege in rebel-held districts.',
    },
  ]);
  const localMatches = (text: string, span: string) =>
    matchesOf(local, text, (c) => c.text === span, '2016-05-02');

  it.each([
    // The country's count: "in Syria" (the corpus's whole) or "of the country" sets it there.
    ['There are currently 592,700 people living under siege in Syria, the report says.', '592,700', []],
    ['Close to 700,000 people live under siege across the country, the report says.', 'Close to 700,000', []],
  ])('%s', (text, span, unwanted) => {
    const found = localMatches(text, span).filter(([doc]) => doc === 'enclave' || doc === 'districts');
    expect(found).toEqual(unwanted);
  });

  it('leaves a count set nowhere the rival of a part', () => {
    const found = localMatches('Some 300,000 people live under siege, the report says.', 'Some 300,000');
    expect(found.filter(([doc]) => doc === 'enclave' || doc === 'districts').length).toBeGreaterThan(0);
  });
});
