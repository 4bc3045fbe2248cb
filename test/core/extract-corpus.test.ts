import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import type { Claim } from '../../src/core/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedDir = join(root, 'seeds');
const faKes = join(root, '..', 'shared', 'corpora', 'fa-kes.csv');

function checkClaims(text: string, claims: Claim[]): void {
  let prev = -1;
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.start).toBeGreaterThanOrEqual(prev);
    prev = c.start;
    expect(c.subject.length).toBeGreaterThan(0);
    expect(c.sentence.length).toBeGreaterThan(0);
    expect(c.value.type).toBe(c.kind);
    if (c.value.type === 'quantity') expect(c.value.low).toBeLessThanOrEqual(c.value.high);
    if (c.value.type === 'date') expect(c.value.start <= c.value.end).toBe(true);
  }
}

describe('extraction over real text', () => {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  it.each(seeds)('extracts from seed %s', (file) => {
    const text = readFileSync(join(seedDir, file), 'utf8');
    const claims = extractClaims(text, { referenceDate: '2016-06-01' });
    checkClaims(text, claims);
    expect(claims.length).toBeGreaterThan(5);
  });

  it('finds the facts the seeds share', () => {
    const all = seeds.flatMap((f) =>
      extractClaims(readFileSync(join(seedDir, f), 'utf8'), { referenceDate: '2016-06-01' }),
    );
    const texts = all.map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'More than 280,000',
        'nearly 600,000',
        '15 of 18',
        'February 27',
        'At least 30',
        'May 1, 2016',
        'March 2011',
      ]),
    );
  });

  it.skipIf(!existsSync(faKes))(
    'extracts from the FA-KES corpus',
    () => {
      const text = readFileSync(faKes, 'utf8');
      const claims = extractClaims(text, { referenceDate: '2017-01-01' });
      checkClaims(text, claims);
      expect(claims.length).toBeGreaterThan(1000);
    },
    60_000,
  );
});
