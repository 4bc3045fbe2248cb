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

describe('disagreementTopic', () => {
  it.each([
    [
      'The war has killed more than 280,000 people, the monitor said.',
      'more than 280,000',
      'war has killed … people',
    ],
    [
      'Regime aircraft have dropped more than 1000 bombs on the city in at least 150 airstrikes',
      'more than 1000',
      'Regime aircraft have dropped … bombs on the city',
    ],
    // The small words at either end go, the ones beside the value stay.
    ['Among them were four teachers and 15 children.', 'four', '… teachers and 15 children'],
    [
      'A ceasefire has been in place since February 27 but fighting broke out in April.',
      'February 27',
      'ceasefire has been in place since …',
    ],
    // A clause break (comma, dash, quote mark, sentence end) bounds the words on either side.
    ['In Aleppo, dozens of civilians died — the toll is rising.', 'dozens', '… of civilians died'],
    // A value that opens its clause takes all its naming words from after it.
    [
      'More than four million Syrians have fled the civil war to neighbouring countries.',
      'More than four million',
      '… Syrians have fled the civil war to neighbouring',
    ],
  ])('%s → %s', (passage, value, topic) => {
    expect(disagreementTopic([report(passage, value)])).toBe(topic);
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
