import { describe, expect, it } from 'vitest';
import { terms } from '../../src/core/text/terms';
import { disagreementTopic, type TopicReport } from '../../src/core/match/disagreement-topic';

/** A report whose value is `value` inside `passage`. */
function report(
  passage: string,
  value: string,
  subject: string[] = [],
  kind: TopicReport['kind'] = 'quantity',
): TopicReport {
  const start = passage.indexOf(value);
  if (start < 0) throw new Error(`${value} not in ${passage}`);
  return { passage, start, end: start + value.length, kind, subject };
}

/** Reports of other sources that give `values`, each in a sentence of its own. */
function others(values: string[], kind: TopicReport['kind'] = 'quantity'): TopicReport[] {
  return values.map((value) => report(`${value} were reported.`, value, [], kind));
}

describe('disagreementTopic', () => {
  it.each([
    // The values given stand where the sources differ: an ellipsis there read as a word cut out.
    [
      'In Aleppo, where raging battle has claimed dozens of lives in the past few days, talks went on.',
      'dozens',
      ['hundreds'],
      'Raging battle has claimed dozens or hundreds of lives in the past few days',
    ],
    [
      'The war has killed more than 280,000 people, the monitor said.',
      'more than 280,000',
      ['250,000', 'more than 280,000', 'over 470,000'],
      'The war has killed more than 280,000, 250,000 or over 470,000 people',
    ],
    [
      'Regime aircraft have dropped more than 1000 bombs on the city in at least 150 airstrikes',
      'more than 1000',
      ['270'],
      'Regime aircraft have dropped more than 1000 or 270 bombs on the city',
    ],
    // A clause is taken from its start, small words and all, and starts as a heading does.
    [
      'Among them were four teachers and 15 children.',
      'four',
      ['six'],
      'Among them were four or six teachers and 15 children',
    ],
    [
      'A ceasefire has been in place since February 27 but fighting broke out in April.',
      'February 27',
      ['March 1', 'march 1'],
      'A ceasefire has been in place since February 27 or March 1',
    ],
    // A clause break (comma, dash, quote mark, sentence end) bounds the words on either side.
    [
      'In Aleppo, dozens of civilians died — the toll is rising.',
      'dozens',
      ['Hundreds'],
      'Dozens or hundreds of civilians died',
    ],
    // A value that opens its clause takes all its naming words from after it, and keeps its capital there only.
    [
      'More than four million Syrians have fled the civil war to neighbouring countries.',
      'More than four million',
      ['About 4.8 million', 'Nearly five million'],
      'More than four million, about 4.8 million or nearly five million Syrians have fled the civil war to neighbouring countries',
    ],
    // A value that opened a headline does not keep its capital in mid-heading.
    [
      'Russia strike Moscow Some 120 Islamic State fighters killed',
      'Some 120',
      ['60'],
      'Russia strike Moscow some 120 or 60 Islamic State fighters killed',
    ],
    // Past three wordings, the first report's stands and the others are counted: the reports below give them.
    [
      'The death toll from the six-year conflict at 470000 people, the centre said.',
      '470000',
      ['more than 300000', 'over 470000', '280000', 'about 400000'],
      'The death toll from the six-year conflict at 470000 people (and 4 other figures)',
    ],
    // Never cut inside a name, nor end on "in the": past a long clause start, the value's own noun phrase.
    [
      'United Nations envoy Staffan de Mistura last week announced a three-week pause in the Geneva talks, the first attempt to negotiate an end to the war.',
      'three-week',
      ['two-week'],
      'A three-week or two-week pause in the Geneva talks',
    ],
    [
      'The area saw some of the most horrific attacks on civilians with Ghouta witnessing two chemical weapons attacks in 2013 which left hundreds dead.',
      'hundreds',
      ['1300'],
      'Two chemical weapons attacks in 2013 which left hundreds or 1300 dead',
    ],
    // A clause of its own after "where", "and" …; a dateline before the clause is the page's date, not the fact's.
    [
      'A battle broke out when rebels staged an assault on the siege of the city’s east where about 300000 people are thought to be living.',
      'about 300000',
      ['185000'],
      'About 300000 or 185000 people are thought to be living',
    ],
    [
      'At least 15 people were killed and 12 others wounded in a car bomb blast in the central Syrian city of Homs on Thursday.',
      '12',
      ['more than 20'],
      '12 or more than 20 others wounded in a car bomb blast',
    ],
    [
      '4 Apr 2017 An alleged chemical attack that killed at least 58 and injured dozens in the rebel-held town of Khan Shaykhun has triggered criticism.',
      'at least 58',
      ['70'],
      // Cut short, the heading drops the part it would cut ("… at least 58 and injured").
      'An alleged chemical attack that killed at least 58 or 70',
    ],
    [
      'Syrias conflict has killed more than 230000 people and wounded at least a million according to the UN.',
      'more than 230000',
      ['more than 220000'],
      'Syrias conflict has killed more than 230000 or more than 220000 people',
    ],
    // Who said it is no part of the fact; an aside in brackets is no clause break.
    [
      'Death toll in bomb attack rises The death toll from a bomb blast on a crowded Syrian bus convoy outside Aleppo reached at least 112 people the Syrian Observatory for Human Rights monitoring group said on Sunday.',
      'at least 112',
      ['at least 126'],
      'At least 112 or at least 126 people',
    ],
    [
      'Airstrikes in Aleppo province killed at least 22 Red Crescent [SARC] volunteers including a senior official.',
      'at least 22',
      ['12'],
      'Airstrikes in Aleppo province killed at least 22 or 12 Red Crescent volunteers',
    ],
  ])('%s → %s', (passage, value, values, topic) => {
    expect(disagreementTopic([report(passage, value), ...others(values)])).toBe(topic);
  });

  it('counts other dates as dates, and keeps a month’s capital', () => {
    const first = report('Rebels entered its southwestern districts on June 23.', 'June 23', [], 'date');
    expect(disagreementTopic([first, ...others(['June 24 2016', 'June', '2016', 'May'], 'date')])).toBe(
      'Rebels entered its southwestern districts on June 23 (and 4 other dates)',
    );
    expect(disagreementTopic([first, ...others(['June 24 2016'], 'date')])).toBe(
      'Rebels entered its southwestern districts on June 23 or June 24 2016',
    );
  });

  it('never stands an ellipsis where the value was', () => {
    const topic = disagreementTopic([
      report('The war has killed more than 280,000 people, the monitor said.', 'more than 280,000'),
      ...others(['250,000']),
    ]);
    expect(topic).not.toContain('…');
  });

  it('falls back to the terms the reports share when the value stands alone in its clause', () => {
    const reports = [
      report('In 2011, the uprising began in Deraa.', '2011', terms('uprising Deraa'), 'date'),
      report('The uprising in Deraa started in March 2012.', 'March 2012', terms('uprising Deraa'), 'date'),
    ];
    expect(disagreementTopic(reports)).toBe('uprising deraa');
  });

  it('gives a quote its speaker and first words in one pair of marks', () => {
    const passage = 'Kerry said: “Russia needs to understand that our patience is not infinite,” he added.';
    const start = passage.indexOf('“');
    const end = passage.indexOf('”') + 1;
    expect(disagreementTopic([{ passage, start, end, kind: 'quote', subject: [], speaker: 'Kerry' }])).toBe(
      'Kerry: “Russia needs to understand that our patience…”',
    );
  });

  it.each([
    // Cut, a quote ends on a word that says something, then the ellipsis.
    [
      '"Dozens of shells fell overnight Wednesday and into Thursday morning on Fuaa" the Observatory said.',
      '“Dozens of shells fell overnight Wednesday…”',
    ],
    // Whole, it has no ellipsis: none was left out.
    ['Syrian state media said the attack "would not go unpunished."', '“would not go unpunished”'],
  ])('quotes %s as %s', (passage, topic) => {
    const start = passage.indexOf('"');
    const end = passage.lastIndexOf('"') + 1;
    expect(disagreementTopic([{ passage, start, end, kind: 'quote', subject: [] }])).toBe(topic);
  });

  it('dates a date a preposition governs from where its phrase starts', () => {
    const passage =
      'Warplanes also dropped nerve agents on eastern Hama on December 11 and northern Hama near Khan Shaykhun on March 30 2017.';
    expect(
      disagreementTopic([report(passage, 'March 30 2017', [], 'date'), ...others(['April 4'], 'date')]),
    ).toBe('Near Khan Shaykhun on March 30 2017 or April 4');
  });
});
