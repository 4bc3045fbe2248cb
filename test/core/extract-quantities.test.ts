import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import type { Claim, QuantityValue } from '../../src/core/types';

const REF = { referenceDate: '2016-06-01' };

function quantities(text: string): (Claim & { value: QuantityValue })[] {
  return extractClaims(text, REF).filter(
    (c): c is Claim & { value: QuantityValue } => c.value.type === 'quantity',
  );
}

interface Case {
  text: string;
  span: string;
  low: number;
  high: number;
  nominal?: number;
  qualifier?: string;
  unit?: string;
  of?: number;
  vague?: boolean;
  /** QuantityValue.reach; absent means none. */
  reach?: number;
  subject?: string[];
}

const cases: Case[] = [
  {
    // Thousands set off by a no-break space (French typography) or a narrow one (SI).
    text: 'Plus de 280\u00a0000 morts, and more than 1\u202f200\u202f000 people displaced.',
    span: 'more than 1\u202f200\u202f000',
    low: 1_200_000,
    high: 1_440_000,
    nominal: 1_200_000,
    qualifier: 'more-than',
    subject: ['peopl', 'displac'],
  },
  {
    // A no-break space after four digits joins no groups: two figures, as a table row scraped into text has them.
    text: 'Aleppo 1500\u00a0300 people were displaced.',
    span: '300',
    low: 300,
    high: 300,
    nominal: 300,
    subject: ['peopl', 'displac'],
  },
  {
    text: 'Officials said 280\u00a0000 people had been killed.',
    span: '280\u00a0000',
    low: 280_000,
    high: 280_000,
    nominal: 280_000,
    subject: ['peopl', 'kill'],
  },
  {
    text: 'More than 280,000 people have been killed since 2011.',
    span: 'More than 280,000',
    low: 280_000,
    high: 336_000,
    nominal: 280_000,
    qualifier: 'more-than',
    subject: ['peopl', 'kill'],
  },
  // A hedge on a figure written to its units says the count is not final, not that it is a round guess.
  {
    text: 'The UN says some 282,451 people have been killed.',
    span: 'some 282,451',
    low: 279_626,
    high: 285_276,
    qualifier: 'some',
  },
  {
    text: 'The UN says some 280,000 people have been killed.',
    span: 'some 280,000',
    low: 252_000,
    high: 308_000,
    qualifier: 'some',
    vague: true,
  },
  // A toll that goes past a figure is above it; "the past 24 hours" is a period.
  {
    text: 'The death toll from the earthquake climbs past 650.',
    span: 'past 650',
    low: 650,
    high: 780,
    qualifier: 'more-than',
  },
  {
    text: 'The war’s toll topped 300,000 last year.',
    span: 'topped 300,000',
    low: 300_000,
    high: 360_000,
    qualifier: 'more-than',
  },
  {
    text: 'In the past 24 hours, 12 people died.',
    span: '24 hours',
    low: 24,
    high: 24,
    unit: 'hour',
  },
  {
    text: "Syria's war has killed more than 280,000 people.",
    span: 'more than 280,000',
    low: 280_000,
    high: 336_000,
    qualifier: 'more-than',
    subject: ['peopl', 'kill'],
  },
  {
    text: 'The UN says nearly 600,000 Syrians live in besieged areas of Syria.',
    span: 'nearly 600,000',
    low: 540_000,
    high: 600_000,
    qualifier: 'nearly',
    subject: ['syria', 'besieg', 'area'],
  },
  {
    text: 'Aid reached 15 of 18 besieged areas.',
    span: '15 of 18',
    low: 15,
    high: 15,
    of: 18,
    subject: ['besieg', 'area'],
  },
  {
    text: 'Damascus has granted preliminary aid access to 15 of the 18 besieged areas.',
    span: '15 of the 18',
    low: 15,
    high: 15,
    of: 18,
    subject: ['besieg', 'area'],
  },
  {
    text: 'Convoys reached 15 out of 18 towns under siege.',
    span: '15 out of 18',
    low: 15,
    high: 15,
    of: 18,
    subject: ['town'],
  },
  {
    text: 'Strikes hit three of the five hospitals in Aleppo.',
    span: 'three of the five',
    low: 3,
    high: 3,
    of: 5,
    subject: ['aleppo'],
  },
  { text: 'Two out of three voters backed the deal.', span: 'Two out of three', low: 2, high: 2, of: 3 },
  {
    text: 'Aid reached one of the 18 besieged areas.',
    span: 'one of the 18',
    low: 1,
    high: 1,
    of: 18,
    subject: ['besieg', 'area'],
  },
  {
    text: 'At least 30 people, five of them children, were killed in raids.',
    span: 'At least 30',
    low: 30,
    high: 45,
    qualifier: 'at-least',
    subject: ['peopl', 'kill'],
  },
  {
    text: 'At least 30 people, five of them children, were killed in raids.',
    span: 'five',
    low: 5,
    high: 5,
    subject: ['children', 'kill'],
  },
  {
    text: 'The budget is 1.2 million dollars for the clinics.',
    span: '1.2 million dollars',
    low: 1_150_000,
    high: 1_250_000,
    nominal: 1_200_000,
    unit: 'usd',
  },
  {
    text: 'Officials announced a three-week pause in the talks.',
    span: 'three-week',
    low: 3,
    high: 3,
    unit: 'week',
    subject: ['paus'],
  },
  // Decades are read in years, so "nearly two decades" and "nearly 20 years" compare.
  {
    text: 'The blockade has lasted nearly two decades.',
    span: 'nearly two decades',
    low: 18,
    high: 20,
    nominal: 20,
    qualifier: 'nearly',
    unit: 'year',
  },
  // A year between the figure and what it is about does not end the words before it.
  {
    text: 'Amazon bought Whole Foods in 2017 for $13.7 billion.',
    span: '$13.7 billion',
    low: 13_650_000_000,
    high: 13_750_000_000,
    unit: 'usd',
    subject: ['food'],
  },
  // Ages are read in years, however they are written.
  {
    text: 'Police arrested a 40-year-old man in the city.',
    span: '40-year-old',
    low: 40,
    high: 40,
    unit: 'year',
  },
  {
    text: 'President Robert Mugabe, 93, will stand again.',
    span: '93',
    low: 93,
    high: 93,
    unit: 'year',
    subject: ['mugab'],
  },
  { text: 'The victim, aged 19, died in hospital.', span: '19', low: 19, high: 19, unit: 'year' },
  {
    text: 'A cease-fire for 24 hours around the capital.',
    span: '24 hours',
    low: 24,
    high: 24,
    unit: 'hour',
  },
  {
    text: 'It was the 52nd Munich Security Conference.',
    span: '52nd',
    low: 52,
    high: 52,
    unit: 'ordinal',
    subject: ['munich'],
  },
  { text: 'Turnout fell to 43.5% in the capital.', span: '43.5%', low: 43.5, high: 43.5, unit: 'percent' },
  { text: 'Unemployment rose to 5 percent last year.', span: '5 percent', low: 5, high: 5, unit: 'percent' },
  {
    text: 'The battle has claimed dozens of lives.',
    span: 'dozens',
    low: 24,
    high: 99,
    vague: true,
    subject: ['kill'],
  },
  {
    text: 'Attacks left hundreds dead and more injured.',
    span: 'hundreds',
    low: 200,
    high: 999,
    vague: true,
    subject: ['kill'],
  },
  {
    text: 'Thousands of lives are at stake.',
    span: 'Thousands',
    low: 2000,
    high: 9999,
    reach: 99_999,
    vague: true,
    subject: ['kill'],
  },
  {
    text: 'The war displaced millions of Syrians.',
    span: 'millions',
    low: 2_000_000,
    high: 9_999_999,
    reach: 99_999_999,
    vague: true,
    subject: ['syria', 'displac'],
  },
  {
    text: 'Hundreds of thousands of people fled.',
    span: 'Hundreds of thousands',
    low: 200_000,
    high: 999_999,
    vague: true,
  },
  {
    text: 'Tens of thousands of protesters marched.',
    span: 'Tens of thousands',
    low: 20_000,
    high: 99_999,
    vague: true,
    subject: ['protest'],
  },
  {
    text: 'Some 300 families returned home.',
    span: 'Some 300',
    low: 270,
    high: 330,
    qualifier: 'some',
    vague: true,
    subject: ['famili'],
  },
  {
    text: 'An estimated 4,000 fighters remain.',
    span: 'An estimated 4,000',
    low: 3600,
    high: 4400,
    qualifier: 'estimated',
    vague: true,
  },
  {
    text: 'Up to 50 civilians were wounded.',
    span: 'Up to 50',
    low: 25,
    high: 50,
    qualifier: 'up-to',
    subject: ['civilian', 'injur'],
  },
  {
    text: 'About 2,000 troops were deployed.',
    span: 'About 2,000',
    low: 1800,
    high: 2200,
    qualifier: 'about',
    subject: ['soldier'],
  },
  {
    text: 'Fewer than 100 doctors remain in the city.',
    span: 'Fewer than 100',
    low: 80,
    high: 100,
    qualifier: 'less-than',
    subject: ['doctor'],
  },
  {
    text: 'Between 10 and 15 people were arrested.',
    span: 'Between 10 and 15',
    low: 10,
    high: 15,
    vague: true,
    subject: ['peopl', 'arrest'],
  },
  { text: 'Police detained 10-15 protesters.', span: '10-15', low: 10, high: 15, vague: true },
  // A range in money repeats the currency sign.
  {
    text: 'Fresh halibut sells for $24 to $28 a pound.',
    span: '$24 to $28',
    low: 24,
    high: 28,
    vague: true,
    unit: 'usd',
  },
  {
    text: 'Fishermen are paid between $5 and $6 a pound.',
    span: 'between $5 and $6',
    low: 5,
    high: 6,
    vague: true,
    unit: 'usd',
  },
  { text: 'Tickets cost £5-£6 at the door.', span: '£5-£6', low: 5, high: 6, vague: true, unit: 'gbp' },
  // "By" gives a change, and "to" the level it reached: two figures, no range.
  {
    text: 'The number of Europeans online rose by 12% to 100 million over the past year.',
    span: '100 million',
    low: 99_500_000,
    high: 100_500_000,
    subject: ['european', 'onlin'],
  },
  {
    text: 'Prices will be cut by 10 to 15 percent.',
    span: '10 to 15 percent',
    low: 10,
    high: 15,
    vague: true,
    unit: 'percent',
  },
  { text: 'Two hundred and fifty people attended.', span: 'Two hundred and fifty', low: 250, high: 250 },
  {
    text: 'The fund holds $5bn in reserves.',
    span: '$5bn',
    low: 4_500_000_000,
    high: 5_500_000_000,
    unit: 'usd',
  },
  {
    text: 'A dozen soldiers were hurt.',
    span: 'A dozen',
    low: 10,
    high: 14,
    vague: true,
    subject: ['soldier', 'injur'],
  },
  {
    text: 'Several hundred families fled the town.',
    span: 'Several hundred',
    low: 300,
    high: 900,
    vague: true,
  },
  // A fraction before a scale word is part of the figure, not "a million" on its own.
  {
    text: 'The war has killed a quarter of a million people.',
    span: 'a quarter of a million',
    low: 250_000,
    high: 250_000,
  },
  { text: 'Half a million people have fled.', span: 'Half a million', low: 500_000, high: 500_000 },
  {
    text: 'Three quarters of a million people fled.',
    span: 'Three quarters of a million',
    low: 750_000,
    high: 750_000,
  },
  {
    text: 'Two-thirds of a million people fled.',
    span: 'Two-thirds of a million',
    low: 666_667,
    high: 666_667,
  },
  { text: 'A quarter million people fled.', span: 'A quarter million', low: 250_000, high: 250_000 },
  {
    text: 'One and a half million people fled.',
    span: 'One and a half million',
    low: 1_500_000,
    high: 1_500_000,
  },
  { text: 'Half a dozen people were hurt.', span: 'Half a dozen', low: 6, high: 6 },
  {
    // The second figure of a change is of what the first's clause names.
    text: 'Its second-quarter revenue climbed 12% to $4.2 billion.',
    span: '$4.2 billion',
    low: 4_150_000_000,
    high: 4_250_000_000,
    nominal: 4_200_000_000,
    unit: 'usd',
    subject: ['rise', 'revenu', 'quarter'],
  },
  // So with a comma, or a scale word, between the two.
  {
    text: 'Turnover rose 4.3%, to £1.97bn.',
    span: '£1.97bn',
    low: 1_965_000_000,
    high: 1_975_000_000,
    unit: 'gbp',
    subject: ['rise', 'turnov'],
  },
  {
    text: 'Mobile phone users grew by 1.4 million to 44.9 million, overtaking landlines.',
    span: '44.9 million',
    low: 44_850_000,
    high: 44_950_000,
    subject: ['rise', 'user', 'phone'],
  },
];

