import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import type { CorpusSource } from '../../src/core/corpus-index';
import type { QuantityValue } from '../../src/core/types';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { compareQuantities } from '../../src/core/match/compare-values';
import { countedClash, deathsOnOneSide, partAgainstWhole } from '../../src/core/match/counted';
import { terms } from '../../src/core/text/terms';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

/** What extraction says the figure `span` of `text` counts. */
function countedOf(text: string, span: string): string[] | undefined {
  const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
  expect(claim, `no claim "${span}"`).toBeDefined();
  return claim?.value.type === 'quantity' ? claim.value.counted : undefined;
}

describe('what a figure counts', () => {
  it.each([
    ['More than 280,000 people have been killed.', 'More than 280,000', ['peopl', 'kill']],
    ['Aid reached 15 of the 18 besieged areas.', '15 of the 18', ['besieg', 'area']],
    // Where or when is not what: a preposition or determiner ends the counted phrase ("of" joins it).
    ['Five people were killed and 18 wounded in Aleppo.', '18', ['injur']],
    ['Airstrikes killed 20 in Aleppo.', '20', ['kill']],
    ['The raids killed 35 on Monday.', '35', ['kill']],
    ['Government forces killed 40 last week.', '40', ['kill']],
    ['The blast killed 52 the day before.', '52', ['kill']],
    ['About 2,000 a day crossed the border.', 'About 2,000', undefined],
    ['Police said 3 of the people arrested were minors.', '3', ['peopl', 'arrest']],
    // Nothing named after it: a figure after "of" counts the noun before it, unless that noun is a measure.
    ['The war displaced half of a population of about 23 million.', 'about 23 million', ['popul']],
    ['Raqqa, a city of 220,000, fell to the group.', '220,000', ['citi']],
    ['Officials said a total of 300 died.', '300', ['kill']],
    ['Dozens of the wounded were children.', 'Dozens', ['injur', 'children']],
    ['The strike destroyed at least 18 trucks carrying aid.', 'at least 18', ['truck', 'carri']],
    // Nothing named right after the figure (a joining word comes first), but the verb before says what happened.
    ['The war has displaced millions since it started in 2011.', 'millions', ['displac']],
    // Each figure of a sentence takes the verb right before it, not the sentence's first one.
    [
      'The war has killed more than 280,000 people and displaced millions.',
      'more than 280,000',
      ['peopl', 'kill'],
    ],
    ['The war has killed more than 280,000 people and displaced millions.', 'millions', ['displac']],
    // A comma between verb and figure: the verb is not its own.
    ['The shelling killed, by one count, 30 people.', '30', ['peopl']],
    // A verb that is no outcome adds nothing.
    ['The convoy carried 18 trucks of aid.', '18', ['truck', 'aid']],
    // A duration lasts what follows it ("a pause is not the fighting"), not where or an age.
    ['A truce for 24 hours around the capital.', '24 hours', undefined],
    ['De Mistura announced a three-week pause in the talks.', 'three-week', ['paus']],
    ['After two weeks of fighting in Aleppo, the truce collapsed.', 'two weeks', ['fight']],
    ['The offensive on Mosul is now ten days old.', 'ten days', undefined],
    // Those driven "from their homes" are the displaced, whatever the verb before them.
    ['The war has forced over 11 million from their homes.', 'over 11 million', ['displac']],
    ['Shelling drove 5,000 people from their homes.', '5,000', ['peopl', 'displac']],
    // Not a whole that a part of was driven out.
    ["It forced half of Syria's pre-war population of 23 million from their homes.", '23 million', ['popul']],
    // After "the first … in" or a superlative, a duration is the time since the last one, not the war's length.
    ["It was the first attempt to negotiate an end to Syria's war in two years.", 'two years', ['since']],
    ['It was the deadliest attack on the city in the past three years.', 'three years', ['since']],
    ['The truce held for the first time in five years.', 'five years', ['since']],
    // "At least", "at most" and a date's own words are no superlative.
    ['At least 45 people were killed in Aleppo in the last 24 hours.', '24 hours', undefined],
    ['The war will end in two years, the envoy said.', 'two years', undefined],
    // A measure is compared by its unit, not by what follows.
    ['The convoy drove 40 kilometres of mountain road.', '40 kilometres', undefined],
    // A word in the singular before another noun qualifies it: the phrase counts its last noun.
    ['Dozens of Syrian regime air strikes hit the city.', 'Dozens', ['airstrik', 'hit']],
    ['Five Syrian army helicopters were shot down.', 'Five', ['helicopt', 'shot']],
    ['Nearly 400 Syrian soldiers were killed.', 'Nearly 400', ['soldier', 'kill']],
    // A plural, an irregular plural, an outcome or a participle keeps its place.
    ['Some 600,000 Syrians living in besieged areas.', 'Some 600,000', ['syria', 'live']],
    ['At least 30 people fleeing the city drowned.', 'At least 30', ['peopl', 'displac']],
    ['At least 20 wounded civilians reached the hospital.', 'At least 20', ['injur', 'civilian']],
    // Who knows it is not what happened: the word after it is.
    ['At least 50 people were reported killed in the raid.', 'At least 50', ['peopl', 'kill']],
    ['Some 300 civilians are feared dead after the strike.', 'Some 300', ['civilian', 'kill']],
    ['Up to 300000 people are believed to be trapped in the city.', 'Up to 300000', ['peopl', 'trap']],
    // Nothing named after it: the sentence may have named it first, as "the number of …" or a toll.
    [
      'If you look at the number of Americans killed since 9/11 by terrorism, it’s less than 100.',
      'less than 100',
      ['usa', 'kill'],
    ],
    ['The number of refugees has reached 4 million.', '4 million', ['displac']],
    ['The death toll stood at 45, the monitor said.', '45', ['kill']],
    ['The population of the atoll stood at 45.', '45', undefined],
    // Taken prisoner is an outcome too; a preposition that is a term of its own ("near") still ends the phrase.
    ['The SDF said it had captured 200 Islamic State fighters.', '200', ['fighter', 'captur']],
    ['Militants executed 50 people near Mosul.', '50', ['peopl']],
    // An outcome verb right before the next figure is that figure's (a headline's "kill 10 … injure 16").
    ['Rocket attacks on the district kill 10 civilians injure 16.', '10', ['civilian', 'kill']],
    ['Rocket attacks on the district kill 10 civilians injure 16.', '16', ['injur']],
    ['Raids killed 12 people wounding about 30.', '12', ['peopl', 'kill']],
    ['Three suicide bombers killed at least two people near the police headquarters.', 'Three', ['bomber']],
    // Nor when the next figure has its own outcome right after it: the verb is the figure before's.
    ['At Least 10 Civilians killed 40 injured in Rocket Fire.', 'At Least 10', ['civilian', 'kill']],
    ['At Least 10 Civilians killed 40 injured in Rocket Fire.', '40', ['injur']],
    ['Assad forces killed 40 wounded soldiers.', '40', ['injur', 'soldier', 'kill']],
    // A noun a hyphen joins to the figure is what it counts, though it qualifies the nouns after it.
    ['The blast puts the four-town evacuation deal in doubt.', 'four', ['town']],
    ['A five-member team arrived.', 'five', ['member']],
    // An outcome verb with a preposition between it and the figure is not what happened to what it counts.
    ['More than 30000 people will be evacuated in two stages.', 'two', ['stage']],
    ['Fighters were evacuated from four towns.', 'four', ['town']],
    ['Thirty people were killed in two attacks.', 'two', ['attack']],
    ['Strikes killed the 20 hostages.', '20', ['hostag', 'kill']],
    // Not before a part of the figure, nor across a word the terms leave out.
    ['Officials said 12 people killed 5 of them children.', '12', ['peopl', 'kill']],
    [
      'Millions have been forced to flee including around five million abroad.',
      'Millions',
      ['forc', 'displac'],
    ],
  ])('%s → “%s” counts %j', (text, span, expected) => {
    expect(countedOf(text, span)).toEqual(expected);
  });
});

