import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { isEveryday, isMagnitude } from '../../src/core/match/figure-size';
import { documentNames, topicNames } from '../../src/core/match/corpus-names';
import type { QuantityValue } from '../../src/core/types';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';
import { pointsToUnnamedPlace } from '../../src/core/match/unnamed-place';

/** Three reports about one war: every one names Syria and Russia, each its own town. */
const DOCS: CorpusSource[] = [
  {
    id: 'idlib',
    text:
      'Russia keeps bombing Syria despite the truce.\n\n' +
      'At least 30 people were killed in Russian raids on a market in Idlib on Sunday.\n\n' +
      'More than 280,000 people have been killed in Syria since the war began in 2011.',
  },
  {
    id: 'aleppo',
    text:
      'Talks on Syria stalled as Russia backed a new offensive.\n\n' +
      'Shelling of Aleppo has killed dozens of civilians in the past few days.',
  },
  {
    id: 'hama',
    text:
      'The talks stalled as Syria accused Russia of delays.\n\n' +
      'Shelling in Hama\n\n' +
      'Rockets also fell on Masyaf last month.\n\n' +
      'At least 12 people died when shells hit a school.\n\n' +
      'Teachers said 40 pupils had been moved to a temporary classroom near the old flour mill.',
  },
  {
    id: 'geneva',
    text:
      'Diplomats from Russia met in Geneva to discuss Syria.\n\n' +
      'The envoy paused the talks in Geneva for three weeks.',
  },
];

const index = builtIndex(DOCS);

/** The documents whose passages the page claim `span` of `text` matches. */
function matchedDocs(text: string, span: string): string[] {
  const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
  expect(claim, `no claim "${span}"`).toBeDefined();
  return claim ? matchClaim(index, claim).matches.map((m) => m.doc) : [];
}

describe('names of the corpus', () => {
  it('the topic is what every document names', () => {
    expect([...topicNames(index)].sort()).toEqual(['russia', 'syria']);
  });
  it('a document names its own places', () => {
    const idlib = documentNames(index, 0);
    expect(idlib.has('idlib')).toBe(true);
    expect(idlib.has('aleppo')).toBe(false);
  });
  it('a corpus of one or two documents has no topic to tell apart', () => {
    const small = builtIndex(DOCS.slice(0, 2));
    expect(topicNames(small).size).toBe(0);
  });
});

describe('everyday figures', () => {
  const q = (nominal: number, extra: Partial<QuantityValue> = {}): QuantityValue => ({
    type: 'quantity',
    low: nominal,
    high: nominal,
    nominal,
    ...extra,
  });
  it.each([
    [q(30), true],
    [q(550, { vague: true }), true],
    [q(280_000), false],
    [q(15, { of: 18 }), false],
  ])('%j everyday: %s', (value, expected) => {
    expect(isEveryday(value)).toBe(expected);
  });
  /** The value extraction gives the figure `span` of `text`. */
  const valueOf = (text: string, span: string) => {
    const claim = extractClaims(text).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim?.value as QuantityValue;
  };
  it.each([
    ['Dozens of people died.', 'Dozens', true],
    ['Several hundred people died.', 'Several hundred', true],
    ['Between 10 and 30 people died.', 'Between 10 and 30', true],
    ['At least 30 people died.', 'At least 30', false],
    ['Some 45 people died.', 'Some 45', false],
    ['More than 100 people died.', 'More than 100', false],
  ])('%s “%s” is a vague magnitude: %s', (text, span, expected) => {
    expect(isMagnitude(valueOf(text, span))).toBe(expected);
  });
});

