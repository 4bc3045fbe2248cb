import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact, loadIndex, type CorpusIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { ClaimGate } from '../../src/core/match/claim-gate';
import { findMatches } from '../../src/core/match/find-matches';
import type { Claim } from '../../src/core/types';
import { largeArticle } from '../bench/large-page';
import { goldItems } from '../gold/evaluate';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const docs = readCorpusDir(SEEDS);

function indexOf(exclude: readonly string[] = []): CorpusIndex {
  return loadIndex(
    JSON.parse(JSON.stringify(buildIndexArtifact(docs.filter((d) => !exclude.includes(d.id))))),
  );
}

/** Paragraph texts of generated markup (the benchmark's article: related claims among unrelated ones). */
function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'),
  );
}

const quote = (text: string): Claim => ({
  kind: 'quote',
  text: `“${text}”`,
  start: 0,
  end: text.length + 2,
  value: { type: 'quote', text },
  subject: [],
  sentence: `“${text}”`,
});

describe('claim gate', () => {
  it('passes every claim that matches anything, even below the threshold, and turns most others away', () => {
    let matched = 0;
    let rejected = 0;
    let total = 0;
    const pages = [
      ...goldItems().map((item) => ({ text: item.text, exclude: item.exclude, ref: item.referenceDate })),
      ...docs.map((d) => ({ text: d.text, exclude: [d.id], ref: undefined })),
      ...paragraphs(largeArticle({ paragraphs: 600 })).map((text) => ({
        text,
        exclude: [],
        ref: '2016-06-01',
      })),
    ];
    const gates = new Map<string, { index: CorpusIndex; gate: ClaimGate }>();
    for (const page of pages) {
      const key = page.exclude.join();
      let entry = gates.get(key);
      if (!entry) {
        const index = indexOf(page.exclude);
        // At a threshold below the engine's, so the test shows a margin, not a coincidence.
        gates.set(key, (entry = { index, gate: new ClaimGate(index, 0.5) }));
      }
      for (const claim of extractClaims(page.text, page.ref ? { referenceDate: page.ref } : {})) {
        total++;
        const found = findMatches(entry.index, claim, { threshold: 0.5 }).candidates.length > 0;
        const ok = entry.gate.canMatch(claim);
        if (found) {
          matched++;
          expect(ok, `${claim.kind} ${claim.text} in “${claim.sentence}”`).toBe(true);
        } else if (!ok) rejected++;
      }
    }
    expect(matched).toBeGreaterThan(80);
    expect(rejected).toBeGreaterThan((total - matched) / 2);
  });

  const gate = new ClaimGate(indexOf());
  it.each([
    ['a corpus quote', 'Our patience is not infinite', true],
    ['the same quote with one word changed', 'Our patience is not endless', true],
    ['a statement the corpus never quotes', 'We will keep the doors open all summer', false],
    ['too short to be a statement', 'infinite', false],
    // Two or three words are matched only word for word, and only with their speaker (see scoreQuote).
    ['a short quote the corpus holds', 'not infinite', true],
    ['a short quote the corpus does not hold whole', 'not purple', false],
  ])('quotes: %s', (_name, text, expected) => {
    expect(gate.canMatch(quote(text))).toBe(expected);
  });

  it('turns away figures and dates about other things', () => {
    const text =
      'The phone sold 280,000 units in its first week. The city council reported 5,000 visitors in 2003. ' +
      'The village fair is set for February 27, 2019.';
    const claims = extractClaims(text, { referenceDate: '2016-06-01' }).filter((c) => c.kind !== 'quote');
    expect(claims.length).toBeGreaterThan(2);
    expect(claims.filter((c) => gate.canMatch(c)).map((c) => c.text)).toEqual([]);
    const related = extractClaims('More than 280,000 people have been killed in Syria since 2011.');
    expect(related.some((c) => gate.canMatch(c))).toBe(true);
  });
});