describe('countedClash', () => {
  const t = (words: string) => terms(words);
  it.each([
    ['the wounded against the dead', t('wounded'), t('lives'), true],
    ['people wounded against people killed', t('people wounded'), t('people killed'), true],
    ['trucks against the dead', t('trucks carrying'), t('lives'), true],
    ['airstrikes against children', t('airstrikes'), t('children'), true],
    ['people trapped against people killed', t('people trapped'), t('people killed'), true],
    ['civilians against people', t('civilians'), t('people'), false],
    ['soldiers killed against militants killed', t('soldiers killed'), t('militants killed'), true],
    ['civilians killed against rebels killed', t('civilians killed'), t('rebels killed'), true],
    ['fighters killed against rebels killed', t('fighters killed'), t('rebels killed'), false],
    // Forces fight on either side: no civilians, but maybe soldiers or rebels.
    ['forces killed against civilians killed', t('forces killed'), t('civilians killed'), true],
    ['forces killed against soldiers killed', t('forces killed'), t('soldiers killed'), false],
    ['forces killed against militants killed', t('forces killed'), t('militants killed'), false],
    // A count of a part is not a count of the whole, nor of another part; the whole's parts named after it are
    // not what it counts.
    ['children killed against people killed', t('children killed'), t('people killed'), true],
    ['children against civilians', t('children'), t('civilians'), true],
    ['women against children', t('women killed'), t('children killed'), true],
    ['a child against children', t('child killed'), t('children killed'), false],
    [
      'civilians, including children, against civilians',
      t('civilians children killed'),
      t('civilians killed'),
      false,
    ],
    ['Syrians killed against troops killed', t('Syrians killed'), t('troops killed'), false],
    ['the dead against Syrians', t('dead'), t('Syrians'), false],
    // Those living somewhere are no death toll, but living under siege is being trapped there.
    ['the dead against Syrians living', t('dead'), t('Syrians living'), true],
    ['Syrians living against Syrians trapped', t('Syrians living'), t('Syrians trapped'), false],
    // Those in need of aid are neither the displaced nor the dead.
    ['Syrians in need against Syrians displaced', t('Syrians need'), t('Syrians displaced'), true],
    ['people in need against Syrians who need aid', t('people need'), t('Syrians need'), false],
    // Those who came back are neither the displaced nor those living under siege; returnees are the returned.
    ['Syrians returned against the displaced', t('Syrians returned'), t('displaced'), true],
    ['Syrians returned against Syrians living', t('Syrians returned'), t('Syrians living'), true],
    ['returnees against Syrians who returned', t('returnees'), t('Syrians returned'), false],
    ['areas under siege against besieged areas', t('areas under'), t('besieged areas'), false],
    // Taken prisoner, by an army or by the police, is one outcome; abducted and kidnapped are one word.
    ['fighters captured against militants killed', t('fighters captured'), t('militants killed'), true],
    ['fighters captured against fighters detained', t('fighters captured'), t('fighters detained'), false],
    ['people abducted against people kidnapped', t('people abducted'), t('people kidnapped'), false],
    // Households are no count of people: "six families" is not "two soldiers", nor "2,000 families" displaced
    // "10,000 people".
    ['families against soldiers', t('families killed'), t('soldiers killed'), true],
    ['families against people', t('families displaced'), t('people displaced'), true],
    ['families against households', t('families displaced'), t('households displaced'), false],
    ['one side does not say', [], t('people'), false],
    ['a malformed value', 'peopl', t('people'), false],
  ])('%s → %s', (_name, a, b, clash) => {
    expect(countedClash(a, b)).toBe(clash);
    expect(countedClash(b, a)).toBe(clash);
  });
});