describe('an everyday figure needs a name the corpus passage or its subheading also uses', () => {
  it.each([
    // Same town: the same attack, told by another outlet.
    ['At least 32 people died when jets struck a market in Idlib.', 'At least 32', ['idlib']],
    // Another town, the same counted words: another attack.
    ['At least 32 people died when jets struck a market in Homs.', 'At least 32', []],
    // Only the corpus's common topic in common: Syria and Russia say nothing about which attack.
    ['At least 32 people were killed in Russian air strikes in Syria.', 'At least 32', []],
    // A name that starts the sentence counts when the document uses it as a name.
    ['Idlib saw at least 32 people die when jets struck a market.', 'at least 32', ['idlib']],
    // No name at all: nothing ties it to any one attack.
    ['At least 32 people were killed when the market was hit.', 'At least 32', []],
    // The town is the subheading's: the same figure matches…
    ['At least 12 people died when shells hit a school in Hama.', 'At least 12', ['hama']],
    // …a rival one does not: every attack in Hama sits under that subheading.
    ['At least 20 people died when shells hit a school in Hama.', 'At least 20', []],
    // The document names the town, but not in the figure's sentence nor in its subheading: another attack.
    ['At least 12 people died when shells hit a school in Masyaf.', 'At least 12', []],
    // An exact toll against the corpus's "dozens": it fits or misses the range whatever attack it counts…
    ['Shelling of Aleppo has killed 18 civilians in the past few days.', '18', []],
    ['Shelling of Aleppo has killed 40 civilians in the past few days.', '40', []],
    // …while two vague magnitudes are two reports of one toll.
    ['Shelling of Aleppo has killed hundreds of civilians in the past few days.', 'hundreds', ['aleppo']],
    // A sentence in nearly the passage's words is the same report, with no name…
    [
      'Teachers said 40 pupils had been moved to a temporary classroom near the old flour mill.',
      '40',
      ['hama'],
    ],
    ['Teachers say 40 pupils were moved to a temporary classroom near the flour mill.', '40', ['hama']],
    // …but not a short one, which any report may use, nor the same figure in other words.
    ['At least 12 people died when shells hit a school.', 'At least 12', []],
    ['About 40 pupils now study in a temporary classroom.', 'About 40', []],
    // A large figure is specific on its own.
    ['Syria’s war has killed more than 280,000 people since it began.', 'more than 280,000', ['idlib']],
  ])('%s → %j', (text, span, docs) => {
    expect(matchedDocs(text, span)).toEqual(docs);
  });
});

describe('a name in the next or previous sentence of the passage’s paragraph', () => {
  // The toll's sentence names nothing; the town is in the sentence after it, and another town's toll follows
  // in the next paragraph.
  const withParagraphs = builtIndex([
    ...DOCS,
    {
      id: 'daraya',
      text:
        'Syria’s army shelled a rebel-held town on Friday, killing 27 people including three nurses. ' +
        'The barrage struck the town of Daraya, west of Damascus, as Russia looked on. ' +
        'A local truce there had held for 14 months.\n\n' +
        'Rockets hit Moadamiya the same day. Eleven people died in its market.',
    },
    // Damascus is named by two documents of six: too common to say which attack a figure belongs to.
    { id: 'envoy', text: 'The envoy flew to Damascus for talks on Syria with Russia.' },
  ]);
  const docsOf = (text: string, span: string): string[] => {
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim ? matchClaim(withParagraphs, claim).matches.map((m) => m.doc) : [];
  };
  it.each([
    // The same toll, its town named one sentence later…
    ['Army shelling killed 27 people in Daraya on Friday, among them three nurses.', '27', ['daraya']],
    // …or one sentence earlier.
    ['Rockets struck Moadamiya, and eleven people died in its market.', 'eleven', ['daraya']],
    // A rival toll: every attack in that paragraph's town would meet it.
    ['Army shelling killed 35 people in Daraya on Friday, among them three nurses.', '35', []],
    // The next paragraph's town is another attack's.
    ['Rockets struck Daraya, and eleven people died in its market.', 'eleven', []],
    // A duration is said of anything in the paragraph; its own sentence must name the place.
    ['A local truce in Daraya had held for 14 months before the attack.', '14 months', []],
    // A floor the figure merely fits could be any attack's toll there.
    [
      'Army shelling killed at least 20 people in Daraya on Friday, among them three nurses.',
      'at least 20',
      [],
    ],
    // So could a round figure the toll is "about".
    ['Army shelling killed about 30 people in Daraya on Friday, among them three nurses.', 'about 30', []],
    // A name several documents use anchors nothing from a neighbouring sentence.
    ['Army shelling west of Damascus killed 27 people on Friday, among them three nurses.', '27', []],
  ])('%s → %j', (text, span, docs) => {
    expect(docsOf(text, span)).toEqual(docs);
  });
});

