/**
 * A user's own corpus about something other than war: business and economics news, where figures are mostly
 * percentages and money and sentences often name nothing. The same figure about another thing must stay
 * unmatched; the corpus's own sentence, copied, must match; rounded amounts one step apart are rivals.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  {
    id: 'markets',
    text:
      'Tesla shares rose 2% on Monday after the carmaker reported strong deliveries.\n\n' +
      'The economy expanded at an annualized rate of 4.2 percent in the second quarter.\n\n' +
      'The company paid $145m for the startup, according to people familiar with the deal.',
  },
  {
    id: 'rates',
    text:
      'Inflation eased to 3 percent in the euro zone last month, official figures showed.\n\n' +
      'About 13 percent of federal spending will go to interest within a decade.',
  },
  {
    id: 'elections',
    text:
      'Turnout reached 67 percent in the regional election on Sunday.\n\n' +
      'Sales of electric cars grew 40% last year.\n\n' +
      'The old computer was keeping track of numbers to six decimal places, but the printer had rounded them to three decimal places.',
  },
];

const index = builtIndex(DOCS);

const matches = (text: string, span: string) => matchesOf(index, text, (c) => c.text === span, '2017-06-01');

describe('a corpus of business news', () => {
  it.each([
    // The same figure about another thing.
    ['Apple shares rose 2% on Tuesday after the iPhone launch.', '2%', []],
    ['Inflation in Japan eased to 3 percent in June.', '3 percent', []],
    ['About 13 percent of the school budget goes to transport.', 'About 13 percent', []],
    ['Turnout reached 67 percent in the national referendum.', '67 percent', []],
    ['Sales of electric bikes grew 40% in the first half.', '40%', []],
    // The corpus's sentence, copied or lightly edited, names nothing and still matches.
    [
      'The economy expanded at an annualised rate of 4.2 percent in the second quarter.',
      '4.2 percent',
      [['markets', 'agrees']],
    ],
    [
      'The economy expanded at an annualized rate of 4.1 percent in the second quarter.',
      '4.1 percent',
      [['markets', 'conflicts']],
    ],
    // Rounded amounts one step apart are two figures.
    [
      'The company paid $144 million for the startup, people familiar with the deal said.',
      '$144 million',
      [['markets', 'conflicts']],
    ],
    // A passage that states the page's figure reports it, whatever other figure it gives beside it.
    [
      'The old computer was keeping track of numbers to six decimal places, the printout shows.',
      'six',
      [['elections', 'agrees']],
    ],
  ])('%s (%s) → %j', (text, span, expected) => {
    expect(matches(text, span)).toEqual(expected);
  });
});

describe('a company’s results', () => {
  // Two quarters and two ways the shares went, in one company's reports; sentences that name nothing are about it.
  const results = builtIndex([
    { id: 'q2', text: 'Brightwell said second-quarter revenue rose 12% to $4.2 billion.' },
    {
      id: 'q3',
      text:
        'Shares of Brightwell fell 9% in late trading.\n\n' +
        'The company forecast revenue of $4.4 billion for the third quarter.',
    },
    { id: 'stock', text: 'Brightwell’s shares have risen 34% this year, traders said.' },
  ]);
  const found = (text: string, span: string) =>
    matchesOf(results, text, (c) => c.text === span, '2025-08-07');
  it.each([
    // The page's first word is the company the document names, whatever else the page names.
    [
      'Brightwell forecast revenue of $4.4 billion for the third quarter, short of Wall Street estimates.',
      '$4.4 billion',
      [['q3', 'agrees']],
    ],
    // The passage's first word is the company the page names.
    ['Brightwell’s second-quarter revenue was $4.0 billion.', '$4.0 billion', [['q2', 'conflicts']]],
    // Another quarter's revenue is no rival figure.
    ['Brightwell expects third-quarter revenue of $4.6 billion.', '$4.6 billion', [['q3', 'conflicts']]],
    ['Brightwell’s shares have risen 30% this year, traders said.', '30%', [['stock', 'conflicts']]],
  ])('%s (%s) → %j', (text, span, expected) => {
    expect(found(text, span)).toEqual(expected);
  });
  it('takes shares that fell for no rival of shares that rose', () => {
    const docs = found('Brightwell’s shares fell 30% this year, traders said.', '30%').map(([doc]) => doc);
    expect(docs).not.toContain('stock');
  });
});