describe('quantities', () => {
  it.each(cases)('$span in "$text"', (c) => {
    const found = quantities(c.text).find((q) => q.text === c.span);
    expect(found, JSON.stringify(quantities(c.text).map((q) => q.text))).toBeDefined();
    if (!found) return;
    expect(c.text.slice(found.start, found.end)).toBe(c.span);
    expect(found.value.low).toBeCloseTo(c.low, 6);
    expect(found.value.high).toBeCloseTo(c.high, 6);
    if (c.nominal !== undefined) expect(found.value.nominal).toBe(c.nominal);
    expect(found.value.qualifier).toBe(c.qualifier);
    expect(found.value.unit).toBe(c.unit);
    expect(found.value.of).toBe(c.of);
    expect(Boolean(found.value.vague)).toBe(Boolean(c.vague));
    expect(found.value.reach).toBe(c.reach);
    for (const term of c.subject ?? []) expect(found.subject).toContain(term);
    expect(found.sentence).toContain(c.span);
  });

  // A part of a group counts what follows it: the group's own words belong to the group's figure.
  it.each([
    ['At least 30 people, five of them children, were killed.', 'five', 'children', 'peopl'],
    ['Ten people, including four children, died in the raid.', 'four', 'children', 'peopl'],
    ['The strike killed 40 fighters, 12 of whom were foreigners.', '12', 'foreign', 'fighter'],
    ['The protesters were detained, among them 3 doctors.', '3', 'doctor', 'protest'],
  ])('%s: “%s” counts %s, not %s', (text, span, counted, group) => {
    const found = quantities(text).find((q) => q.text === span);
    expect(found?.subject).toContain(counted);
    expect(found?.subject).not.toContain(group);
  });
  it.each([
    ['In Aleppo, 45 people died overnight.', '45', 'aleppo'],
    ['Syria’s war has killed more than 280,000 people.', 'more than 280,000', 'war'],
  ])('%s: “%s” keeps the words before it (%s)', (text, span, before) => {
    expect(quantities(text).find((q) => q.text === span)?.subject).toContain(before);
  });

  const negatives: [string, string][] = [
    ['Page 2 of 5', 'page numbers'],
    ['It violates Title 18 of the US Code.', 'titles of a code'],
    ['Call 555-123-4567 or (202) 555-0100 today.', 'phone numbers'],
    ['Leeds drew 2-2 with Hull, then won 3–1 as 5,000-1 outsiders.', 'scores and odds'],
    ['The meeting starts at 10:30 in Geneva.', 'clock times'],
    ['Doors open at 9 am and close at 5 p.m. each day.', 'clock times with am/pm'],
    ['Upgrade to v2.1 or version 3 of the app, build 2.1.3.', 'versions'],
    ['Commit a3f9c2e1 fixed issue #42 in the A320 code.', 'ids and hashes'],
    ['The 4G network and COVID-19 rules.', 'codes glued to letters'],
    ['Order 12345678901234567890 shipped.', 'over-long digit runs'],
    ['1. First item\n2. Second item', 'list markers'],
    ['The 2016 election was close.', 'bare years'],
    ['No one came, and one of them left.', '"one" as a pronoun'],
    ['They will talk in a week or two.', '"or two" idiom'],
    ['Israel has held the Golan Heights since the Six Day War and annexed them later.', 'a name'],
    ['Israel has held the Golan Heights since the Six-Day War and annexed them later.', 'a hyphenated name'],
    ['Delegates stayed at the Four Seasons Hotel, according to the organisers.', 'a hotel'],
    // A capitalised unit goes on a name even where the number's capital proves nothing (a table cell, a line's start).
    ['Ninety Mile Beach', 'a beach named by a distance'],
    ['Storm Closes Seven Mile Bridge', 'a bridge in a Title Case headline'],
    ['Posted 10.10.2017 (updated 1601 10.10.2017) by the desk, killed reports.', 'a time stamp'],
    ['Get short URL 1721 of the report on the killed.', 'a link counter'],
    ['Print Tweet Views 1430 Related: the killed in Aleppo.', 'a view counter'],
    ['Get short URL 0 13 The coalition airstrikes killed rebels.', 'a run of share counters'],
    ['Raqqa was taken. ... 91 Related US Mistakes Lead to Civilians Killed', 'a related-articles counter'],
    [
      'Russia suspended the memorandum. ... 510 Topic US Missile Attack on Syrian Air Base',
      'a topic-box counter',
    ],
    // A wire's time stamp without its colon, whatever word comes before it; a view counter after a topic's.
    ['Middle East 2159 18.05.2017 Get short URL', 'a time before a date in figures'],
    ['Sat 24 Aug 2013 at 2354 Regional NNA', 'a time after a written date and "at"'],
    ['On August 24, 2013 at 2354 the blast was heard.', 'a time after a date written month first'],
    // Trackers' numbers, and labels cut short, marked or followed by a colon.
    ['Fixed in Bug 1637059, a regression from bug 1624235.', 'bug numbers'],
    ['Cambridge University Press. p. 652.', 'a cited page'],
    ['He wore No. 5 shirts.', 'a label cut short'],
    ['Regarding item# 22222, the part is sold out.', 'a marked label'],
    ['Campaign ID: 285217 ran on the page.', 'a label with a colon'],
    // Military units and their bases are named by their numbers.
    ['The base of Division 17 has fallen to the rebels.', 'a division'],
    ['Posted 52m ago in Gaming', "a feed's time stamp"],
    ['Fighting spread west of the regiment 137 base.', 'a regiment'],
    // A product's or a group's number after a name with a capital inside it.
    ['Some PlayStation 4 Pro games let you choose how to use its power.', 'a console'],
    ['Apple has an iPhone 7 problem with users in the rain.', 'a phone'],
    ['The DeirEzzor 24 monitoring group said the missile hit homes.', 'a monitoring group'],
    // One digit and a K: a resolution or a race, not thousands.
    ['It plays more titles in native 4K than any console.', 'a resolution'],
    ['Their 4K/HDR enhanced games look great.', 'a resolution before a slash'],
    ['She ran a 5K race with friends.', 'a race'],
    // A live blog's or a timeline's numbered entry: a word and a number opening a paragraph, then a colon.
    ['Post 15: Aid convoys were turned back.', 'a live blog’s entry'],
    ['Day 4: The truce held in most areas.', 'a timeline’s entry'],
    // A span of time counted from an event told before: when it happened, not how long anything lasted.
    ['Three days later the United States fired missiles.', 'an offset, later'],
    ['Two weeks earlier the talks had collapsed.', 'an offset, earlier'],
    ['A few hours afterwards the convoy left.', 'an offset, afterwards'],
  ];
  it.each(negatives)('ignores %s (%s)', (text) => {
    expect(quantities(text).map((q) => q.text)).toEqual([]);
  });

  it('reads no figure or date in a list of related headlines run into a sentence', () => {
    const text =
      'At least 12 people died in Homs on Monday. 01 Related Daesh Shells Deir ez-Zor Injures 10 People on ' +
      'Tuesday US-Led Coalition Airstrikes Kill at Least 12 Civilians Tags Syria';
    expect(extractClaims(text, REF).map((c) => c.text)).toEqual(['At least 12', 'Monday']);
    // "related" in prose is a word like any other.
    expect(quantities('Officials found 91 related cases of fraud.').map((q) => q.text)).toEqual(['91']);
  });

  it('reads the figure after an offset of time, and a span that lasted', () => {
    expect(quantities('Three days later 59 missiles hit the base.').map((q) => q.text)).toEqual(['59']);
    expect(quantities('The siege lasted three days.').map((q) => q.text)).toEqual(['three days']);
  });

  it('skips a view counter after a topic box’s bracketed count', () => {
    const found = quantities(
      'Topic US Missile Attack on Syrian Air Base (200) 2510 The strike killed four children.',
    );
    expect(found.map((q) => q.text)).toEqual(['200', 'four']);
  });

  // Counters are skipped, not what follows them; and a figure of related things in prose is a count.
  it.each([
    ['Get short URL 0 13 At least 12 civilians were killed.', 'At least 12'],
    ['Get short URL 0 85 12 Daesh terrorists were killed.', '12'],
    ['Page 2 14 people were killed in the raid.', '14'],
    // A count after a bracketed list marker; a count after a year and "at"; four digits before a word.
    ['(1) 15 people were killed in Aleppo.', '15'],
    ['In 2016 at 1200 sites the group found mines.', '1200'],
    ['The monitor said 2159 people were killed.', '2159'],
    ['Officials found 91 related cases of fraud.', '91'],
    // Only a word and a number opening a paragraph are an entry's: a figure after its own clause is a count.
    ['Killed in Idlib 15: the figure from the monitor.', '15'],
    ['Post 15: Nearly 600,000 Syrians live in besieged areas.', 'Nearly 600,000'],
    // A full stop after a word that is no short form ends a sentence; a sentence may start with a figure.
    ['The club ended its season. 3 players left.', '3'],
    ['At least 54 members of Division 30 entered Syria.', 'At least 54'],
    // A name with a capital only first is no model's ("Aleppo 15 people", its full stop lost); nor is a figure
    // with separators or a scale.
    ['Shelling in Aleppo 15 people were killed on Monday.', '15'],
    ['Sony sold PlayStation 1,200 consoles a day in the first week.', '1,200'],
    ['The McLaren 7 million pounds deal fell through with the buyers.', '7 million'],
    // Thousands in shorthand: two digits or a currency.
    ['She has 20K followers on the site.', '20K'],
    ['They raised $4K for the shelter.', '$4K'],
    ['They raised 4.5K for the shelter.', '4.5K'],
    // A verb before a count, and a noun before a colon that opens what it says.
    ['The US will commit 5,000 troops to the mission.', '5,000'],
    ['The issue: 300,000 people are trapped in the city.', '300,000'],
  ])('keeps the count in "%s"', (text, span) => {
    expect(quantities(text).map((q) => q.text)).toContain(span);
  });

  // A four-digit figure after "posted" is a time stamp only with the date after it.
  it('keeps a count after a stamp word', () => {
    expect(
      quantities('The channel posted 1200 videos of the killed last year.').map((q) => q.text),
    ).toContain('1200');
  });

  // A capital proves a name only in a line written in sentence case, after a lower-case word.
  it.each([
    ['Truce to Last for Two Weeks Across Syria', 'Two Weeks'],
    ['Six people were killed when shells struck the market.', 'Six'],
    ['Officials said that up to Two Million Syrians had received aid by the spring.', 'up to Two Million'],
    ['Aleppo Monitor Three children were among those killed in the strikes.', 'Three'],
    ['Ninety miles of road were closed by the floods.', 'Ninety miles'],
  ])('keeps "%s" (%s)', (text, span) => {
    expect(quantities(text).map((q) => q.text)).toContain(span);
  });

  it('reads a year after a date word as a date, not a quantity', () => {
    const claims = extractClaims('The war began in 2011 and since 2012 it spread.', REF);
    expect(claims.filter((c) => c.kind === 'quantity')).toEqual([]);
    expect(claims.filter((c) => c.kind === 'date').map((c) => c.text)).toEqual(['2011', '2012']);
  });

  // A month name then a day and year run together is a date; a count after a month name stays a count.
  it.each([
    ['Last updated at Jul 282016 A bomb blast killed 44 people.', ['44']],
    ['In March 250000 people fled the city.', ['250000']],
    ['In March 300 people fled the city.', ['300']],
    ['By June 150000 Syrians had fled the city.', ['150000']],
  ])('reads the figures of "%s" as %j', (text, spans) => {
    expect(quantities(text).map((q) => q.text)).toEqual(spans);
  });

  const partsOfWholes: [text: string, spans: string[]][] = [
    ['Aid reached 15 of the 18 besieged areas.', ['15 of the 18']],
    ['Police said 3 of the people arrested were minors.', ['3']],
    ['Officials said 3 of the 2016 victims were children.', ['3']],
    ['Page 2 of the 5 pages lists the victims.', []],
    ['See page 2 of 5 pages for the victims.', []],
    ['Only one of them was killed.', []],
    // "one in five" is a share like "one of five"; "in" before a year or a span of time is not.
    ['One in five adults smoke, the survey found.', ['One in five']],
    ['Now 1 in every 10 children is affected.', ['1 in every 10']],
    ['The striker scored 3 in 10 minutes.', ['3']],
    ['Militants killed 12 in 2015 near the border.', ['12']],
  ];
  it.each(partsOfWholes)('reads "%s" as %j', (text, spans) => {
    expect(quantities(text).map((q) => q.text)).toEqual(spans);
  });

  // The same measure in other units, in brackets: one claim, subject from the words around the first.
  it.each([
    ['The craft broke up at an altitude of 190 kilometers (118 miles) over Siberia.', ['190 kilometers']],
    ['A safe zone in the 98-kilometer (60-mile) stretch along the border was planned.', ['98-kilometer']],
    ['The town lies about 30 miles (48 km) north of the city of Aleppo.', ['about 30 miles']],
    ['The fund pledged $5 million (£3.8 million) to the aid effort.', ['$5 million']],
    ['Farmers planted 40 km of hedges and (later) 25 km of trees.', ['40 km', '25 km']],
    ['Farmers planted 40 km of hedges (and 25 km of trees).', ['40 km', '25 km']],
  ])('reads "%s" as %j', (text, spans) => {
    expect(quantities(text).map((q) => q.text)).toEqual(spans);
  });

  it('drops a figure with nothing counted', () => {
    expect(quantities('1, 2, 3.')).toEqual([]);
  });
});
