/** The one-line source variance a reader sees on the card and in the popup. */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/core/match/variance';
import type { ClaimKind, SourceReport } from '../../src/core/types';

const reports = (...statuses: SourceReport['status'][]): SourceReport[] =>
  statuses.map((status, i) => ({ doc: `d${i}`, source: `S${i}`, status }));

describe('summarise', () => {
  it.each<[string, ClaimKind, SourceReport[], string]>([
    ['no source', 'quantity', [], 'No source in the corpus covers this'],
    [
      'only silent ones',
      'date',
      reports('silent', 'silent'),
      'None of 2 sources covering this topic reports it',
    ],
    // Not "None of 1 source": a count of one reads as a slip.
    [
      'the only one silent',
      'quantity',
      reports('silent'),
      'The one source covering this topic does not report it',
    ],
    ['one agreeing', 'quantity', reports('agrees'), '1 source agrees'],
    [
      'all giving another figure',
      'quantity',
      reports('conflicts', 'conflicts'),
      '2 sources give a different figure',
    ],
    ['another date', 'date', reports('conflicts'), '1 source gives a different date'],
    [
      'each group once, in a fixed order',
      'quantity',
      reports('vaguer', 'conflicts', 'agrees', 'agrees', 'more-precise'),
      '2 sources agree, 1 gives a different figure, 1 is less precise, 1 is more precise',
    ],
    [
      'silent ones last, as what they are',
      'quantity',
      reports('agrees', 'silent', 'conflicts', 'silent'),
      '1 source agrees, 1 gives a different figure; 2 other sources on the topic do not mention it',
    ],
    [
      'one silent',
      'date',
      reports('vaguer', 'silent'),
      '1 source is less precise; 1 other source on the topic does not mention it',
    ],
    [
      'quotes worded otherwise',
      'quote',
      reports('agrees', 'reworded', 'reworded'),
      '1 source agrees, 2 give different wording',
    ],
    // A user's corpus of thousands of documents: counts read as a person writes them.
    [
      'thousands of sources',
      'quantity',
      reports(
        ...Array<SourceReport['status']>(1200).fill('agrees'),
        ...Array<SourceReport['status']>(1500).fill('conflicts'),
        ...Array<SourceReport['status']>(1001).fill('silent'),
      ),
      '1,200 sources agree, 1,500 give a different figure; 1,001 other sources on the topic do not mention it',
    ],
  ])('%s', (_name, kind, given, line) => {
    expect(summarise(kind, given)).toBe(line);
  });
});