describe('a name most documents of a large corpus use', () => {
  /**
   * A corpus of `size` documents of which a quarter name Aleppo: a police report of a rocket attack's toll, a
   * monitor's date for a siege, and the city's other news.
   */
  function aleppoCorpus(size: number) {
    const docs: CorpusSource[] = [
      {
        id: 'police',
        text:
          'Rockets hit Aleppo\n\nA source at Aleppo Police Command said rocket shells fired on the Salah Eddin district ' +
          'killed 8 civilians in Aleppo.',
      },
      {
        id: 'siege',
        text: 'Siege of Eastern Ghouta\n\nEastern Ghouta has been under government siege since 2012, a monitor in Aleppo said.',
      },
    ];
    for (let i = 2; i < size; i++) {
      docs.push(
        i % 4 === 0
          ? {
              id: `city-${i}`,
              text: `Aleppo market\n\nTraders in Aleppo reopened stall ${i} of the old market.`,
            }
          : {
              id: `news-${i}`,
              text: `Weather report\n\nFarmers near Homs expect rain on field ${i} this week.`,
            },
      );
    }
    return builtIndex(docs);
  }
  const relations = (size: number, text: string, span: string): string[] => {
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim ? matchClaim(aleppoCorpus(size), claim).matches.map((m) => `${m.doc} ${m.relation}`) : [];
  };
  it.each([
    // A rival toll that shares only the city a quarter of the corpus names: another attack there.
    [24, 'Shelling of a school killed 11 civilians in Aleppo on Monday.', '11', []],
    // Nearly the report's words, but another district: the agency's template filled in for another attack.
    [24, 'Rocket shells fired on the Midan district killed 11 civilians in Aleppo.', '11', []],
    // The same toll and city: the report as another outlet printed it.
    [24, 'Shelling of a school killed 8 civilians in Aleppo on Monday.', '8', ['police agrees']],
    // A name few documents use ties a rival toll to the attack.
    [
      24,
      'Rocket shells fired on the Salah Eddin district killed 11 civilians in Aleppo.',
      '11',
      ['police conflicts'],
    ],
    // In a corpus too small for shares to mean much, the city still anchors a rival toll.
    [12, 'Shelling of a school killed 11 civilians in Aleppo on Monday.', '11', ['police conflicts']],
    // A rival year is no more tied to an event by the city: another town's siege…
    [24, 'Daraya has been under government siege since 2013, a monitor in Aleppo said.', '2013', []],
    // …while the same town's is the siege the corpus dates otherwise, and the same year agrees whatever the town.
    [
      24,
      'Eastern Ghouta has been under government siege since 2013, a monitor said.',
      '2013',
      ['siege conflicts'],
    ],
    [
      24,
      'Daraya has been under government siege since 2012, a monitor in Aleppo said.',
      '2012',
      ['siege agrees'],
    ],
    [
      12,
      'Daraya has been under government siege since 2013, a monitor in Aleppo said.',
      '2013',
      ['siege conflicts'],
    ],
    // The source a toll is credited to ties it to no attack: it heads every report of the city's attacks…
    [
      24,
      'A source at Aleppo Police Command said rocket shells fired on the Midan district killed 11 civilians in Aleppo.',
      '11',
      [],
    ],
    // …while the district the police report names does.
    [
      24,
      'A source at Aleppo Police Command said rocket shells fired on the Salah Eddin district killed 11 civilians in Aleppo.',
      '11',
      ['police conflicts'],
    ],
  ])('%i documents: %s → %j', (size, text, span, expected) => {
    expect(relations(size, text, span)).toEqual(expected);
  });
});

describe('a monitor a toll is credited to', () => {
  const index = builtIndex([
    {
      id: 'ghouta',
      text:
        'Strikes near Damascus\n\nAir strikes on a market near Damascus killed at least 22 civilians on Monday, the ' +
        'Syrian Observatory for Human Rights said.',
    },
    { id: 'talks', text: 'Talks resume\n\nDiplomats met in Geneva to discuss a truce for Syria.' },
    { id: 'aid', text: 'Aid convoy\n\nA convoy reached Madaya in Syria after weeks of delay.' },
  ]);
  const relations = (text: string, span: string) =>
    matchesOf(index, text, (c) => c.text === span, '2016-06-01').map(
      ([doc, relation]) => `${doc} ${relation}`,
    );
  it.each([
    // The monitor, named whole or as the owner of its toll, ties a toll to none of the attacks it counts, nor do
    // its name's words make a sentence a restatement of another report it is credited with…
    [
      "The Observatory's toll from air strikes on a market was later raised to 58 civilians killed.",
      '58',
      [],
    ],
    ['Shelling killed 58 civilians on Monday, the Syrian Observatory for Human Rights said.', '58', []],
    // …while the place the report names does.
    [
      'Air strikes near Damascus killed 40 civilians, the Syrian Observatory for Human Rights said.',
      '40',
      ['ghouta conflicts'],
    ],
  ])('%s → %j', (text, span, expected) => {
    expect(relations(text, span)).toEqual(expected);
  });
});