describe('deathsOnOneSide', () => {
  const t = (words: string) => terms(words);
  it.each([
    // One side counts the dead, the other's sentence never speaks of deaths.
    [
      'road users against the dead',
      t('people depend'),
      t('UN estimates people depend on the road'),
      t('people killed'),
      t('war killed people'),
      true,
    ],
    [
      'attackers against the dead',
      t('fighters'),
      t('fighters were attacking the city'),
      t('dead'),
      t('attacks left hundreds dead'),
      true,
    ],
    [
      'residents against the dead',
      t('residents'),
      t('the city was home to residents'),
      t('killed'),
      t('the war killed'),
      true,
    ],
    // Either way round.
    [
      'the dead against residents',
      t('killed'),
      t('the war killed'),
      t('residents'),
      t('the city was home to residents'),
      true,
    ],
    // A sentence that speaks of deaths, in any word, is left to countedClash.
    [
      'executed',
      t('people'),
      t('troops executed people in a village'),
      t('people killed'),
      t('people were killed'),
      false,
    ],
    [
      'claimed',
      t('civilians'),
      t('strikes claimed civilians'),
      t('civilians killed'),
      t('civilians were killed'),
      false,
    ],
    ['the death toll', t(''), t('the death toll rose to'), t('killed'), t('killed'), false],
    [
      'the figure split from the verb',
      t(''),
      t('a blast killing at least 100 and wounding hundreds'),
      t('dead'),
      t('hundreds dead'),
      false,
    ],
    // Both count the dead, neither does, or a malformed value: nothing to say.
    ['both count the dead', t('killed'), t('killed'), t('dead'), t('dead'), false],
    ['neither counts the dead', t('people displaced'), t('displaced'), t('residents'), t('residents'), false],
    ['a malformed value', t('people'), t('the road'), 'kill', t('killed'), false],
  ])('%s → %s', (_name, pageCounted, pageTerms, corpusCounted, corpusTerms, expected) => {
    expect(
      deathsOnOneSide(
        { counted: pageCounted, sentence: pageTerms, subject: [] },
        { counted: corpusCounted, sentence: corpusTerms, subject: [] },
      ),
    ).toBe(expected);
  });
});

