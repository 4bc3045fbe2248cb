/**
 * "Check a text" on a copy of a corpus document: a reader who saved an article (or reads a bundled one) and pastes
 * its text, whole, in part or with a page's furniture around it, is not told that the document agrees with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { checkText } from '../../src/core/check-text';
import { copiedDocument } from '../../src/core/copied-document';
import { userCorpusSource } from '../../src/core/corpus/user-documents';
import { scanGates } from '../../src/core/scan-texts';
import { builtIndex } from './built-index';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seed = (id: string): string => readFileSync(`${SEEDS}${id}.txt`, 'utf8');

/** An article a reader saved from a page: four paragraphs, each of two or three sentences with a figure or a date. */
const SAVED = [
  'Barrel bombs dropped on a camp for displaced people near Aleppo killed at least 14 people on Tuesday, a monitor said. Rescue workers pulled survivors from the tents until late in the night.',
  'The Syrian Observatory for Human Rights said 6 of the dead were children. The camp had sheltered about 3,000 families since the fighting reached their villages in March.',
  'Aid agencies said the attack was the third on a camp in the province this month. They asked all sides to keep the camps out of the fighting.',
  'More than 280,000 people have been killed in Syria since the war began in March 2011, the monitor says. Millions more have fled their homes.',
].join('\n\n');

const user = userCorpusSource({
  id: 'user-camp',
  text: SAVED,
  outlet: 'The Daily Ledger',
  title: 'Barrel bombs hit a camp near Aleppo',
  date: '2016-06-14',
  url: 'https://news.example/camp',
  added: '2016-06-15T10:00:00.000Z',
});
const index = builtIndex([...readCorpusDir(SEEDS), user]);
const gates = scanGates(index);
const idOf = (doc: number | null): string | null =>
  doc === null ? null : (index.documents[doc]?.id ?? null);

/** The ids of the documents cited by each claim of `text` with context, and the document named as the text. */
async function checked(text: string): Promise<{ cited: string[]; itself: string | undefined }> {
  const { claims, itself } = await checkText(index, gates, text, '2016-06-20', false, 4_000);
  const cited = new Set(claims.flatMap(({ result }) => result.matches.map((m) => m.doc)));
  return { cited: [...cited].sort(), itself: itself?.id };
}

describe('copiedDocument', () => {
  const paragraphs = SAVED.split('\n\n');
  /** Lines of a page around an article: each long enough to tell, none of them the article's. */
  const furniture = Array.from(
    { length: 12 },
    (_, i) => `Related story number ${i + 1} that you may also want to read today`,
  );

  it.each([
    ['the whole saved text', SAVED],
    [
      'two of its paragraphs, and a line of the reader’s own',
      `${paragraphs[1]}\n\nMy note on this.\n\n${paragraphs[2]}`,
    ],
    // The text's lines are mostly furniture (12 telling lines against the document's 8 sentences), but all of the
    // document is in it.
    [
      'a whole page holding it among menus and headlines',
      [...furniture.slice(0, 6), SAVED, ...furniture.slice(6)].join('\n'),
    ],
    ['its lines wrapped by an e-mail', SAVED.replace(/(.{60,70}?) /g, '$1\n')],
  ])('finds the document in %s', (_what, text) => {
    expect(idOf(copiedDocument(index, text))).toBe('user-camp');
  });

  it.each([
    // A quotation: the document that prints it word for word is a source that states it.
    ['one of its sentences', (paragraphs[0] ?? '').split('. ')[0] ?? ''],
    [
      'one sentence of it in a text of the reader’s own',
      `${paragraphs[3]?.split('. ')[0]}. I read that the toll is higher now. Others put it lower still, by their own counts. Nobody I asked could say.`,
    ],
    [
      'another article on the same events',
      'A camp for displaced families near Aleppo was hit by barrel bombs on Tuesday, killing at least 14. ' +
        'Six children were among the dead, according to the Syrian Observatory for Human Rights. ' +
        'It was the third such attack this month, aid agencies said.',
    ],
    ['an empty text', ''],
  ])('finds none in %s', (_what, text) => {
    expect(copiedDocument(index, text)).toBeNull();
  });
});

describe('checkText on a copy of a corpus document', () => {
  it('does not count a saved document as a source on its own text, and names it', async () => {
    const { cited, itself } = await checked(SAVED);
    expect(cited).not.toContain('user-camp');
    expect(itself).toBe('user-camp');
    // Other documents still state its claims: a bundled one gives the war's toll.
    expect(cited.length).toBeGreaterThan(0);
  });

  it('does not count it on an excerpt either', async () => {
    const excerpt = SAVED.split('\n\n').slice(2).join('\n\n');
    const { cited, itself } = await checked(excerpt);
    expect(cited).not.toContain('user-camp');
    expect(itself).toBe('user-camp');
  });

  it.each(['000_e4e932a64afb5874', '003_9d73ea2eb52987d8', '004_ad1da846317808be'])(
    'does not count bundled %s as a source on its own text',
    async (id) => {
      const { cited, itself } = await checked(seed(id));
      expect(cited).not.toContain(id);
      expect(itself).toBe(id);
    },
  );

  it('still counts another outlet that printed much of the same story', async () => {
    // 001 and 002 print one wire story, each with sentences of its own: 001 pasted is 001, and 002 agrees with it.
    const { cited, itself } = await checked(seed('001_b2556f4a5b9ae9bb'));
    expect(cited).toContain('002_f6c15ed2f06924aa');
    expect(cited).not.toContain('001_b2556f4a5b9ae9bb');
    expect(itself).toBe('001_b2556f4a5b9ae9bb');
  });

  it('keeps a document that prints a pasted sentence as its source, and names no document as the text', async () => {
    const sentence = (SAVED.split('\n\n')[3] ?? '').split('. ')[0] ?? '';
    const { cited, itself } = await checked(`${sentence}.`);
    expect(itself).toBeUndefined();
    expect(cited).toContain('user-camp');
  });
});
