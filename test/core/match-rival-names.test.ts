/**
 * The same figure or date in the same words about another actor: "the Springfield utility reported 1,250 leaks
 * in January" is not the Riverton utility's report, however many words the sentences share. Named actors on
 * both sides that have nothing in common keep such a pair apart; a sentence that names nothing, or names only
 * in a modifier ("Japanese-built"), is judged as before.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { actorNames, sentenceNames } from '../../src/core/match/names';
import { sameName } from '../../src/core/match/same-name';
import { terms } from '../../src/core/text/terms';
import { builtIndex } from './built-index';
import { datedMatchesOf, matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  {
    id: 'utility',
    text:
      'Leaks rose sharply this winter.\n\n' +
      'The Riverton utility reported 1,250 leaks in January, most of them minor.\n\n' +
      'Crews replaced old cast-iron pipe across the city.\n\n' +
      '“We cannot keep patching pipes that are a century old,” said Maria Lopez, the utility’s chief engineer.',
  },
  {
    id: 'transit',
    text:
      'Harbor City Transit carried 84 million riders in 2019, its busiest year.\n\n' +
      'Harbor City Transit spent $2.3 billion on new rail cars over the past decade.',
  },
  {
    id: 'fishery',
    text:
      'The Bering Sea crab fishery was closed in October 2022 after the population collapsed.\n\n' +
      'Scientists blamed warming water for the collapse.',
  },
  {
    id: 'economy',
    text:
      'The economy expanded at an annualized rate of 4.2 percent in the second quarter.\n\n' +
      'Economists at the Federal Reserve expect growth to slow.',
  },
];

const index = builtIndex(DOCS);

const matches = (text: string, span: string) => matchesOf(index, text, (c) => c.text === span, '2023-06-01');

describe('figures and dates about rival actors', () => {
  it.each([
    // Another city's utility, another system, another fishery: the same words, other actors.
    ['The Springfield utility reported 1,250 leaks in January.', '1,250', []],
    ['The Springfield utility reported 1,250 leaks in January.', 'January', []],
    ['The Lakeview transit agency carried 84 million riders in 2019, its busiest year.', '84 million', []],
    [
      'The Lakeview transit agency spent $2.3 billion on new rail cars over the past decade.',
      '$2.3 billion',
      [],
    ],
    [
      'The Gulf of Maine shrimp fishery was closed in October 2022 after the population collapsed.',
      'October 2022',
      [],
    ],
    // A corpus sentence that names no one is about its document's actors.
    [
      'Canada’s economy expanded at an annualized rate of 4.2 percent in the second quarter.',
      '4.2 percent',
      [],
    ],
    // Names that share a word are still two names.
    ['Lakeview Metro Transit carried 84 million riders in 2019, its busiest year.', '84 million', []],
    // The same actors in other words.
    ['The Riverton utility logged 1,250 leaks in January.', '1,250', [['utility', 'agrees']]],
    ['Harbor City Transit carried 84 million riders in 2019.', '84 million', [['transit', 'agrees']]],
    // Part of the corpus's name is the same name.
    [
      'The Harbor City agency carried 84 million riders in 2019, its busiest year.',
      '84 million',
      [['transit', 'agrees']],
    ],
    ['The Bering Sea snow crab fishery closed in October 2022.', 'October 2022', [['fishery', 'agrees']]],
    // No actor named on the page: the other checks decide, as before.
    [
      'The agency carried 84 million riders in 2019, its busiest year.',
      '84 million',
      [['transit', 'agrees']],
    ],
    // Nor is the source a report is credited to…
    [
      'The economy expanded at an annualized rate of 4.2 percent in the second quarter, Reuters reported.',
      '4.2 percent',
      [['economy', 'agrees']],
    ],
    [
      'According to the Commerce Department, the economy expanded at an annualized rate of 4.2 percent in the second quarter.',
      '4.2 percent',
      [['economy', 'agrees']],
    ],
    // …or a name in a modifier.
    [
      'The agency spent $2.3 billion on new, Japanese-built rail cars over the past decade.',
      '$2.3 billion',
      [['transit', 'agrees']],
    ],
  ])('%s (%s) → %j', (text, span, expected) => {
    expect(matches(text, span)).toEqual(expected);
  });
});

describe('quotes about rival actors', () => {
  const quoteMatches = (text: string) => matchesOf(index, text, (c) => c.kind === 'quote', '2023-06-01');
  it.each([
    // The same words, said by someone the corpus's passage does not name.
    [
      'Harbor City’s transit chief, Tom Reyes, said “we cannot keep patching pipes that are a century old.”',
      [],
    ],
    // The same speaker, or none named.
    [
      'Maria Lopez warned that “we cannot keep patching pipes that are a century old.”',
      [['utility', 'agrees']],
    ],
    ['“We cannot keep patching pipes that are a century old,” an engineer said.', [['utility', 'agrees']]],
  ])('%s → %j', (text, expected) => {
    expect(quoteMatches(text)).toEqual(expected);
  });
});

describe('actorNames', () => {
  it.each([
    ['Rebels held the town, Western-backed officials said.', []],
    ['The Kremlin-funded channel quoted Mr. Lavrov.', [terms('Lavrov')]],
    ['Fighters from Idlib, Turkish-trained and well armed, crossed the border.', [terms('Idlib')]],
    ['The talks in Geneva stalled.', [terms('Geneva')]],
    // Sources are no actors; a sentence's first name stays one even when it speaks.
    ['Growth slowed, the Commerce Department said.', []],
    ['Growth slowed, according to the Commerce Department.', []],
    ['Shares of Acme Corp fell, Reuters reported.', [terms('Acme Corp')]],
    ['Shares fell, said Reuters.', []],
    ['Kerry said the United States would send 50 advisers.', [terms('United States')]],
    ['The Acme Corp board told Reuters that shares fell.', [terms('Acme Corp')]],
    ['Shares of Acme Corp fell, Acme Corp said.', [terms('Acme Corp')]],
    // A source the report is credited to, wherever it sits.
    ['A source at Aleppo Police Command said that rockets hit the Midan district.', [terms('Midan')]],
    ['Sources in Damascus said the convoy reached Madaya.', [terms('Madaya')]],
    // An institution's name in two parts is credited whole; one that acts stays an actor whole.
    ['The toll in Quria rose to 82, the Syrian Observatory for Human Rights said.', [terms('Quria')]],
    [
      'The Ministry of Defence said its jets struck Raqqa.',
      [terms('Ministry'), terms('Defence'), terms('Raqqa')],
    ],
    // The owner of a count is its source.
    ["The Observatory's toll for Quria was later raised to 82.", [terms('Quria')]],
    ["The UN's latest estimate puts the dead at 400,000 in Syria.", [terms('Syria')]],
    ["Russia's jets struck Idlib.", [terms('Russia'), terms('Idlib')]],
    // A wire dateline names where the story was filed and who filed it, wherever a scraped page ran it in.
    [
      'Deal Reaches 207 MOSCOW (Sputnik) at least six died in Damascus.',
      [terms('Deal Reaches'), terms('Damascus')],
    ],
    ['BEIRUT, Lebanon (Reuters) at least six died in Damascus.', [terms('Damascus')]],
    // Capitals before a bracket that is no agency are a name as any other.
    ['Fighters of ISIL (Daesh) held Raqqa.', [terms('ISIL'), terms('Raqqa')]],
  ])('%s → %j', (sentence, expected) => {
    expect(actorNames(sentence)).toEqual(expected);
  });
});

describe('sentenceNames', () => {
  it.each([
    // A word after a closing quote mark continues the sentence; after an opening one it starts a quotation.
    ['"The toll is rising," WHO said in a statement.', [terms('WHO')]],
    ['"The toll is rising" Acme Corp said.', [terms('Acme Corp')]],
    ['He said "Shares will fall" and left.', []],
    // An Arabic place name is read whole across its article; a person's keeps its parts.
    ['Jets hit Bab al-Nasr and Deir ez-Zor.', [terms('Bab Nasr'), terms('Deir Zor')]],
    ['Officials met Bashar al-Assad.', [terms('Bashar'), terms('Assad')]],
  ])('%s → %j', (sentence, expected) => {
    expect(sentenceNames(sentence)).toEqual(expected);
  });
});

describe('sameName', () => {
  const name = (text: string) => sentenceNames(`Officials said ${text} agreed.`)[0] ?? [];
  it.each([
    ['the Observatory', 'the Syrian Observatory', true],
    ['Assad', 'President Bashar Assad', true],
    ['Harbor City', 'Harbor City Transit', true],
    ['Harbor City Transit', 'Lakeview Metro Transit', false],
    ['Mayor Jim Kenney', 'Mayor Bill Smith', false],
    ['Geneva', 'Vienna', false],
    ['Hurricane Orla', 'Hurricane Marisol', false],
    // Transliterations of one Arabic name differ in vowels and doubled letters; short names keep their letters.
    ['Khan Sheikhun', 'Khan Shaikhoun', true],
    ['Mayadin', 'Mayadeen', true],
    ['Maaret Al Numan', 'Maarat Numan', true],
    ['Maaret Al Numan', 'Maaret Alartiq', false],
    ['Asad', 'Assad', false],
    ['Paris', 'Peres', false],
    // Two districts that share only the word for a gate; one city written from Arabic three ways.
    ['Bab al-Nasr', 'Bab al-Maqam', false],
    ['Bab Touma', 'Bab Tuma', true],
    ['Deir ez-Zor', 'Deir Ezzor', true],
    ['Deir ez-Zor', 'Deir al-Zour', true],
    ['Deir ez-Zor', 'Deir', true],
    ['Tal Abyad', 'Tal Rifaat', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(sameName(name(a), name(b))).toBe(expected);
    expect(sameName(name(b), name(a))).toBe(expected);
  });
});

describe('another event of the same kind', () => {
  // A user's corpus on one hurricane; a page on another storm shares its kind, its category and its words.
  const index = builtIndex([
    {
      id: 'ledger',
      text:
        'Hurricane Marisol made landfall near Cedar Key on September 9 as a Category 4 hurricane with winds of 140 mph.\n\n' +
        'The death toll from Hurricane Marisol rose to 41 on Wednesday, state officials said.\n\n' +
        'About 1.2 million homes and businesses were without power at the height of the storm.',
    },
    {
      id: 'wire',
      text: 'At least 45 people were killed by Hurricane Marisol, according to a tally of county medical examiners.',
    },
  ]);
  const matches = (text: string, span: string) =>
    matchesOf(index, text, (c) => c.text === span, '2025-09-11').map(
      ([doc, relation]) => `${doc}:${relation}`,
    );
  it.each([
    // The kind of event in a name ("Hurricane …"), first word or not, and a category are no shared name.
    ['Hurricane Orla has killed 41 people in Texas, the county medical examiner said.', '41', []],
    ['Texas officials said Hurricane Orla has killed 41 people.', '41', []],
    ['Orla came ashore near Matagorda as a Category 4 storm with winds of 140 mph.', '140', []],
    ['Orla, a Category 4 storm, knocked out power to 1.2 million homes and businesses.', '1.2 million', []],
    // The same storm, by its name.
    ['Hurricane Marisol has killed 43 people in Florida.', '43', ['ledger:conflicts', 'wire:conflicts']],
    ['Marisol came ashore near Cedar Key with winds of 140 mph.', '140', ['ledger:agrees']],
  ])('%s (%s)', (text, span, expected) => {
    expect(matches(text, span).sort()).toEqual(expected);
  });
});

describe('two places that share a word', () => {
  // The document names both towns; its toll is Maaret Alartiq's, which only shares "Maaret" with the page's town.
  const index = builtIndex([
    {
      id: 'raids',
      text:
        'Jets bombed the town of Maaret Alartiq on Monday, killing at least 21 civilians.\n\n' +
        'Maaret Al Numan, further south, was shelled last week.',
    },
  ]);
  it.each([
    ['Strikes killed at least 37 civilians in Maaret Al Numan on Monday.', 'at least 37', []],
    [
      'Strikes killed at least 37 civilians in Maaret Alartiq on Monday.',
      'at least 37',
      [['raids', 'conflicts']],
    ],
  ])('%s', (text, span, expected) => {
    expect(matchesOf(index, text, (c) => c.text === span, '2016-06-01')).toEqual(expected);
  });
});

describe('two districts named with the same word for a gate', () => {
  // A corpus of a war's reports, where the city is named by many (as Aleppo is in FA-KES) and anchors no rival toll.
  const reports: CorpusSource[] = Array.from({ length: 20 }, (_, i) => ({
    id: `report-${i}`,
    text: `Market\n\nResidents of ${i % 2 ? 'Aleppo' : 'Homs'} queued for bread in the old market.`,
    meta: { date: '2016-06-01' },
  }));
  const index = builtIndex([
    ...reports,
    {
      id: 'maqam',
      text: 'Aleppo\n\nRegime airstrikes killed 20 civilians on Monday in the Bab al-Maqam neighborhood of Aleppo.',
      meta: { date: '2016-07-12' },
    },
  ]);
  it.each([
    ['Air raids killed 11 civilians on Monday in the Bab al-Nasr area of Aleppo.', []],
    [
      'Air raids killed 11 civilians on Monday in the Bab al-Maqam neighbourhood of Aleppo.',
      [['maqam', 'conflicts']],
    ],
  ])('%s', (text, expected) => {
    expect(matchesOf(index, text, (c) => c.text === '11', '2016-07-12')).toEqual(expected);
  });
});

describe('rival dates that share only names', () => {
  const index = builtIndex([
    {
      id: 'kurds',
      text: 'Kurds\n\nKurdish forces in Syria have been battling IS since 2014.',
      meta: { date: '2016-04-14' },
    },
    {
      id: 'shield',
      text: 'Shield\n\nTurkey launched Operation Euphrates Shield on 24 August 2016 to push IS from its border.',
      meta: { date: '2016-09-01' },
    },
  ]);
  it.each([
    // Another event of the same people, told by no shared word of what happened: no rival.
    [
      'The strikes benefit Kurdish groups which had in 2013 declared autonomous administrations in Syria.',
      '2013',
      [],
    ],
    // The same event with another year is one.
    ['Kurdish forces in Syria have been battling IS since 2013.', '2013', [['kurds', 'conflicts']]],
    // Dates that agree may share only the event's name.
    ['Operation Euphrates Shield began on 24 August 2016.', '24 August 2016', [['shield', 'agrees']]],
  ])('%s', (text, span, expected) => {
    expect(datedMatchesOf(index, text, span, '2017-04-04')).toEqual(expected);
  });
});
