import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { decodeMixed, parseCsv, readFakes, usDateToIso } from '../../src/build/read-fakes';
import { CorpusError } from '../../src/core/errors';

const dirs: string[] = [];
function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claim-lens-corpus-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readCorpusDir', () => {
  it('reads documents sorted by id, with partial metadata', () => {
    const dir = corpus({
      'b.txt': 'Second.\n',
      'a.txt': 'First.\n',
      'sources.json': JSON.stringify({ a: { outlet: 'Outlet A', date: '2016-06-15' } }),
      'notes.md': 'ignored',
    });
    const docs = readCorpusDir(dir);
    expect(docs.map((d) => d.id)).toEqual(['a', 'b']);
    expect(docs[0]?.meta?.outlet).toBe('Outlet A');
    expect(docs[1]?.meta).toBeUndefined();
  });
  it.each([
    ['empty file', { 'a.txt': '' }, 'a.txt', 'empty'],
    ['binary file', { 'a.txt': new Uint8Array([72, 0, 105]) }, 'a.txt', 'NUL'],
    ['bad UTF-8', { 'a.txt': new Uint8Array([72, 0xc3, 0x28, 105]) }, 'a.txt', 'UTF-8'],
    ['sources.json not JSON', { 'a.txt': 'Hi.', 'sources.json': '{ nope' }, 'sources.json', 'not valid JSON'],
    [
      'sources.json names a missing file',
      { 'a.txt': 'Hi.', 'sources.json': '{"zz": {}}' },
      'sources.json',
      'zz',
    ],
    [
      'sources.json bad date',
      { 'a.txt': 'Hi.', 'sources.json': '{"a": {"date": "May 1"}}' },
      'sources.json',
      'date',
    ],
    ['no documents', { 'sources.json': '{}' }, '', 'no .txt'],
  ])('fails on %s, naming the file', (_n, files, file, reason) => {
    const dir = corpus(files);
    let error: unknown;
    try {
      readCorpusDir(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CorpusError);
    const e = error as CorpusError;
    if (file) expect(e.file).toBe(file);
    expect(e.message).toContain(reason);
  });
});

describe('FA-KES reader', () => {
  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
  it('decodes stray Windows-1252 bytes inside UTF-8', () => {
    expect(decodeMixed(new Uint8Array([0x41, 0x95, 0xc3, 0xa9]))).toBe('A•é');
  });
  it('converts m/d/yy dates', () => {
    expect(usDateToIso('4/5/17')).toBe('2017-04-05');
    expect(usDateToIso('12/31/2015')).toBe('2015-12-31');
    expect(usDateToIso('n/a')).toBeNull();
  });
  const file = '../shared/corpora/fa-kes.csv';
  it.skipIf(!existsSync(file))('reads the FA-KES articles (804 rows, verbatim repeats once)', () => {
    const docs = readFakes(file);
    expect(docs.length).toBeGreaterThan(790);
    expect(docs.length).toBeLessThanOrEqual(804);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.id).toMatch(/^fakes-\d+(-\d+)?$/);
      expect(d.text).not.toContain('\ufffd');
      expect(d.meta?.date ?? '').toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(d.meta?.outlet).toBeTruthy();
    }
  });
});
