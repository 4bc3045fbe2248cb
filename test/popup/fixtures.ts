/** Plain data for the popup's component tests: claims, results and corpus metadata shaped as the engine makes them. */
import type { ClaimResult, DocumentInfo, Match } from '../../src/core/types';
import type { CorpusInfo, TabClaim, TabState } from '../../src/shared/messages';
import { defaultSettings, type Settings } from '../../src/shared/settings';

/** Three documents: one with full metadata, one without outlet or date, one silent on most facts. */
export const DOCUMENTS: DocumentInfo[] = [
  {
    id: 'doc-a',
    outlet: 'The Middle East Online',
    title: 'Kerry tells Russia patience is not infinite',
    date: '2016-06-15',
    url: null,
  },
  { id: 'doc-b', outlet: null, title: 'US patience in Syria is very limited', date: null, url: null },
  {
    id: 'doc-c',
    outlet: 'Arutz Sheva',
    title: 'Appeals to Russia',
    date: '2016-06-16',
    url: 'https://example.org/c',
  },
];

/** The corpus as the worker would answer getCorpusInfo. */
export const CORPUS: CorpusInfo = {
  documents: DOCUMENTS,
  userDocuments: [],
  userProblems: [],
  disagreements: [
    {
      kind: 'quantity',
      topic: 'people killed',
      reports: [
        {
          doc: 'doc-a',
          source: 'The Middle East Online',
          text: '280,000',
          passage: 'More than 280,000 people have been killed.',
        },
        { doc: 'doc-b', source: 'doc-b', text: '250,000', passage: 'Some 250,000 people have been killed.' },
      ],
    },
  ],
};

function match(
  doc: string,
  source: string,
  passage: string,
  span: string,
  relation: Match['relation'],
  value: Match['value'],
  extra: Partial<Match> = {},
): Match {
  const spanStart = passage.indexOf(span);
  return {
    doc,
    source,
    passage,
    passageStart: 100,
    passageEnd: 100 + passage.length,
    spanStart,
    spanEnd: spanStart + span.length,
    score: 0.8,
    relation,
    value,
    ...extra,
  };
}

const tollResult: ClaimResult = {
  matches: [
    match(
      'doc-a',
      'The Middle East Online',
      'The war has claimed more than 280,000 lives, the UN said.',
      'more than 280,000',
      'agrees',
      {
        type: 'quantity',
        low: 280000,
        high: 336000,
        nominal: 280000,
      },
    ),
    match('doc-b', 'doc-b', 'Activists say 250,000 people have been killed.', '250,000', 'conflicts', {
      type: 'quantity',
      low: 250000,
      high: 250000,
      nominal: 250000,
    }),
  ],
  variance: {
    reports: [
      { doc: 'doc-a', source: 'The Middle East Online', status: 'agrees', passage: '…' },
      { doc: 'doc-b', source: 'doc-b', status: 'conflicts', passage: '…' },
      { doc: 'doc-c', source: 'Arutz Sheva', status: 'silent' },
    ],
    summary: '1 source agrees, 1 gives a different figure; 1 other source on the topic does not mention it',
    corpusDisagrees: true,
  },
};

const quoteResult: ClaimResult = {
  matches: [
    match(
      'doc-a',
      'The Middle East Online',
      'He said “Russia needs to understand that our patience is not infinite.”',
      'Russia needs to understand that our patience is not infinite',
      'agrees',
      {
        type: 'quote',
        text: 'Russia needs to understand that our patience is not infinite',
      },
    ),
    match(
      'doc-b',
      'doc-b',
      'Russia must understand that our patience is not infinite at all, Kerry said.',
      'Russia must understand that our patience is not infinite at all',
      'reworded',
      {
        type: 'quote',
        text: 'Russia must understand that our patience is not infinite at all',
      },
      {
        diff: [
          { value: 'Russia ' },
          { value: 'needs to', removed: true },
          { value: 'must', added: true },
          { value: ' understand that our patience is not infinite' },
          { value: ' at all', added: true },
        ],
      },
    ),
  ],
  variance: {
    reports: [
      { doc: 'doc-a', source: 'The Middle East Online', status: 'agrees' },
      { doc: 'doc-b', source: 'doc-b', status: 'reworded' },
    ],
    summary: '1 source agrees, 1 gives different wording',
    corpusDisagrees: false,
  },
};

const dateResult: ClaimResult = {
  matches: [
    match('doc-c', 'Arutz Sheva', 'The truce began in February.', 'February', 'vaguer', {
      type: 'date',
      start: '2016-02-01',
      end: '2016-02-29',
      precision: 'month',
    }),
  ],
  variance: {
    reports: [{ doc: 'doc-c', source: 'Arutz Sheva', status: 'vaguer' }],
    summary: '1 source is less precise',
    corpusDisagrees: false,
  },
};

/** Three claims in page order: a figure, a date, a quote. */
export const CLAIMS: TabClaim[] = [
  {
    id: 'c1',
    claim: {
      kind: 'quantity',
      text: 'more than 280,000',
      start: 30,
      end: 47,
      value: { type: 'quantity', low: 280000, high: 336000, nominal: 280000, qualifier: 'more-than' },
      subject: ['live', 'war'],
      sentence: 'The war in Syria has now claimed more than 280,000 lives.',
    },
    result: tollResult,
  },
  {
    id: 'c2',
    claim: {
      kind: 'date',
      text: 'February 27',
      start: 60,
      end: 71,
      value: { type: 'date', start: '2016-02-27', end: '2016-02-27', precision: 'day', yearInferred: true },
      subject: ['truce'],
      sentence: 'A truce has held since February 27.',
    },
    result: dateResult,
  },
  {
    id: 'c3',
    claim: {
      kind: 'quote',
      text: '“Russia needs to understand that our patience is not infinite.”',
      start: 10,
      end: 74,
      value: {
        type: 'quote',
        text: 'Russia needs to understand that our patience is not infinite',
        speaker: 'John Kerry',
      },
      subject: ['russia', 'patienc'],
      sentence: 'John Kerry said: “Russia needs to understand that our patience is not infinite.”',
    },
    result: quoteResult,
  },
];

/** A tab state with the three claims. */
export function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    host: 'news.example',
    title: 'Syria’s fragile truce',
    off: null,
    scanning: false,
    claims: CLAIMS,
    ...overrides,
  };
}

/** Settings with overrides. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}
