/**
 * A page that gives its own date holds its tolls of under a thousand to the corpus reports of that time: a
 * town's "16 killed" a year later is another attack, unless the page's sentence says when it happened.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { scanGates, scanTexts } from '../../src/core/scan-texts';
import { builtIndex } from './built-index';

const DOCS: CorpusSource[] = [
  {
    id: 'bakery',
    text:
      'Bomber kills 16 in Hasakeh\n\n' +
      'A motorcycle bomber killed 16 people outside a bakery in Hasakeh on Tuesday, officials in Syria said.\n\n' +
      'Some 104 civilians have been killed in coalition raids on Manbij since the offensive began on May 31.\n\n' +
      'The war in Syria has killed more than 280,000 people since 2011.',
    meta: { date: '2016-07-05' },
  },
  {
    id: 'talks',
    text: 'Talks on Syria resumed in Geneva with Russia present.',
    meta: { date: '2016-07-01' },
  },
  {
    id: 'aid',
    text: 'Aid reached Madaya after Syria and Russia agreed a pause.',
    meta: { date: '2016-06-20' },
  },
];
const index = builtIndex(DOCS);

/** [document, relation] of the matches of the claim `span` in `text`, on a page published on `published`. */
function matched(text: string, span: string, published?: string): [string, string][] {
  const claim = extractClaims(text, { referenceDate: published ?? '2016-07-06' }).find(
    (c) => c.text === span,
  );
  expect(claim, `no claim "${span}"`).toBeDefined();
  if (!claim) return [];
  const options = published ? { published } : {};
  return matchClaim(index, claim, options).matches.map((m) => [m.doc, m.relation]);
}

describe('a dated page’s everyday tolls', () => {
  const TOLL = 'A motorcycle bomber killed 16 people outside a bakery in Hasakeh, officials said.';
  it.each([
    ['reported within days of the corpus’s report', TOLL, '16', '2016-07-06', [['bakery', 'agrees']]],
    ['reported a year later, naming no time: another attack', TOLL, '16', '2017-07-10', []],
    [
      'a year later, naming the month it happened',
      'In July 2016, a motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
      '16',
      '2017-07-10',
      [['bakery', 'agrees']],
    ],
    ['an undated page: no time to hold it to', TOLL, '16', undefined, [['bakery', 'agrees']]],
    [
      'a toll counted since a day, reported weeks after that day',
      'At least 104 civilians have been killed in coalition raids on Manbij, the monitor said.',
      'At least 104',
      '2016-07-06',
      [['bakery', 'agrees']],
    ],
    [
      'a war’s toll, whatever the time',
      'The war in Syria has killed more than 280,000 people.',
      'more than 280,000',
      '2017-07-10',
      [['bakery', 'agrees']],
    ],
  ])('%s', (_what, text, span, published, expected) => {
    expect(matched(text, span, published)).toEqual(expected);
  });
});

describe('a dated page’s own news day', () => {
  const dated = builtIndex([
    {
      id: 'bakery',
      text: 'Bomber kills 16 in Hasakeh\n\nA motorcycle bomber struck a bakery in Hasakeh on July 4, 2016, officials in Syria said.',
      meta: { date: '2016-07-05' },
    },
    ...DOCS.slice(1),
  ]);
  const dayMatches = (sentence: string, published: string, own: boolean) => {
    const claim = extractClaims(sentence, { referenceDate: published }).find((c) => c.kind === 'date');
    expect(claim).toBeDefined();
    return claim ? matchClaim(dated, claim, own ? { published } : {}).matches.map((m) => m.relation) : [];
  };
  const SAID = (day: string) => `A motorcycle bomber struck a bakery in Hasakeh on ${day}, officials said.`;
  it.each([
    // Each day its own report's: two bombings, not two dates for one.
    [SAID('July 8, 2016'), '2016-07-09', true, []],
    // Read against a reader's today, the page's date proves nothing: a rival date, as before.
    [SAID('July 8, 2016'), '2016-07-09', false, ['conflicts']],
    // A day within two of the corpus's: one bombing, dated otherwise.
    [SAID('July 5, 2016'), '2016-07-06', true, ['conflicts']],
    // A page looking back weeks names a day the matcher weighs as before.
    [SAID('July 8, 2016'), '2016-08-20', true, ['conflicts']],
  ])('%s (published %s, the page’s own date: %s) → %j', (sentence, published, own, expected) => {
    expect(dayMatches(sentence, published, own)).toEqual(expected);
  });
});

describe('scanTexts', () => {
  it('holds tolls to the reference date only when it is the page’s own', () => {
    const text = 'A motorcycle bomber killed 16 people outside a bakery in Hasakeh, officials said.';
    const found = (published: boolean) =>
      scanTexts(index, scanGates(index), [text], '2017-07-10', published)[0]?.map((f) => f.claim.text);
    expect(found(false)).toEqual(['16']);
    expect(found(true)).toEqual([]);
  });
});