describe('a large figure of a place the page sentence does not name', () => {
  const sieges = builtIndex([
    {
      id: 'raqqa',
      text:
        'Air strikes hit Raqqa again in Syria.\n\n' +
        'Aid agencies said 8,000 people remain trapped in Raqqa as the siege goes on.',
    },
    {
      id: 'talks',
      text: 'Talks on Syria resumed in Geneva.\n\nThe envoy said 8,000 people remain trapped in Raqqa.',
    },
  ]);
  const relations = (text: string, span: string) =>
    matchesOf(sieges, text, (c) => c.text === span, '2016-06-01');

  it.each([
    // "The besieged town" was named in an earlier sentence: another town's count is no rival of it…
    ['Some 5,000 people remain trapped in the besieged town, aid agencies said.', 'Some 5,000', []],
    ['About 5,000 people remain trapped in the city, aid agencies said.', 'About 5,000', []],
  ])('%s → %j', (text, span, expected) => {
    expect(relations(text, span)).toEqual(expected);
  });

  it('is still compared when the sentence names the place, or gives the same figure', () => {
    // Named: the two counts are rivals.
    expect(
      relations('Some 5,000 people remain trapped in the besieged town of Raqqa.', 'Some 5,000'),
    ).toEqual([
      ['raqqa', 'conflicts'],
      ['talks', 'conflicts'],
    ]);
    // The same large figure is rarely another place's by chance.
    expect(relations('Some 8,000 people remain trapped in the besieged town.', 'Some 8,000').length).toBe(2);
  });
});

describe('pointsToUnnamedPlace', () => {
  it.each([
    ['Some 5,000 people remain trapped in the besieged town.', true],
    ['Shelling of the city and its countryside went on.', true],
    ['Fighting reached the old city centre.', true],
    ['Some 5,000 people remain trapped in the besieged town of Madaya.', false],
    ['Refugees fled to the surrounding region.', false],
    ['Residents of besieged areas went hungry.', false],
    ['The town’s mayor said 40 homes burned.', false],
    // A city's part, the city named before: "Aleppo … the rebel-held east".
    ['Aid has not reached the roughly 250,000 civilians besieged in the rebel-held east.', true],
    ['Shelling hit the northeast of the country.', true],
    ['Fighting raged across the Middle East.', false],
    ['Aid reached the east of Aleppo.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(pointsToUnnamedPlace(sentence)).toBe(expected);
  });
});

describe('an everyday figure against a large one', () => {
  const mixed = builtIndex([
    {
      id: 'spending',
      text:
        'How to Program Your Mind\n\n' +
        'Depending on your spending habits this could possibly be in the hundreds to thousands of dollars.',
    },
    {
      id: 'ghouta',
      text:
        'Chemical attack near Damascus\n\n' +
        'Opponents of Bashar al-Assad said his forces killed 1,300 people in chemical attacks on Ghouta on Wednesday.',
    },
  ]);
  const relations = (text: string, span: string) => {
    const claim = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim ? matchClaim(mixed, claim).matches.map((m) => `${m.doc} ${m.relation}`) : [];
  };

  // The same article saved from another address: its "hundreds" had been a rival for its own "thousands", which
  // needed no shared name, while the "hundreds" it does print needs one, and the sentence names nothing.
  it('is no rival when the sentences share no name and neither restates the other', () => {
    const copy =
      'Depending on your spending habits this could possibly be in the hundreds to thousands of dollars.';
    expect(relations(copy, 'hundreds')).toEqual([]);
    expect(relations(copy, 'thousands')).toEqual(['spending agrees']);
  });

  it('is a rival when the sentences share a name', () => {
    expect(
      relations(
        'Activists said hundreds of people were killed in the chemical attacks on Ghouta.',
        'hundreds',
      ),
    ).toEqual(['ghouta conflicts']);
  });
});
