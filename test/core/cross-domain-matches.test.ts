/**
 * Pairs from pages on other topics than Syria's war (helper 118's measurement: not one "Sources differ" of 24 was
 * right) and pairs of the same shapes written anew: each page sentence is read against a corpus of one document,
 * and must match as a reader expects. Rivals need evidence of one fact (the same actor, person, span of time and
 * measure); a quoted name or a stock phrase is no statement; an upper bound is no report of a figure far under it.
 * Beside each refused pair stand pairs of the same shape that must still match.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { builtIndex } from './built-index';
import { relationsInOne } from './claim-matches';

/** The relations of the page claim `span`'s matches in a corpus of the one document `corpus`. */
const relations = (page: string, corpus: string, span: string) =>
  relationsInOne(page, corpus, span, '2024-01-01');

describe('rival figures need the same actor, person, span and measure', () => {
  it.each([
    // Two players of one team, two firms of one city: the shared name says where, not who.
    [
      'This season Soucek scored 10 goals for West Ham.',
      'This season Antonio scored 8 goals for West Ham.',
      '10',
      [],
    ],
    [
      'Kane scored 20 goals for Tottenham this season.',
      'Son scored 17 goals for Tottenham this season.',
      '20',
      [],
    ],
    ['In London, Uber has 40,000 drivers.', 'In London, Addison Lee has 35,000 drivers.', '40,000', []],
    ['In Paris, Bolt has 12,000 drivers.', 'In Paris, Heetch has 9,000 drivers.', '12,000', []],
    [
      'West Ham are 3rd in the Premier League table.',
      'Chelsea are 4th in the Premier League table.',
      '3rd',
      [],
    ],
    // The same actors with other figures are rivals.
    [
      'This season Soucek scored 10 goals for West Ham.',
      'This season Soucek scored 8 goals for West Ham.',
      '10',
      ['conflicts'],
    ],
    ['In London, Uber has 40,000 drivers.', 'In London, Uber has 45,000 drivers.', '40,000', ['conflicts']],
    // A name and its initials are one actor.
    [
      'An airstrike on the aid convoy near Aleppo killed 12 Red Crescent volunteers.',
      'Russian warplanes hit the aid convoy escorted by SARC near Aleppo, killing 22 volunteers.',
      '12',
      ['conflicts'],
    ],
    // Sources are no actors: two monitors' tolls are the rivals a reader wants.
    [
      'Airstrikes on Douma killed 25 people on Sunday, the Observatory said.',
      'At least 30 people were killed in airstrikes on Douma on Sunday, activists said.',
      '25',
      ['conflicts'],
    ],
    [
      "The Syrian Observatory for Human Rights says 400,000 people have been killed in Syria's war.",
      "The United Nations says 250,000 people have been killed in Syria's war.",
      '400,000',
      ['conflicts'],
    ],
  ])('%s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });

  it.each([
    // Two unnamed people's ages.
    [
      'The 27-year-old student died after taking diet pills.',
      'The 21-year-old student died after taking diet pills bought online.',
      '27-year-old',
      [],
    ],
    [
      'The 34-year-old nurse was found dead at her home.',
      'The 41-year-old nurse was found dead at her home.',
      '34-year-old',
      [],
    ],
    // One named person's.
    [
      'Tomas Soucek, the 27-year-old midfielder, scored twice on Saturday.',
      'Tomas Soucek, the 28-year-old midfielder, scored twice on Saturday.',
      '27-year-old',
      ['conflicts'],
    ],
  ])('ages: %s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });

  it.each([
    // A day's toll against a running month's or week's.
    [
      'Dozens were killed in Aleppo on Monday.',
      'Hundreds have been killed in Aleppo this month.',
      'Dozens',
      [],
    ],
    [
      'Twelve people were killed in Homs on Tuesday.',
      'At least 30 people have been killed in Homs this week.',
      'Twelve',
      [],
    ],
    // The day a source spoke is no span of its tally: the governor's Monday report of a week's dead.
    [
      'Officials said the Zorblax bridge collapse killed 52 people this week.',
      'The Zorblax bridge collapse killed 47 people, the regional governor said on Monday.',
      '52',
      ['conflicts'],
    ],
    [
      'At least 30 people have been killed in Homs this week.',
      'Twelve people were killed in Homs, the governor told reporters on Tuesday.',
      'At least 30',
      ['conflicts'],
    ],
    // Two tallies of one span.
    [
      'Dozens were killed in Aleppo on Monday.',
      'Hundreds were killed in Aleppo on Monday.',
      'Dozens',
      ['conflicts'],
    ],
    [
      'At least 40 people have been killed in Aleppo this month.',
      'More than 60 people have been killed in Aleppo this month.',
      'At least 40',
      ['conflicts'],
    ],
  ])('spans: %s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });

  it.each([
    // One unit, two measures: what each sentence says of it is not in the other.
    [
      'Con Edison maintains 4,300 miles of gas mains in New York City.',
      "Con Edison has begun replacing the city's nearly 1,600 miles of old gas lines in New York City.",
      '4,300 miles',
      [],
    ],
    [
      'Thames Water maintains 5,000 miles of sewers in London.',
      'Thames Water is relining 2,000 miles of old sewers in London.',
      '5,000 miles',
      [],
    ],
    [
      'In the GitLab survey, 74% of respondents said they wanted to consolidate their toolchain.',
      'In the GitLab survey, 49% of respondents said they fear AI will replace their role.',
      '74%',
      [],
    ],
    [
      'The MDMA sample from the Barcelona lab was 85 percent pure.',
      'Cocaine and MDMA make up about 70 percent of the samples the Barcelona lab tests.',
      '85 percent',
      [],
    ],
    // A hedged round measure of another thing agrees no more than a rival; its unit is no shared word.
    [
      'Along the city’s roughly 6,500 miles of water mains, there are typically between 400 and 600 breaks a year.',
      'Still, the department is continually resurfacing the city’s more than 6,000 miles of streets.',
      'roughly 6,500 miles',
      [],
    ],
    [
      'Along the city’s roughly 6,500 miles of water mains, there are hundreds of breaks a year.',
      'The city has more than 6,000 miles of water mains, and hundreds break every year.',
      'roughly 6,500 miles',
      ['agrees'],
    ],
    // The same measure.
    [
      'In the GitLab survey, 74% of respondents said they wanted to consolidate their toolchain.',
      'In the GitLab survey, 64% of respondents said they wanted to consolidate their toolchain.',
      '74%',
      ['conflicts'],
    ],
    [
      'The GitLab survey found that 74% of respondents want to consolidate their toolchains.',
      'In the GitLab survey, 64% of respondents said they wanted to consolidate their toolchain.',
      '74%',
      ['conflicts'],
    ],
    [
      'Con Edison maintains 4,300 miles of gas mains in New York City.',
      'Con Edison maintains about 4,000 miles of gas mains in New York City.',
      '4,300 miles',
      ['vaguer'],
    ],
    // A round sum of another thing does not agree; the same thing's does.
    [
      "Lupita Nyong'o's Oscar dress, worth $150,000, was stolen.",
      'The Oscar gift bag is worth $150,000 this year.',
      '$150,000',
      [],
    ],
    [
      "Lupita Nyong'o's Oscar dress, worth $150,000, was stolen.",
      "The $150,000 Oscar dress worn by Lupita Nyong'o was stolen from her hotel room.",
      '$150,000',
      ['agrees'],
    ],
    // Nor is a sum of another thing the same sum told more or less exactly; two yearly sums share only "a year".
    [
      'And he argued asylum cost £2bn a year for 14,000 successful applicants.',
      'Mr Lewis wants an inquiry into regional development agencies which cost £1.8bn a year.',
      '£2bn',
      [],
    ],
    [
      'The new stadium will cost £2bn over the next five years.',
      'A report on the 20 biggest defence projects says costs have risen by £1.7bn in the past year.',
      '£2bn',
      [],
    ],
    [
      'He argued that caring for asylum seekers cost the country £2bn a year.',
      'Mr Kilroy Silk said asylum seekers cost the taxpayer £1.8bn a year.',
      '£2bn',
      ['more-precise'],
    ],
    [
      'He is promising to levy a modest increase on earnings over £100,000 a year to finance his pledges.',
      'Mr Kennedy outlined his plan to impose a 50% income tax rate on earnings over £100,000 a year.',
      'over £100,000',
      ['agrees'],
    ],
  ])('measures: %s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });
});

describe('an upper bound is no report of a figure far under it', () => {
  it.each([
    [
      'A country club may charge as much as $2,000 for room rental.',
      'For every $1000 invested in a room, the hotel should charge $1 in average daily rate.',
      'as much as $2,000',
      [],
    ],
    [
      'The hotel may charge as much as $400 for a night in June.',
      'The hotel charges $250 for a night in June.',
      'as much as $400',
      [],
    ],
    [
      'Up to 400,000 people have been killed in the war, the group said.',
      'The war has killed 350,000 people, the group said.',
      'Up to 400,000',
      ['agrees'],
    ],
  ])('%s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });
});

describe('quotes that are no statement', () => {
  const quoted = (page: string, corpus: string) => {
    const index = builtIndex([{ id: 'doc', text: `${corpus}\n` }]);
    return extractClaims(page, { referenceDate: '2024-01-01' })
      .filter((c) => c.kind === 'quote')
      .flatMap((c) => matchClaim(index, c).matches.map((m) => m.relation));
  };
  it.each([
    // A phrase two people use for two things.
    [
      'Critics called the new law "a step in the right direction" for privacy.',
      'The mayor called the new budget "a step in the right direction" for the city.',
      [],
    ],
    [
      'Unions called the pension reform "a slap in the face" for workers.',
      'Fans called the ticket price rise "a slap in the face" for supporters.',
      [],
    ],
    // A stock phrase its source goes on with.
    [
      '"I would prefer not to," he said, and returned to his desk.',
      '"I would prefer not to quit you," he replied, and went back to his desk.',
      [],
    ],
    [
      '"I am not sure," she said, looking at the sea.',
      '"I am not sure we can win," he said, looking at the board.',
      [],
    ],
    // Names and identifiers.
    [
      '"Super Mario Run" is divided into hand-crafted levels.',
      'In case you haven\'t heard, "Super Mario Run" is essentially an endless runner.',
      [],
    ],
    [
      '"Grand Theft Auto" sold millions of copies in its first week.',
      'My brother plays "Grand Theft Auto" every night after school.',
      [],
    ],
    [
      'Set the header "Content-Type" to "application/json" first.',
      'The server replies with "Content-Type" set to "application/json".',
      [],
    ],
    [
      'Set the "http://remotestorage.io/spec/version" property to the version string.',
      'This document registers the following properties: "http://remotestorage.io/spec/version".',
      [],
    ],
    [
      'Set the "X-Request-Id" header on every call.',
      'The proxy adds "X-Request-Id" to every request it forwards.',
      [],
    ],
    // Statements, and a label of one thing, still match.
    [
      'Kerry said on Friday: "Our patience is not infinite."',
      'Kerry told reporters in Geneva: "Our patience is not infinite."',
      ['agrees'],
    ],
    [
      'Darwish described the bombing in Douma as a "war crime".',
      'Darwish called the Douma attack a "war crime".',
      ['agrees'],
    ],
    [
      'Critics called the new privacy law "a step in the right direction".',
      'Privacy groups called the new privacy law "a step in the right direction" on Tuesday.',
      ['agrees'],
    ],
    // A title both name in sentences that say the same of it.
    [
      'The exhibit, titled "The World of Tomorrow," opened at the museum in 1939.',
      'The museum\'s 1939 exhibit "The World of Tomorrow" drew huge crowds.',
      ['agrees'],
    ],
  ])('%s / %s → %j', (page, corpus, expected) => {
    expect(quoted(page, corpus)).toEqual(expected);
  });
});
