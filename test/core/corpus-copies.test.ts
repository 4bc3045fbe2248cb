import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { copyOf, repeatedDocument } from '../../src/core/corpus/copies';
import { builtIndex } from './built-index';

const index = builtIndex(readCorpusDir('seeds'));
const seed = (id: string) => readFileSync(`seeds/${id}.txt`, 'utf8');
const idOf = (doc: number | null) => (doc === null ? null : (index.documents[doc]?.id ?? null));

describe('copies of corpus documents', () => {
  it.each([
    ['the file as it is', seed('003_9d73ea2eb52987d8')],
    // Pasted from a browser: line breaks doubled, spaces and case changed.
    ['a pasted copy', seed('003_9d73ea2eb52987d8').replace(/\n+/g, '\n\n').replace(/ /g, '  ').toUpperCase()],
  ])('finds %s', (_what, text) => {
    expect(idOf(copyOf(index, text))).toBe('003_9d73ea2eb52987d8');
  });

  it.each([
    ['another article on the same events', readFileSync('test/gold/gold.json', 'utf8').slice(0, 4000)],
    [
      'one shared sentence',
      `Breaking\n\n${seed('001_b2556f4a5b9ae9bb')
        .split('\n')
        .find(
          (l) => l.length > 120,
        )}\n\nThe rest is new, and about other things entirely, as everyone can see.`,
    ],
    ['a short note', 'Kerry spoke.'],
  ])('finds none in %s', (_what, text) => {
    expect(copyOf(index, text)).toBeNull();
  });

  it('lets another named outlet print the same wire story, but not the same or an unknown one', () => {
    const text = seed('000_e4e932a64afb5874');
    const original = index.documents.find((d) => d.id === '000_e4e932a64afb5874');
    expect(original?.outlet).not.toBeNull();
    expect(repeatedDocument(index, text, null)?.id).toBe('000_e4e932a64afb5874');
    expect(repeatedDocument(index, text, ` ${original?.outlet?.toUpperCase()} `)?.id).toBe(
      '000_e4e932a64afb5874',
    );
    expect(repeatedDocument(index, text, 'The Riverton Herald')).toBeNull();
  });
});
