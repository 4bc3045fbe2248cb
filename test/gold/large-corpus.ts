/**
 * Precision against a large user corpus: the seeds and half of FA-KES (about 400 war reports, dated, many of them
 * about the same events) as the corpus, the other half read as dated pages against it, scored on the labelled
 * matches of large-corpus.json. The seeds alone share one topic; a corpus a user builds holds many events, where
 * a toll or a date meets the tolls and dates of other attacks.
 *
 *   npx tsx test/gold/large-corpus.ts   prints the figures
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { readFakes } from '../../src/build/read-fakes';
import { buildIndexArtifact, loadIndex } from '../../src/core/corpus-index';
import { scanGates } from '../../src/core/scan-texts';
import {
  describeScore,
  FAKES,
  keyFinder,
  scanArticle,
  scoreLabels,
  type RealPagesScore,
} from './real-pages';

const LABELS = fileURLToPath(new URL('../../test/gold/large-corpus.json', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/**
 * large-dev was read while designing rules; large-test only scored. conflicts-dev and conflicts-test are a sample
 * of the conflicts alone (the red "Sources differ"), drawn later; conflicts-dev's wrong ones were read, then (in
 * the forty-ninth session) conflicts-test's, once conflicts-fresh, a later sample, was drawn to be held out; in
 * the fiftieth, conflicts-fresh's, once conflicts-fresh2 was drawn to be held out in its place.
 */
export type LargeSplit =
  | 'large-dev'
  | 'large-test'
  | 'conflicts-dev'
  | 'conflicts-test'
  | 'conflicts-fresh'
  | 'conflicts-fresh2';

/** Every split. */
export const LARGE_SPLITS: readonly LargeSplit[] = [
  'large-dev',
  'large-test',
  'conflicts-dev',
  'conflicts-test',
  'conflicts-fresh',
  'conflicts-fresh2',
];

/** One labelled match (see the description in large-corpus.json). */
interface LargeLabel {
  key: string;
  split: LargeSplit;
  label: 'same' | 'different' | 'unsure';
  corpusClaim: string;
}

/** A split's figures, and how many labelled matches now pair the page claim with another corpus claim. */
export interface LargeScore extends RealPagesScore {
  changed: number;
}

/** 32-bit FNV-1a of a string: which half of FA-KES an article falls in, the same on every machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** True for the FA-KES articles that are part of the corpus; the others are the pages. */
export function inLargeCorpus(id: string): boolean {
  return fnv1a(id) % 2 === 0;
}

/** Every match the engine makes on the labelled pages: key → the corpus claims matched under it. */
function matchedClaims(pageIds: ReadonlySet<string>): Map<string, string[]> {
  const fakes = readFakes(FAKES);
  const corpus = [...readCorpusDir(SEEDS), ...fakes.filter((d) => inLargeCorpus(d.id))];
  const index = loadIndex(JSON.parse(JSON.stringify(buildIndexArtifact(corpus))));
  const gates = scanGates(index);
  const found = new Map<string, string[]>();
  for (const doc of fakes) {
    if (inLargeCorpus(doc.id) || !pageIds.has(doc.id)) continue;
    scanArticle(index, gates, doc, (key, m) => {
      const claims = found.get(key) ?? [];
      claims.push(m.passage.slice(m.spanStart, m.spanEnd));
      found.set(key, claims);
    });
  }
  return found;
}

/** Words a date is now read with before it (see period-part.ts): "mid-March 2011" is the claim labelled "March 2011". */
const PART_BEFORE = /^(?:early|mid|late|(?:beginning|start|middle|end) of)[- ]+$/i;

/** True when the corpus claim matched now is the one labelled, read as it was or with its part of a period. */
function sameCorpusClaim(now: string, labelled: string): boolean {
  return now === labelled || (now.endsWith(labelled) && PART_BEFORE.test(now.slice(0, -labelled.length)));
}

/** Scores the engine on the labelled matches, per split. Needs FAKES. */
export function evaluateLargeCorpus(): Record<LargeSplit, LargeScore> {
  const labels = (JSON.parse(readFileSync(LABELS, 'utf8')) as { items: LargeLabel[] }).items;
  const found = matchedClaims(new Set(labels.map((l) => l.key.split(':')[0] ?? '')));
  const find = keyFinder(found.keys());
  const score = (split: LargeSplit): LargeScore => {
    const mine = labels.filter((l) => l.split === split && l.label !== 'unsure');
    // A label is about one pair of claims: the same page claim matched to another claim of that document is
    // unlabelled. Either claim may now be read from further back ("mid-March 2011" for "March 2011").
    const pairs = (l: LargeLabel) => found.get(find(l.key) ?? l.key);
    const labelled = (l: LargeLabel) => pairs(l)?.some((c) => sameCorpusClaim(c, l.corpusClaim)) === true;
    return scoreLabels(
      mine,
      labelled,
      (l) => pairs(l) !== undefined && !labelled(l),
    );
  };
  return {
    'large-dev': score('large-dev'),
    'large-test': score('large-test'),
    'conflicts-dev': score('conflicts-dev'),
    'conflicts-test': score('conflicts-test'),
    'conflicts-fresh': score('conflicts-fresh'),
    'conflicts-fresh2': score('conflicts-fresh2'),
  };
}

/** describeScore with the count of changed matches. */
export function describeLargeScore(split: LargeSplit, s: LargeScore): string {
  const line = describeScore(split, s).replace(/^real pages/, 'large corpus');
  return `${line}; ${s.changed} now matched to another corpus claim`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(FAKES)) {
    console.error(`${FAKES} not found: these figures need ../shared beside the repository`);
    process.exit(1);
  }
  const scores = evaluateLargeCorpus();
  for (const split of LARGE_SPLITS) console.log(describeLargeScore(split, scores[split]));
}
