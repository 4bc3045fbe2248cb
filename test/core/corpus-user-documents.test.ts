/** Documents a user adds: extending the bundled index, checking a new document, reading the stored list. */
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import {
  buildIndexArtifact,
  extendIndexArtifact,
  loadIndex,
  type IndexArtifact,
} from '../../src/core/corpus-index';
import { decodeCorpusFile } from '../../src/core/corpus/decode';
import {
  checkNewDocument,
  readUserDocuments,
  USER_DOCUMENT_LIMITS,
  userCorpusSource,
  userDocumentId,
  type NewDocument,
} from '../../src/core/corpus/user-documents';
import { CorpusError } from '../../src/core/errors';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';

const seeds = readCorpusDir('seeds');

/** The artifact as JSON with the retrieval terms in a fixed order (MiniSearch's tree order depends on insertion). */
function normalised(artifact: IndexArtifact): string {
  const index = [...artifact.search.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return JSON.stringify({ ...artifact, search: { ...artifact.search, index } });
}

const RIVERTON = `Floods in Riverton

Heavy rain flooded the river town of Riverton on Tuesday.

The floods in Riverton killed 412 people, the regional governor said, and forced 30,000 residents from their homes.

"We have never seen water like this," said Mayor Ellen Brandt.`;

describe('extendIndexArtifact', () => {
  it('gives the artifact that building all the documents together gives, and leaves its base alone', () => {
    const base = buildIndexArtifact(seeds.slice(0, 2));
    const before = JSON.stringify(base);
    const extended = extendIndexArtifact(base, seeds.slice(2));
    expect(normalised(extended)).toBe(normalised(buildIndexArtifact(seeds)));
    expect(JSON.stringify(base)).toBe(before);
  });

  it('matches a page claim to a user document, under the outlet the user gave', () => {
    const base = buildIndexArtifact(seeds);
    const index = loadIndex(
      extendIndexArtifact(base, [{ id: 'user-riverton', text: RIVERTON, meta: { outlet: 'Valley Herald' } }]),
    );
    const page =
      'The Riverton floods killed at least 380 people and displaced 30,000 residents, officials said.';
    const claims = extractClaims(page, { referenceDate: '2026-11-21' });
    const matched = claims.map((c) =>
      matchClaim(index, c).matches.map((m) => `${m.doc} ${m.source} ${m.relation}`),
    );
    expect(matched).toEqual([['user-riverton Valley Herald agrees'], ['user-riverton Valley Herald agrees']]);
    // The bundled corpus alone has nothing to say about Riverton.
    const bundled = loadIndex(base);
    expect(claims.flatMap((c) => matchClaim(bundled, c).matches)).toEqual([]);
  });

  it('finds new disagreements between a user document and a bundled one', () => {
    const base = buildIndexArtifact(seeds);
    const text =
      'Syria toll\n\nThe war in Syria has killed more than 470,000 people since 2011, a monitor said.';
    const extended = loadIndex(extendIndexArtifact(base, [{ id: 'user-toll', text }]));
    const withUser = extended.disagreements.filter((d) => d.reports.some((r) => r.doc === 'user-toll'));
    expect(withUser.length).toBeGreaterThan(0);
    expect(loadIndex(base).disagreements.length).toBeLessThan(extended.disagreements.length);
  });

  it.each([
    ['an id already in the base', [{ id: seeds[0]!.id, text: 'Some text here.' }], 'appears twice'],
    [
      'an id twice',
      [
        { id: 'user-a', text: 'One.' },
        { id: 'user-a', text: 'Two.' },
      ],
      'appears twice',
    ],
    ['an empty text', [{ id: 'user-a', text: '  \n ' }], 'is empty'],
    ['a bad date', [{ id: 'user-a', text: 'Text.', meta: { date: '21/11/2026' } }], 'not YYYY-MM-DD'],
  ])('refuses %s with a CorpusError naming the document', (_name, docs, message) => {
    const base = buildIndexArtifact(seeds.slice(0, 1));
    expect(() => extendIndexArtifact(base, docs)).toThrow(CorpusError);
    expect(() => extendIndexArtifact(base, docs)).toThrow(message);
  });
});

const input = (over: Partial<NewDocument> = {}): NewDocument => ({
  name: 'riverton.txt',
  text: RIVERTON,
  outlet: null,
  title: null,
  date: null,
  url: null,
  ...over,
});
const none = { ids: new Set<string>(), userTexts: [] as string[] };
const NOW = new Date('2026-11-21T10:00:00Z');

describe('checkNewDocument', () => {
  it('keeps the text and the metadata given, trimmed, with an id made from the file name', () => {
    const doc = checkNewDocument(
      input({ outlet: ' Valley Herald ', date: '2026-11-03', url: 'https://example.org/a', title: '' }),
      none,
      NOW,
    );
    expect(doc).toEqual({
      id: 'user-riverton',
      text: RIVERTON,
      outlet: 'Valley Herald',
      title: null,
      date: '2026-11-03',
      url: 'https://example.org/a',
      added: '2026-11-21T10:00:00.000Z',
      name: 'riverton.txt',
    });
  });

  it('takes a date of today or of tomorrow in UTC, which is already today east of it', () => {
    for (const date of ['2026-11-21', '2026-11-22', '1999-12-31'])
      expect(checkNewDocument(input({ date }), none, NOW).date).toBe(date);
  });

  it('writes the sizes in a refusal as a person reads them', () => {
    const run = () =>
      checkNewDocument(input({ text: 'a'.repeat(USER_DOCUMENT_LIMITS.chars + 1) }), none, NOW);
    const limit = USER_DOCUMENT_LIMITS.chars.toLocaleString('en-US');
    expect(limit).toContain(',');
    expect(run).toThrow(
      `(${(USER_DOCUMENT_LIMITS.chars + 1).toLocaleString('en-US')} characters; at most ${limit})`,
    );
  });

  it('titles a document that gives no title by its file name, and keeps a title its text gives', () => {
    const oneLine = checkNewDocument(
      input({ name: 'bom.txt', text: '\uFEFFOne line: 412 people were killed.' }),
      none,
      NOW,
    );
    const titled = checkNewDocument(input({ name: 'report.txt' }), none, NOW);
    const titles = buildIndexArtifact([oneLine, titled].map(userCorpusSource)).documents.map((d) => d.title);
    expect(titles).toEqual(['bom.txt', 'Floods in Riverton']);
    // Stored before the name was kept: the id stands in, as before.
    const { documents } = readUserDocuments([{ ...oneLine, name: undefined }]);
    expect(buildIndexArtifact(documents.map(userCorpusSource)).documents[0]?.title).toBe('user-bom');
  });

  it.each<[string, Partial<NewDocument>, Parameters<typeof checkNewDocument>[1], string]>([
    ['an empty text', { text: ' \n\t' }, none, 'is empty'],
    [
      'a copy of a corpus document',
      {},
      { ids: new Set(), userTexts: [], copyOf: () => 'Dam breach floods Riverton' },
      'is already in the corpus, as “Dam breach floods Riverton”',
    ],
    ['an over-long text', { text: 'a'.repeat(USER_DOCUMENT_LIMITS.chars + 1) }, none, 'too long'],
    ['NUL characters', { text: 'abc\u0000def' }, none, 'binary'],
    ['the same text twice', {}, { ids: new Set(), userTexts: [RIVERTON] }, 'already in the corpus'],
    [
      'the same text with Windows line ends',
      { text: RIVERTON.replace(/\n/g, '\r\n') },
      { ids: new Set(), userTexts: [RIVERTON] },
      'already in the corpus',
    ],
    [
      'a text stored with Windows line ends, added again with plain ones',
      {},
      { ids: new Set(), userTexts: [RIVERTON.replace(/\n/g, '\r\n')] },
      'already in the corpus',
    ],
    ['a date that is not one', { date: '2026-02-30' }, none, 'not YYYY-MM-DD'],
    // A year typed wrong: the text's "last year" would be read against it.
    ['a date to come', { date: '2031-01-01' }, none, 'date "2031-01-01" is after today'],
    ['a date two days ahead', { date: '2026-11-23' }, none, 'is after today'],
    ['an address that is not http(s)', { url: 'javascript:alert(1)' }, none, 'not an http(s) address'],
    [
      'an over-long outlet',
      { outlet: 'x'.repeat(USER_DOCUMENT_LIMITS.field + 1) },
      none,
      'outlet is too long',
    ],
    [
      'more text than the limit',
      { text: 'b'.repeat(20) },
      { ids: new Set(), userTexts: ['a'.repeat(USER_DOCUMENT_LIMITS.totalChars - 10)] },
      'would pass',
    ],
  ])('refuses %s, naming the file', (_name, over, existing, message) => {
    const run = () => checkNewDocument(input(over), existing, NOW);
    expect(run).toThrow(CorpusError);
    expect(run).toThrow(message);
    expect(run).toThrow(/^riverton\.txt: /);
  });
});

describe('userDocumentId', () => {
  it.each([
    ['riverton.txt', [], 'user-riverton'],
    ['Riverton Floods (final).TXT', [], 'user-riverton-floods-final'],
    ['riverton.txt', ['user-riverton'], 'user-riverton-2'],
    ['riverton.txt', ['user-riverton', 'user-riverton-2'], 'user-riverton-3'],
    ['...', [], 'user-document'],
    ['Déjà vu.txt', [], 'user-deja-vu'],
    ['تقرير حلب.txt', [], 'user-تقرير-حلب'],
  ])('%s (taken: %j) → %s', (name, taken, id) => {
    expect(userDocumentId(name, new Set(taken))).toBe(id);
  });
});

describe('readUserDocuments', () => {
  const good = {
    id: 'user-a',
    text: 'Some text.',
    outlet: 'X',
    title: null,
    date: '2026-01-02',
    url: null,
    added: '',
  };
  it('reads nothing stored as no documents', () => {
    expect(readUserDocuments(undefined)).toEqual({ documents: [], unreadable: 0 });
  });
  it('skips and counts what is not a document, keeping the rest', () => {
    const { documents, unreadable } = readUserDocuments([
      good,
      null,
      'text',
      { id: 'user-b' },
      { id: 'bundled-id', text: 'x' },
      { ...good, text: 12 },
      { ...good },
    ]);
    expect(documents.map((d) => d.id)).toEqual(['user-a']);
    expect(unreadable).toBe(6);
  });
  it.each([
    ['date', 'yesterday'],
    ['outlet', 5],
    ['title', { text: 'x' }],
    ['url', ['https://example.com']],
  ])('drops a stored %s that does not read (%j), not the document', (key, value) => {
    const { documents, unreadable } = readUserDocuments([{ ...good, [key]: value }]);
    expect(unreadable).toBe(0);
    expect(documents[0]?.text).toBe('Some text.');
    expect(documents[0]?.[key as 'date']).toBeNull();
  });
  it('reads a list that is not a list as one unreadable entry', () => {
    expect(readUserDocuments({ id: 'user-a' })).toEqual({ documents: [], unreadable: 1 });
  });
  it('turns a document into a corpus source with its metadata', () => {
    expect(userCorpusSource({ ...good })).toEqual({
      id: 'user-a',
      text: 'Some text.',
      meta: { outlet: 'X', title: null, date: '2026-01-02', url: null },
    });
  });
});

describe('decodeCorpusFile', () => {
  it.each([
    ['empty', new Uint8Array(), 'is empty'],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary'],
    ['Latin-1', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'not valid UTF-8'],
    ['blank', new TextEncoder().encode('  \n'), 'only white space'],
  ])('refuses a %s file', (_name, bytes, message) => {
    expect(() => decodeCorpusFile('a.txt', bytes)).toThrow(message);
  });
  it('drops a byte-order mark', () => {
    expect(decodeCorpusFile('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe('hi');
  });
  it.each([
    ['little-endian', [0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00, 0x1c, 0x20]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9, 0x20, 0x1c]],
  ])('reads UTF-16 %s with its byte-order mark (Windows "Unicode" text)', (_order, bytes) => {
    expect(decodeCorpusFile('a.txt', new Uint8Array(bytes))).toBe('hé“');
  });
  it.each([
    ['an odd byte count', [0xff, 0xfe, 0x68, 0x00, 0x69], 'is not valid UTF-16'],
    ['a NUL character', [0xff, 0xfe, 0x68, 0x00, 0x00, 0x00], 'binary'],
  ])('refuses UTF-16 with %s', (_name, bytes, message) => {
    expect(() => decodeCorpusFile('a.txt', new Uint8Array(bytes))).toThrow(message);
  });
});
