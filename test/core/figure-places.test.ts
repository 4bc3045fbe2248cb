/**
 * A sentence listing one measure for several places gives each figure its own place: another outlet's figure for
 * one place is neither a rival nor a copy of the figure given for the other.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { MAX_FIGURES, ownedByFigure, type FigureAt } from '../../src/core/match/figure-places';
import { sentenceNameSpans } from '../../src/core/match/names';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

/** The sentence's names that figure `figure` keeps (its own and the whole sentence's), joined with "+". */
function namesKept(sentence: string, figure: string): string {
  const figures: FigureAt[] = extractClaims(sentence, { referenceDate: '2016-06-01' }).flatMap((c) =>
    c.value.type === 'quantity' ? [{ start: c.start, end: c.end, value: c.value }] : [],
  );
  const own = figures.findIndex((f) => sentence.slice(f.start, f.end) === figure);
  expect(own, `no figure "${figure}" in "${sentence}"`).toBeGreaterThanOrEqual(0);
  return ownedByFigure(sentence, figures, own, sentenceNameSpans(sentence))
    .map((n) => n.terms.join(' '))
    .join('+');
}

describe('the names a figure keeps', () => {
  it.each([
    // One measure, one place after each figure.
    ['The surge reached 14 feet at Cedar Key and about 10 feet at Steinhatchee.', '14', 'cedar kei'],
    ['The surge reached 14 feet at Cedar Key and about 10 feet at Steinhatchee.', 'about 10', 'steinhatche'],
    ['Air strikes killed 12 civilians in Douma, while 8 died in Harasta.', '12', 'douma'],
    ['Air strikes killed 12 civilians in Douma, while 8 died in Harasta.', '8', 'harasta'],
    // A place before each figure: the first figure's opening phrase is its own.
    ['In Aleppo, 12 people were killed; in Idlib, 8 people died.', '12', 'aleppo'],
    ['In Aleppo, 12 people were killed; in Idlib, 8 people died.', '8', 'idlib'],
    // The strongest separator parts the two: ", and", not the "and" inside the first place list.
    [
      'On Monday, Russian strikes killed 12 people in Douma and Harasta, and 8 in Idlib.',
      '12',
      'russia+douma+harasta',
    ],
    [
      'On Monday, Russian strikes killed 12 people in Douma and Harasta, and 8 in Idlib.',
      '8',
      'russia+idlib',
    ],
    // No list: a part of the figure before ("including"), two measures, or nothing between them.
    [
      'Shelling killed 12 people in Aleppo, including 5 children in Bustan al-Qasr.',
      '5',
      'aleppo+bustan+qasr',
    ],
    [
      'The monitor said Russia flew 9,000 sorties in Syria, killing 2,000 civilians.',
      '2,000',
      'russia+syria',
    ],
    [
      'It said 31 people hurt in Turkish hospitals and three people had died in Syria.',
      'three',
      'turkei+syria',
    ],
    [
      'The bombing killed 18 people in Jaramana, a Christian and Druze district of Damascus, and 4 died in Homs.',
      '18',
      'jaramana+christian+druze+damascu',
    ],
    // Far apart, two figures are in clauses of their own, and the names between them are the sentence's.
    [
      'The monitor says more than 180000 people have been killed in the Syrian conflict since it erupted in 2011, while the United Nations puts the figure at 191000.',
      '191000',
      'syria+un',
    ],
  ])('%s — %s: %s', (sentence, figure, kept) => {
    expect(namesKept(sentence, figure)).toBe(kept);
  });
});

describe('a sentence of more figures than any list', () => {
  it('keeps every name for each figure, whatever its length', () => {
    const sentence = `${'The surge reached 5 feet at Cedar Key and '.repeat(MAX_FIGURES)}6 feet at Steinhatchee.`;
    const figures: FigureAt[] = [...sentence.matchAll(/\d+/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      value: {
        type: 'quantity',
        low: Number(m[0]),
        high: Number(m[0]),
        nominal: Number(m[0]),
        counted: ['feet'],
      },
    }));
    const names = sentenceNameSpans(sentence);
    expect(ownedByFigure(sentence, figures, figures.length - 1, names)).toBe(names);
    expect(ownedByFigure(sentence, figures.slice(-2), 1, names)).not.toBe(names);
  });
});

const storm = builtIndex([
  {
    id: 'ledger',
    text: 'In Cedar Key, a fishing town of about 700 people, the storm surge reached 14 feet and swept away the pier.',
  },
  { id: 'weekly', text: 'The surge reached 14 feet at Cedar Key and about 10 feet at Steinhatchee.' },
  { id: 'power', text: 'More than a million homes in Florida lost power as the storm moved inland.' },
]);

describe('a corpus sentence listing one measure for two places', () => {
  it('is no disagreement with another outlet that gives the first place the same figure', () => {
    expect(storm.disagreements.map((d) => d.reports.map((r) => `${r.doc} ${r.text}`))).toEqual([]);
  });

  it("sets a page's other figure for the first place against that place's figure, not the second place's", () => {
    expect(
      matchesOf(storm, 'The storm surge at Cedar Key reached 10 feet.', (c) => c.text === '10', '2016-06-01'),
    ).toEqual([
      ['weekly', 'conflicts'],
      ['ledger', 'conflicts'],
    ]);
  });

  it("reads a page's list the same way: its second place's figure meets only that place's", () => {
    const page = 'The surge reached 14 feet at Cedar Key and 9 feet at Steinhatchee.';
    expect(matchesOf(storm, page, (c) => c.text === '9', '2016-06-01')).toEqual([['weekly', 'vaguer']]);
    expect(matchesOf(storm, page, (c) => c.text === '14', '2016-06-01').map(([, r]) => r)).toEqual([
      'agrees',
      'agrees',
    ]);
  });
});