describe('matching what a figure counts', () => {
  const index = builtIndex(readCorpusDir('seeds'));
  const matched = (text: string, span: string) => {
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim ? matchClaim(index, claim).matches.map((m) => m.passage.slice(m.spanStart, m.spanEnd)) : [];
  };
  it('compares the dead with the dead when a sentence also counts the displaced', () => {
    // The seeds: "killed more than 280,000 people and displaced millions". Killed hundreds of thousands is a
    // vaguer death toll, not a rival figure for the millions displaced.
    for (const text of [
      'The six-year war has killed hundreds of thousands of people and forced millions to flee.',
      'The war has killed hundreds of thousands and created the worst refugee crisis of our time.',
    ]) {
      const spans = matched(text, 'hundreds of thousands');
      expect(spans.map((s) => s.toLowerCase())).toContain('more than 280,000');
      expect(spans).not.toContain('millions');
    }
  });
  it('leaves the wounded out of a death toll, and keeps the dead in it', () => {
    // The seeds put Aleppo's dead at "dozens": 18 wounded is not a rival figure for them.
    expect(
      matched('Five people were killed and 18 wounded in Aleppo on Sunday as fighting raged.', '18'),
    ).toEqual([]);
    expect(
      matched('The raging battle in Aleppo has killed dozens of people in the past few days.', 'dozens'),
    ).toContain('dozens');
  });
  it('does not set a count of the living against the dead', () => {
    // The seeds: "More than 280,000 people have been killed since the start of Syria’s war in 2011, … UN estimates"
    // and Aleppo's attacks "that have left hundreds dead".
    expect(
      matched('The U.N. estimates that 300,000 people depend on the road into the city.', '300,000'),
    ).toEqual([]);
    expect(
      matched(
        'More than 1,500 fighters were attacking government-held districts of Aleppo.',
        'More than 1,500',
      ),
    ).toEqual([]);
    // The same figures said of the dead still meet them.
    expect(
      matched('The U.N. estimates that 300,000 people have died in the war.', '300,000').map((s) =>
        s.toLowerCase(),
      ),
    ).toContain('more than 280,000');
  });
  it('compares what lasted by its words’ first letters: one word in two forms is one thing', () => {
    const years = (n: number, counted: string[]): QuantityValue => ({
      type: 'quantity',
      low: n,
      high: n,
      nominal: n,
      unit: 'year',
      counted,
    });
    // "spent 12 years analysing drugs" against "14 years doing drug analysis"; a pause is still not the fighting.
    expect(compareQuantities(years(12, ['analyz', 'drug']), years(14, ['analysi']))?.relation).toBe(
      'conflicts',
    );
    expect(compareQuantities(years(2, ['fight']), years(3, ['paus']))).toBeNull();
  });

  it('does not take a spell of fighting for a pause in talks', () => {
    // The seeds: de Mistura "announced a three-week pause in the Geneva talks".
    expect(
      matched('Kerry arrived in Geneva for talks after two weeks of fighting in Aleppo.', 'two weeks'),
    ).toEqual([]);
    expect(matched('De Mistura announced a two-week pause in the Geneva talks.', 'two-week')).toEqual([
      'three-week',
    ]);
  });
  it('does not read strikes as the dead because a nationality qualifies them', () => {
    // The seeds: Aleppo's battle "has claimed dozens of lives". Dozens of strikes are not dozens of Syrians.
    expect(
      matched(
        'Dozens of Syrian regime air strikes on Aleppo killed at least 16 civilians on Sunday.',
        'Dozens',
      ),
    ).toEqual([]);
    expect(
      matched('Dozens of Syrian civilians have been killed in Aleppo in the past few days.', 'Dozens'),
    ).toContain('dozens');
  });
});

