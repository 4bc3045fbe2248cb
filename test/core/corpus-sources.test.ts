import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/core/errors';
import { sourceLabel } from '../../src/core/corpus/model';
import { isIsoDate, validateSourcesMeta } from '../../src/core/corpus/sources-meta';

describe('validateSourcesMeta', () => {
  const ids = new Set(['a', 'b']);
  it('accepts partial metadata and nulls', () => {
    const m = validateSourcesMeta({ a: { outlet: 'X', date: '2016-06-15' }, b: { outlet: null } }, ids);
    expect(m.get('a')).toEqual({ outlet: 'X', title: null, date: '2016-06-15', url: null });
    expect(m.get('b')?.outlet).toBeNull();
  });
  it.each([
    ['not an object', [], 'JSON object'],
    ['missing file', { c: {} }, 'no c.txt'],
    ['bad date', { a: { date: '2016-02-30' } }, 'not a valid date'],
    ['US date', { a: { date: '6/15/16' } }, 'not a valid date'],
    ['bad url', { a: { url: 'javascript:alert(1)' } }, 'http'],
    ['wrong type', { a: { outlet: 5 } }, 'string or null'],
  ])('rejects %s', (_n, json, message) => {
    expect(() => validateSourcesMeta(json, ids)).toThrow(CorpusError);
    expect(() => validateSourcesMeta(json, ids)).toThrow(message);
  });
  it('checks calendar dates', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
  });
  it('the bundled sources.json is valid and invents nothing', () => {
    const json: unknown = JSON.parse(readFileSync('seeds/sources.json', 'utf8'));
    const m = validateSourcesMeta(json, null);
    expect(m.get('001_b2556f4a5b9ae9bb')?.outlet).toBe('Arutz Sheva (Israel National News)');
    expect(m.get('004_ad1da846317808be')?.outlet).toBeNull();
  });
});

describe('sourceLabel', () => {
  const doc = { id: '002_x', title: 'Kerry to Russia: patience is limited', date: null, url: null };
  it.each([
    ['its outlet', { ...doc, outlet: 'Arutz Sheva' }, 'Arutz Sheva'],
    ['its title when the outlet is unknown, never the file id', { ...doc, outlet: null }, doc.title],
  ])('names a document by %s', (_name, info, label) => {
    expect(sourceLabel(info)).toBe(label);
  });
});
