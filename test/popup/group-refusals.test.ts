/**
 * The refusal lines: one per reason, a reason shared by several files said once with a count and a few names,
 * worded for the plural from the reasons the page and the worker really give.
 */
import { describe, expect, it } from 'vitest';
import { refusalLines, withSources, type Refusal } from '../../src/options/group-refusals';
import type { NewDocument } from '../../src/shared/messages';
import { listSome } from '../../src/options/list-some';

const TOTAL = 'cannot be added: your documents would pass 1,000,000 characters';
const files = (n: number, reason: string): Refusal[] =>
  Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, reason }));

describe('listSome', () => {
  it.each<[string[], number, string]>([
    [[], 3, ''],
    [['a'], 3, 'a'],
    [['a', 'b'], 3, 'a and b'],
    [['a', 'b', 'c'], 3, 'a, b and c'],
    [['a', 'b', 'c', 'd'], 3, 'a, b, c and 1 more'],
    [['a', 'b', 'c', 'd', 'e'], 2, 'a, b and 3 more'],
  ])('%j, at most %i: %s', (names, shown, expected) => {
    expect(listSome(names, shown)).toBe(expected);
  });
});

describe('refusalLines', () => {
  it('keeps each reason given once as "name: reason", in order', () => {
    expect(
      refusalLines([
        { name: 'photo.txt', reason: 'is binary (contains NUL bytes), not a text file' },
        { name: 'riverton.txt', reason: 'is already in the corpus' },
      ]),
    ).toEqual([
      'photo.txt: is binary (contains NUL bytes), not a text file',
      'riverton.txt: is already in the corpus',
    ]);
  });

  it('says a reason shared by 370 files once, with three names and the count of the rest', () => {
    const lines = refusalLines([{ name: 'photo.txt', reason: 'is empty' }, ...files(370, TOTAL)]);
    expect(lines).toEqual([
      'photo.txt: is empty',
      '370 files cannot be added: your documents would pass 1,000,000 characters (f0.txt, f1.txt, f2.txt and 367 more)',
    ]);
  });

  it('counts thousands of files as a person writes them', () => {
    const lines = refusalLines(files(2345, 'is already in the corpus'));
    expect(lines).toEqual(['2,345 files are already in the corpus (f0.txt, f1.txt, f2.txt and 2,342 more)']);
  });

  it('groups by reason wherever the files come in the list, in the order reasons first occur', () => {
    const lines = refusalLines([
      { name: 'a.txt', reason: 'is already in the corpus' },
      { name: 'b.txt', reason: 'is empty' },
      { name: 'c.txt', reason: 'is already in the corpus' },
    ]);
    expect(lines).toEqual(['2 files are already in the corpus (a.txt and c.txt)', 'b.txt: is empty']);
  });

  // Every reason src/core/corpus/decode.ts and checkNewDocument give the same way to many files.
  it.each<[string, string]>([
    ['is empty', '3 files are empty'],
    ['contains only white space', '3 files contain only white space'],
    [
      'is binary (contains NUL bytes), not a text file',
      '3 files are binary (contain NUL bytes), not text files',
    ],
    [
      'is binary (contains NUL characters), not a text',
      '3 files are binary (contain NUL characters), not texts',
    ],
    ['is not valid UTF-8; re-save it as UTF-8', '3 files are not valid UTF-8; re-save them as UTF-8'],
    ['is already in the corpus', '3 files are already in the corpus'],
    [
      'cannot be added: the corpus holds 500 documents of yours already',
      '3 files cannot be added: the corpus holds 500 documents of yours already',
    ],
    [TOTAL, `3 files ${TOTAL}`],
    ['date "2026-13-40" is not YYYY-MM-DD', '3 files cannot be added: date "2026-13-40" is not YYYY-MM-DD'],
    ['outlet is too long', '3 files cannot be added: outlet is too long'],
  ])('"%s" of three files: "%s (…)"', (reason, sentence) => {
    expect(refusalLines(files(3, reason))).toEqual([`${sentence} (f0.txt, f1.txt and f2.txt)`]);
  });
});

describe('refusalLines of documents read out of an export', () => {
  const FILE = 'claim-lens-documents-2026-11-20.json';
  const ALREADY = 'is already in the corpus';
  const fromExport = (names: string[], reason = ALREADY): Refusal[] =>
    names.map((name) => ({ name, reason, from: FILE }));

  it('speaks of the documents in the one file picked, not of files, with their count', () => {
    expect(refusalLines(fromExport(['riverton.txt', 'Floods in Riverton']), new Map([[FILE, 2]]))).toEqual([
      `Both documents in ${FILE} are already in the corpus`,
    ]);
    expect(refusalLines(fromExport(['a', 'b', 'c']), new Map([[FILE, 3]]))).toEqual([
      `All 3 documents in ${FILE} are already in the corpus`,
    ]);
    expect(refusalLines(fromExport(['a', 'b', 'c']), new Map([[FILE, 40]]))).toEqual([
      `3 of the 40 documents in ${FILE} are already in the corpus (a, b and c)`,
    ]);
    expect(refusalLines(fromExport(['riverton.txt']), new Map([[FILE, 2]]))).toEqual([
      `riverton.txt (in ${FILE}): is already in the corpus`,
    ]);
  });

  it('keeps an export’s documents apart from the files picked with it, and from another export', () => {
    expect(
      refusalLines(
        [
          { name: 'a.txt', reason: ALREADY },
          ...fromExport(['x', 'y']),
          { name: 'b.txt', reason: ALREADY },
          { name: 'z', reason: ALREADY, from: 'backup.json' },
        ],
        new Map([
          [FILE, 2],
          ['backup.json', 5],
        ]),
      ),
    ).toEqual([
      '2 files are already in the corpus (a.txt and b.txt)',
      `Both documents in ${FILE} are already in the corpus`,
      'z (in backup.json): is already in the corpus',
    ]);
  });
});

describe('withSources', () => {
  const doc = (name: string): NewDocument => ({
    name,
    text: `${name} text`,
    title: null,
    outlet: null,
    date: null,
    url: null,
  });

  it('gives each refusal the export of the document it names, in the order sent, a name shared or not', () => {
    const sent = [doc('notes.txt'), doc('a'), doc('notes.txt'), doc('b')];
    const exports = new Map([
      [sent[2]!, 'backup.json'],
      [sent[3]!, 'backup.json'],
    ]);
    expect(
      withSources(
        sent,
        [
          { name: 'notes.txt', reason: 'is empty' },
          { name: 'notes.txt', reason: 'is already in the corpus' },
          { name: 'b', reason: 'is already in the corpus' },
        ],
        (d) => exports.get(d),
      ),
    ).toEqual([
      { name: 'notes.txt', reason: 'is empty' },
      { name: 'notes.txt', reason: 'is already in the corpus', from: 'backup.json' },
      { name: 'b', reason: 'is already in the corpus', from: 'backup.json' },
    ]);
  });
});
