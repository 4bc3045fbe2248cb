/**
 * The held-out harness (test/gold/held-out.ts) on a folder of three short articles of our own: the BBC texts it
 * measures are not in the repository, so this keeps the harness itself from rotting unseen.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articles, heldOutMatches, splitOf } from '../gold/held-out';

const dir = mkdtempSync(join(tmpdir(), 'held-out-'));
const FERRY =
  'Ferry operator posts record loss.\n\nThe ferry operator Northwind reported a loss of £41m for the year, its worst since it was founded.\n';
writeFileSync(join(dir, 'business-001.txt'), FERRY);
writeFileSync(
  join(dir, 'business-002.txt'),
  'Northwind cuts routes.\n\nThe ferry operator Northwind, which reported a loss of £41m for the year, will close three routes.\n',
);
// An exact copy of the first, as the dataset has some: left out.
writeFileSync(join(dir, 'business-005.txt'), FERRY);
writeFileSync(join(dir, 'notes.md'), 'not an article');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('held-out harness', () => {
  it('reads each article once, its first line as the title, copies and other files left out', () => {
    const docs = articles(dir);
    expect(docs.map((d) => d.id)).toEqual(['business-001', 'business-002']);
    expect(docs[0]?.meta?.title).toBe('Ferry operator posts record loss');
  });

  it('splits by the file number, odd for dev, the last two fetches apart', () => {
    const ids = ['sport-013', 'tech-080', 'politics-192', 'tech-338', 'politics-249', 'tech-340'];
    expect(ids.map(splitOf)).toEqual(['dev', 'test', 'fresh', 'fresh', 'fresh2-dev', 'fresh2-test']);
  });

  it("matches an article's claim to another article, never to itself", () => {
    const matches = heldOutMatches(dir);
    const loss = matches.filter((m) => m.key.includes('£41m'));
    expect(loss.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.key.split(' | ')[1]).not.toBe(m.page);
    expect(loss.map((m) => m.split)).toContain('dev');
  });
});
