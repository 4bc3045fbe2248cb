/**
 * A quote the page joins across an attribution ("…,” Warner said. “…") is two sentences, so two passages, in
 * the corpus: each part is matched on its own when the whole is not found, and a part that no source states
 * matches nothing.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  {
    id: 'debt',
    text:
      'Interest on the federal debt is rising fast.\n\n' +
      '“The issue has just disappeared from the campaign,” said Senator Mark Warner. “There’s collective amnesia about the debt.”',
  },
  { id: 'budget', text: 'The budget office expects rates to climb through 2021, officials said.' },
  {
    id: 'lab',
    text:
      'Fetter learned to program on the lab’s machine.\n\n' +
      '“He would come in with maybe one yellow sheet of paper, a legal piece of paper in his pocket, pull it out, and say, ‘Let’s try this.’”',
  },
  { id: 'markets', text: 'Treasury yields rose for a third week as investors sold bonds.' },
  {
    id: 'harbour',
    text:
      'Storm repairs are nearly done at the port.\n\n' +
      '“The harbour will reopen on Friday. We expect the ferries to resume a full timetable within two weeks of the repairs,” the port director said.',
  },
  {
    id: 'talks',
    text: 'The envoy met both delegations on Monday.\n\n“The talks were pretty productive,” the envoy said.',
  },
  {
    id: 'rally',
    text: 'The rally drew thousands.\n\n“These guys are the worst of the worst,” Trump told the crowd in Ohio.',
  },
];
const index = builtIndex(DOCS);

const quoteMatches = (text: string) => matchesOf(index, text, (c) => c.kind === 'quote', '2017-06-01');

describe('a quote joined across an attribution', () => {
  it.each([
    [
      'both parts as the source says them',
      '“The issue has just disappeared from the campaign,” Warner said. “There’s collective amnesia about the debt.”',
      [['debt', 'agrees']],
    ],
    [
      'one part the source says, one it does not',
      '“The issue has just disappeared from the campaign,” Warner said. “Nobody in Washington wants to talk about it.”',
      [['debt', 'agrees']],
    ],
    [
      // The whole is mostly the long part, so it reads as reworded against that part's passage; the part is not.
      'a short part the source does not print and a long one it does',
      '“He carried a lot in his head,” Fetter said. “He would come in with maybe one yellow sheet of paper, a legal piece of paper in his pocket, pull it out, and say, ‘Let’s try this.’”',
      [['lab', 'agrees']],
    ],
    [
      // One quotation in the source holds both parts: the second given otherwise is the whole reworded.
      'one part word for word and one reworded, in one quotation',
      '“The harbour will reopen on Friday,” she said. “We expect ferries to resume their timetable within two weeks.”',
      [['harbour', 'reworded']],
    ],
    [
      'no part the source says',
      '“Voters care about jobs, not deficits,” Warner said. “Nobody in Washington wants to talk about it.”',
      [],
    ],
  ])('%s', (_what, text, expected) => {
    expect(quoteMatches(text)).toEqual(expected);
  });
});

describe('a quote reworded', () => {
  it.each([
    [
      'a degree word swapped',
      '“The talks were fairly productive,” the envoy told reporters.',
      [['talks', 'reworded']],
    ],
    ['the word it is about swapped', '“The talks were pretty unproductive,” the envoy told reporters.', []],
    // Said by the same person, named: one word swapped is the source's words given otherwise.
    [
      'a word swapped, the speaker named',
      'Trump said: “These men are the worst of the worst.”',
      [['rally', 'reworded']],
    ],
    ['the same words said by someone else', 'Biden said: “These men are the worst of the worst.”', []],
    ['the same words, the speaker not named', '“These men are the worst of the worst,” a voter said.', []],
    ['two words swapped', 'Trump said: “These men are the best of the best.”', []],
  ])('%s', (_what, text, expected) => {
    expect(quoteMatches(text)).toEqual(expected);
  });
});