describe('who was killed, in a corpus of the user', () => {
  // Two reports of one day's fighting near Idlib; "Idlib" anchors the everyday figures (see anchors.ts).
  const docs: CorpusSource[] = [
    { id: 'raid', text: 'Government strikes killed 50 militants near Idlib on Monday.' },
    { id: 'talks', text: 'Envoys met in Geneva as the talks stalled again.' },
  ];
  const index = builtIndex(docs);
  const relations = (text: string, span: string) => {
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim ? matchClaim(index, claim).matches.map((m) => `${m.doc}:${m.relation}`) : [];
  };
  it('keeps a rival toll of the same side', () => {
    expect(relations('Government strikes killed 45 militants near Idlib on Monday.', '45')).toEqual([
      'raid:conflicts',
    ]);
  });
  it('does not set the dead of one side against those of the other', () => {
    expect(relations('Militants killed 20 soldiers near Idlib on Monday.', '20')).toEqual([]);
  });
});

describe('a count of part of a group', () => {
  const index = builtIndex([
    {
      id: 'idlib',
      text:
        'Barrel bombs in Idlib\n\n' +
        'The Observatory documented the killing of 5,812 civilians including 1,733 children in barrel bombings across Idlib province last year.',
    },
  ]);
  it.each([
    ['children meet the children', 'killed at least 1,500 children last year', ['1,733 agrees']],
    ['civilians meet the civilians', 'killed at least 1,500 civilians last year', ['5,812 conflicts']],
  ])('%s', (_name, said, expected) => {
    const text = `Barrel bombings in Idlib province ${said}, the Observatory said.`;
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find(
      (c) => c.text === 'at least 1,500',
    );
    expect(claim).toBeDefined();
    const matches = claim ? matchClaim(index, claim).matches : [];
    expect(matches.map((m) => `${m.passage.slice(m.spanStart, m.spanEnd)} ${m.relation}`)).toEqual(expected);
  });
});

describe('a people counted by name', () => {
  // A user's corpus on Syria's war: its displaced are no rival figure for Iraq's.
  const index = builtIndex([
    {
      id: 'syria',
      text:
        'Syria’s war enters its sixth year\n\n' +
        'Since 2011 the war has killed more than 250,000 people and more than 10 million have been displaced across the country, the UN said.',
    },
  ]);
  const relations = (text: string, span: string) =>
    matchesOf(index, text, (c) => c.text === span, '2016-06-01').map(([, relation]) => relation);
  it.each([
    [
      'Iraqis, whom the document never names',
      'The UN said 4.5 million Iraqis were displaced by the war.',
      [],
    ],
    ['Syrians, whom it names', 'The UN said 4.5 million Syrians were displaced by the war.', ['conflicts']],
    ['people, whoever they are', 'The UN said 4.5 million people were displaced by the war.', ['conflicts']],
  ])('%s', (_name, text, expected) => {
    expect(relations(text, '4.5 million')).toEqual(expected);
  });
  it('takes no headline capital for a people', () => {
    expect(relations('UN Says War Displaced 4.5 Million Civilians Across Country', '4.5 Million')).toEqual([
      'conflicts',
    ]);
  });
});

