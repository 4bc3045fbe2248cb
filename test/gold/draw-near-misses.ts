/**
 * Draws a sample of the pairs the engine does not make, to measure what its silence misses on real pages (see
 * near-misses.json): every FA-KES page claim and seed claim of the same kind, with close values and shared words,
 * that the engine neither matches nor gives as a count of another time. The rule is deliberately looser than the
 * engine's and shares none of its code but extraction and term folding, so that the engine's own blind spots are in
 * the pool.
 *
 *   npx tsx test/gold/draw-near-misses.ts OUT_DIR   writes OUT_DIR/sample.json, the pages and the seeds to label
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { readFakes } from '../../src/build/read-fakes';
import { buildIndexArtifact, loadIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { scanGates } from '../../src/core/scan-texts';
import { terms } from '../../src/core/text/terms';
import type { ClaimValue } from '../../src/core/types';
import { prng } from '../bench/large-page';
import { FAKES, scanArticle } from './real-pages';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Date words: shared by any two dated sentences, so they say nothing of a shared fact. */
const DATE_TERMS = new Set(
  'januari februari march april may june juli august septemb octob novemb decemb monday tuesday wednesday thursday friday saturday sunday year month week day'.split(
    ' ',
  ),
);

/** Content terms of a text: folded, stemmed, longer than two letters, no date words. */
function contentTerms(text: string): Set<string> {
  return new Set(terms(text).filter((t) => t.length > 2 && !DATE_TERMS.has(t)));
}

const DAY_MS = 86_400_000;

/** Values a reader could take for the same fact's: close figures, near dates, quotes sharing half their words. */
function closeValues(a: ClaimValue, b: ClaimValue): boolean {
  if (a.type === 'quantity' && b.type === 'quantity') {
    if ((a.unit ?? '') !== (b.unit ?? '')) return false;
    // Small counts are everywhere; only the same one is close.
    if (a.nominal < 10 && b.nominal < 10) return a.nominal === b.nominal;
    const x = Math.max(a.nominal, 1);
    const y = Math.max(b.nominal, 1);
    return Math.max(x, y) / Math.min(x, y) <= 1.6 || (a.low <= b.high && b.low <= a.high);
  }
  if (a.type === 'date' && b.type === 'date') {
    const day = (iso: string) => Date.parse(iso) / DAY_MS;
    return day(a.start) <= day(b.end) + 31 && day(b.start) <= day(a.end) + 31;
  }
  if (a.type === 'quote' && b.type === 'quote') {
    const words = (text: string) => new Set(text.toLowerCase().match(/[a-z']+/g) ?? []);
    const wa = words(a.text);
    const wb = words(b.text);
    let common = 0;
    for (const w of wa) if (wb.has(w)) common++;
    return common >= 4 && common / Math.min(wa.size, wb.size) >= 0.5;
  }
  return false;
}

/** One candidate pair: a page claim and the seed claim of one document that shares the most words with it. */
interface Candidate {
  key: string;
  passage: number;
  span: [number, number];
  shared: number;
  made: boolean;
}

/** Stratum "high": this many shared terms (subject and sentence) or more. */
const HIGH_SHARED = 6;
const PER_STRATUM = 40;

function main(outDir: string): void {
  const index = loadIndex(JSON.parse(JSON.stringify(buildIndexArtifact(readCorpusDir(SEEDS)))));
  const gates = scanGates(index);
  const docs = readFakes(FAKES);
  // The engine's pairs, by page claim end and document (a claim may be read from further back in one window).
  const made = new Set<string>();
  for (const doc of docs)
    scanArticle(
      index,
      gates,
      doc,
      (key) => {
        const [page, , end, seed] = key.split(':');
        made.add(`${page}:${end}:${seed}`);
      },
      true,
    );
  const passageTerms = index.passages.map((p) => contentTerms(p.text));
  const best = new Map<string, Candidate>();
  for (const doc of docs) {
    const claims = extractClaims(doc.text, doc.meta?.date ? { referenceDate: doc.meta.date } : {});
    for (const claim of claims) {
      const sentence = contentTerms(claim.context ? `${claim.context} ${claim.sentence}` : claim.sentence);
      const subject = new Set(claim.subject);
      for (const seedClaim of index.claims) {
        if (seedClaim.kind !== claim.kind || !closeValues(claim.value, seedClaim.value)) continue;
        const inSubject = seedClaim.subject.filter((t) => subject.has(t)).length;
        const inSentence = [...sentence].filter((t) => passageTerms[seedClaim.passage]?.has(t)).length;
        if (claim.kind === 'quote' ? inSentence < 2 : inSubject < 1 || inSentence < 3) continue;
        const seed = index.documents[index.passages[seedClaim.passage]?.doc ?? -1]?.id ?? '';
        const at = `${doc.id}:${claim.end}:${seed}`;
        const shared = inSubject + inSentence;
        if ((best.get(at)?.shared ?? -1) >= shared) continue;
        best.set(at, {
          key: `${doc.id}:${claim.start}:${claim.end}:${seed}`,
          passage: seedClaim.passage,
          span: [seedClaim.start, seedClaim.end],
          shared,
          made: made.has(at),
        });
      }
    }
  }
  const all = [...best.values()];
  const random = prng(20261131);
  const picked: (Candidate & { stratum: string })[] = [];
  for (const stratum of ['high', 'low']) {
    const pool = all.filter((c) => !c.made && c.shared >= HIGH_SHARED === (stratum === 'high'));
    console.log(`stratum ${stratum}: ${pool.length} pairs not made`);
    for (let k = 0; k < PER_STRATUM && pool.length > 0; k++)
      picked.push({ ...pool.splice(Math.floor(random() * pool.length), 1)[0]!, stratum });
  }
  // Shuffled, so that a labeller cannot tell the strata apart by position.
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [picked[i], picked[j]] = [picked[j]!, picked[i]!];
  }
  console.log(`${all.length} pairs, ${all.filter((c) => c.made).length} made by the engine`);
  const sources = JSON.parse(readFileSync(`${SEEDS}sources.json`, 'utf8')) as Record<
    string,
    { outlet?: string }
  >;
  const byId = new Map(docs.map((d) => [d.id, d]));
  mkdirSync(`${outDir}/pages`, { recursive: true });
  const mark = (text: string, start: number, end: number) =>
    `${text.slice(0, start)}[[${text.slice(start, end)}]]${text.slice(end)}`;
  const sample = picked.map((c, i) => {
    const [page = '', start = '0', end = '0', seed = ''] = c.key.split(':');
    const doc = byId.get(page);
    const text = doc?.text ?? '';
    writeFileSync(`${outDir}/pages/${page}.txt`, `date: ${doc?.meta?.date ?? 'unknown'}\n\n${text}`);
    const s = Number(start);
    const e = Number(end);
    return {
      n: i + 1,
      key: c.key,
      stratum: c.stratum,
      pageDate: doc?.meta?.date ?? null,
      pageClaim: text.slice(s, e),
      pageContext: mark(
        text.slice(Math.max(0, s - 500), e + 300),
        Math.min(s, 500),
        Math.min(s, 500) + e - s,
      ),
      seed,
      seedOutlet: sources[seed]?.outlet ?? null,
      seedPassage: mark(index.passages[c.passage]?.text ?? '', c.span[0], c.span[1]),
    };
  });
  writeFileSync(`${outDir}/sample.json`, JSON.stringify(sample, null, 1));
  for (const id of Object.keys(sources))
    writeFileSync(`${outDir}/${id}.txt`, readFileSync(`${SEEDS}${id}.txt`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv[2] ?? '/tmp/near-misses');
