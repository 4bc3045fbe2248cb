/**
 * A toll's cause is part of its fact: the same figure of dead from a war, an earthquake, floods or a disease are
 * four facts, whatever words their sentences share.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  {
    id: 'war',
    text: "Syria's war has killed more than 280,000 people and displaced millions since it started in 2011.",
  },
  {
    id: 'quake',
    text: 'An earthquake killed more than 280,000 people in the region, officials said.',
  },
  {
    id: 'report',
    text: 'More than 280,000 people have been killed in Syria since 2011, the monitor said.\n\nThe war has displaced millions.',
  },
];

const index = builtIndex(DOCS);
const matches = (text: string, span: string) => matchesOf(index, text, (c) => c.text === span, '2016-05-02');

describe('the cause of a toll', () => {
  it.each([
    // Another cause, the same figure and counted words: no match.
    ['Floods have killed more than 280,000 people in the region since 2011.', 'more than 280,000', []],
    ['The earthquake killed more than 280,000 people.', 'more than 280,000', [['quake', 'agrees']]],
    ['Malaria killed more than 280,000 people in the region last year.', 'more than 280,000', []],
    // The same cause, named in the passage or only in its document ("report").
    [
      'The war in Syria has killed more than 280,000 people.',
      'more than 280,000',
      [
        ['war', 'agrees'],
        ['report', 'agrees'],
      ],
    ],
    // A sentence that names no cause is left to the other checks.
    [
      'More than 280,000 people have been killed in Syria since 2011.',
      'More than 280,000',
      [
        ['war', 'agrees'],
        ['report', 'agrees'],
      ],
    ],
  ])('%s', (text, span, expected) => {
    expect(matches(text, span).sort()).toEqual([...expected].sort());
  });
});