describe('a part of a group against the whole', () => {
  /** Whether extraction marks the figure `span` of `text` as counting part of a group named before it. */
  function partOf(text: string, span: string): boolean {
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim?.value.type === 'quantity' && claim.value.part === true;
  }
  it.each([
    ['The war has claimed more than 300,000 lives, including some 87,000 civilians.', 'some 87,000', true],
    [
      'The war has claimed more than 300,000 lives, including some 87,000 civilians.',
      'more than 300,000',
      false,
    ],
    ['At least 30 people, five of them children, were killed.', 'five', true],
    ['Strikes killed 40 people, among them 12 rebels.', '12', true],
    ['Some 87,000 civilians have been killed, the monitor said.', 'Some 87,000', false],
  ])('%s → “%s” is a part: %s', (text, span, expected) => {
    expect(partOf(text, span)).toBe(expected);
  });

  const index = builtIndex([
    {
      id: 'toll',
      text: 'War toll\n\nSyria’s war has killed more than 280,000 people since it began in 2011, the UN said.',
    },
  ]);
  const relations = (text: string, span: string) =>
    matchesOf(index, text, (c) => c.text === span, '2016-06-01').map(([, relation]) => relation);
  it.each([
    // The civilians among the dead are no rival figure for all the dead; the whole they are part of still agrees.
    [
      'Syria’s war has killed more than 280,000 people, including at least 80,000 civilians, since 2011.',
      'at least 80,000',
      [],
    ],
    [
      'Syria’s war has killed more than 280,000 people, including at least 80,000 civilians, since 2011.',
      'more than 280,000',
      ['agrees'],
    ],
    // Counted on their own, civilians may be the people a report means.
    ['The war in Syria has killed more than 300,000 civilians.', 'more than 300,000', ['conflicts']],
  ])('%s (“%s”)', (text, span, expected) => {
    expect(relations(text, span)).toEqual(expected);
  });

  // The seeds: 000 and 001 say "more than 280,000 people have been killed … and millions have been displaced".
  const seeds = builtIndex(readCorpusDir('seeds'));
  it.each([
    // The refugees abroad are some of the millions who fled: not those millions said precisely.
    [
      'More than 280000 people have been killed since Syrias conflict erupted in 2011 and millions have been forced to flee including around five million who have sought refuge in neighbouring countries.',
      'around five million',
      [],
    ],
    // Said on its own, the figure may be the millions a report means.
    [
      'Around five million Syrians have been displaced since the war began in 2011.',
      'Around five million',
      ['vaguer'],
    ],
  ])('%s (“%s”) against millions displaced', (text, span, expected) => {
    expect(matchesOf(seeds, text, (c) => c.text === span, '2016-06-01').map(([, r]) => r)).toEqual(expected);
  });
});

describe('partAgainstWhole', () => {
  const q = (nominal: number, counted: string, part = false): QuantityValue => ({
    type: 'quantity',
    low: nominal,
    high: nominal,
    nominal,
    counted: terms(counted),
    ...(part ? { part: true } : {}),
  });
  /** "millions" as extraction reads it (or another range from `low`). */
  const millions = (counted: string, low = 2_000_000): QuantityValue => ({
    type: 'quantity',
    low,
    high: 9_999_999,
    nominal: 6_000_000,
    vague: true,
    counted: terms(counted),
  });
  it.each([
    [
      'civilians among the dead against people killed',
      q(87_000, 'civilians killed', true),
      q(280_000, 'people killed'),
      true,
    ],
    ['either way round', q(280_000, 'people killed'), q(87_000, 'civilians killed', true), true],
    // Both parts, or neither: left to countedClash.
    ['two parts', q(87_000, 'civilians killed', true), q(280_000, 'people killed', true), false],
    ['no part', q(87_000, 'civilians killed'), q(280_000, 'people killed'), false],
    // The same value: the part may be all the other counts ("two medics" and "two of the killed").
    ['one value', q(2, 'doctors killed', true), q(2, 'killed'), false],
    // A part of anyone, or a whole of one kind, is no part against a whole.
    ['a part of anyone', q(3, 'killed', true), q(31, 'people killed'), false],
    ['a whole of one kind', q(87_000, 'civilians killed', true), q(280_000, 'rebels killed'), false],
    // The whole names the part's kind too: it counts that kind.
    ['a whole that names the kind', q(5_000_000, 'refugees', true), q(3_000_000, 'Syrians refugees'), false],
    // An exact part inside a vague whole's range is never that whole said precisely, whatever either counts.
    ['a part within a vague whole', q(5_000_000, 'refugees displaced', true), millions('displaced'), true],
    ['the vague whole on the page', millions('displaced'), q(5_000_000, 'refugees displaced', true), true],
    ['a part of anyone within a vague whole', q(5_000_000, 'displaced', true), millions('displaced'), true],
    ['a part outside the vague whole', q(20_000_000, 'displaced', true), millions('displaced'), false],
    ['a vague part', { ...millions('displaced'), part: true }, millions('displaced', 3_000_000), false],
    ['an exact whole', q(5_000_000, 'refugees displaced', true), q(6_000_000, 'displaced'), false],
  ])('%s', (_name, a, b, expected) => {
    expect(partAgainstWhole(a, b)).toBe(expected);
  });
});
