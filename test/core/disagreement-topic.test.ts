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
      'raging battle has claimed dozens or hundreds of lives in the past',
    ],
    [
      'The war has killed more than 280,000 people, the monitor said.',
      'more than 280,000',
      ['250,000', 'more than 280,000', 'over 470,000'],
      'war has killed more than 280,000, 250,000 or over 470,000 people',
    ],
    [
      'Regime aircraft have dropped more than 1000 bombs on the city in at least 150 airstrikes',
      'more than 1000',
      ['270'],
      'Regime aircraft have dropped more than 1000 or 270 bombs on the city',
    ],
    // The small words at either end go, the ones beside the value stay.
    [
      'Among them were four teachers and 15 children.',
      'four',
      ['six'],
      'four or six teachers and 15 children',
    ],
    [
      'A ceasefire has been in place since February 27 but fighting broke out in April.',
      'February 27',
      ['March 1', 'march 1'],
      'ceasefire has been in place since February 27 or March 1',
    ],
    // A clause break (comma, dash, quote mark, sentence end) bounds the words on either side.
    [
      'In Aleppo, dozens of civilians died — the toll is rising.',
      'dozens',
      ['Hundreds'],
      'dozens or hundreds of civilians died',
    ],
    // A value that opens its clause takes all its naming words from after it, and keeps its capital there only.
    [
      'More than four million Syrians have fled the civil war to neighbouring countries.',
      'More than four million',
      ['About 4.8 million', 'Nearly five million'],
      'More than four million, about 4.8 million or nearly five million Syrians have fled the civil war to neighbouring',
    ],
    // A value that opened a headline does not keep its capital in mid-heading.
    [
      'Russia strike Moscow Some 120 Islamic State fighters killed',
      'Some 120',
      ['60'],
      'Russia strike Moscow some 120 or 60 Islamic State',
    ],
    // Past three wordings, the first report's stands and the others are counted: the reports below give them.
    [
      'The death toll from the six-year conflict at 470000 people, the centre said.',
      '470000',
      ['more than 300000', 'over 470000', '280000', 'about 400000'],
      'toll from the six-year conflict at 470000 people (and 4 other figures)',
    ],
  ])('%s → %s', (passage, value, values, topic) => {
    expect(disagreementTopic([report(passage, value), ...others(values)])).toBe(topic);
  });

  it('counts other dates as dates, and keeps a month’s capital', () => {
    const first = report('Rebels entered its southwestern districts on June 23.', 'June 23', [], 'date');
    expect(disagreementTopic([first, ...others(['June 24 2016', 'June', '2016', 'May'], 'date')])).toBe(
      'entered its southwestern districts on June 23 (and 4 other dates)',
    );
    expect(disagreementTopic([first, ...others(['June 24 2016'], 'date')])).toBe(
      'entered its southwestern districts on June 23 or June 24 2016',
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
      'Kerry: “Russia needs to understand that our patience is…”',
    );
  });
});
