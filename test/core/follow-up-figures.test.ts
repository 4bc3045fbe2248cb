import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { scanGates, scanTexts } from '../../src/core/scan-texts';
import { builtIndex } from './built-index';

const REF = { referenceDate: '2016-09-06' };
const LEAD =
  'State television said 38 people died in a double bombing just outside the coastal city of Tartous.';

/** The claim `span` of `text`. */
function claimOf(text: string, span: string) {
  const claim = extractClaims(text, REF).find((c) => c.text === span);
  if (!claim) throw new Error(`no claim "${span}" in ${text}`);
  return claim;
}

describe('a figure whose sentence names only what it counts takes its context from the sentence before', () => {
  it.each([
    [`${LEAD} Another 45 were injured there, it said.`, '45', LEAD],
    // The thread goes on through such sentences.
    [
      `${LEAD} Another 45 were injured there. More than 30 others were missing.`,
      'More than 30',
      `${LEAD} Another 45 were injured there.`,
    ],
    // Every such figure of the sentence, not only its first.
    [`${LEAD} Another 45 were injured and 12 were missing.`, '12', LEAD],
    // Whom the figure is credited to says nothing of what it counts.
    [`${LEAD} Some 80 others were wounded, the Britain-based monitoring group said.`, 'Some 80', LEAD],
    [`${LEAD} Another 45 were injured, according to local medical workers.`, '45', LEAD],
  ])('%s: "%s"', (text, span, context) => {
    const claim = claimOf(text, span);
    expect(claim.context).toBe(context);
    expect(claim.subject).toEqual(expect.arrayContaining(['doubl', 'state']));
    // The claim's own sentence is still its own: the popup shows it, the ids are made of it.
    expect(text.endsWith(claim.sentence)).toBe(true);
  });

  it.each([
    // A sentence that says what happened stands on its own.
    `${LEAD} Dozens of rebels were killed as the army stepped up its shelling of the hills.`,
    // A paragraph break ends the thread: the page scanner reads paragraphs apart.
    `${LEAD}\n\nAnother 45 were injured there, it said.`,
    // So does a sentence in between.
    `${LEAD} The road was closed. Another 45 were injured there, it said.`,
    // A credit in mid-sentence does not hide what the rest of it says.
    `${LEAD} Another 45 were injured, officials said, when a third car bomb went off near the port.`,
  ])('not in: %s', (text) => {
    const last = extractClaims(text, REF).at(-1);
    expect(last?.context).toBeUndefined();
  });
});

describe('the sentence gate', () => {
  it('is asked with the terms a follow-up figure may take from the sentence before', () => {
    const asked: string[][] = [];
    extractClaims(`${LEAD} Another 45 were injured there, it said.`, {
      ...REF,
      keepSentence: (terms) => {
        asked.push([...terms]);
        return true;
      },
    });
    expect(asked).toHaveLength(2);
    expect(asked[0]).not.toContain('injur');
    expect(asked[1]).toEqual(expect.arrayContaining(['injur', 'doubl', 'state']));
  });
});

describe('matching a follow-up figure', () => {
  const docs: CorpusSource[] = [
    {
      id: 'tartous',
      text: 'Regime media said at least 30 people had been killed and 45 injured in a double bomb attack just outside the city of Tartous.',
    },
    {
      id: 'homs',
      text: 'A car bomb at a checkpoint in Homs killed 12 people and injured 45, state media said.',
    },
    { id: 'talks', text: 'Talks on Syria stalled in Geneva as the envoy paused them for three weeks.' },
  ];
  const index = builtIndex(docs);
  const page = `${LEAD} Another 45 were injured there, it said.`;

  it('matches the report of the same attack, by the place the sentence before names', () => {
    expect(matchClaim(index, claimOf(page, '45')).matches.map((m) => [m.doc, m.relation])).toEqual([
      ['tartous', 'agrees'],
    ]);
  });

  it('matches nothing without the sentence before', () => {
    expect(matchClaim(index, claimOf('Another 45 were injured there, it said.', '45')).matches).toEqual([]);
  });

  it('is found by the worker with its gates as without them', () => {
    const texts = [page, 'Another 45 were injured there, it said.'];
    const gated = scanTexts(index, scanGates(index), texts, REF.referenceDate);
    expect(gated.flat().map((f) => f.claim.text)).toEqual(['38', '45']);
    expect(gated).toEqual(scanTexts(index, null, texts, REF.referenceDate));
  });
});
