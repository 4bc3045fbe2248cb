/**
 * What the engine's silence misses on real pages: the labelled pairs of near-misses.json, which it did not make
 * when they were drawn (see draw-near-misses.ts). Those labelled different are hard negatives taken from real
 * war reports (another raid's "at least 30 killed"); those labelled same are facts it missed.
 *
 *   npx tsx test/gold/near-misses.ts   prints the figures
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAKES, keyFinder, matchKeys } from './real-pages';

const LABELS = fileURLToPath(new URL('./near-misses.json', import.meta.url));

/** One labelled pair (see the description in near-misses.json). */
interface NearMiss {
  key: string;
  stratum: 'high' | 'low';
  label: 'same' | 'different' | 'unsure';
}

/** How the engine now stands on the labelled pairs. */
export interface NearMissScore {
  /** Pairs labelled different that it now makes (as a match or a count of another time), of `different`. */
  differentMade: number;
  different: number;
  /** Pairs labelled same that it now makes, of `same`. */
  sameMade: number;
  same: number;
}

/** Scores the engine on near-misses.json. Needs FAKES. */
export function evaluateNearMisses(): NearMissScore {
  const items = (JSON.parse(readFileSync(LABELS, 'utf8')) as { items: NearMiss[] }).items;
  const { matches, otherTimes } = matchKeys(new Set(items.map((l) => l.key.split(':')[0] ?? '')));
  // When drawn, a count of another time was a pair made: the source stays beside the claim.
  const find = keyFinder([...matches, ...otherTimes]);
  const of = (label: NearMiss['label']) => items.filter((l) => l.label === label);
  const made = (labels: NearMiss[]) => labels.filter((l) => find(l.key) !== undefined).length;
  return {
    differentMade: made(of('different')),
    different: of('different').length,
    sameMade: made(of('same')),
    same: of('same').length,
  };
}

/** One line, for the test's log and the command line. */
export function describeNearMisses(s: NearMissScore): string {
  return (
    `near misses: ${s.differentMade} of ${s.different} labelled different now made, ` +
    `${s.sameMade} of ${s.same} labelled same now made`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(FAKES)) {
    console.error(`${FAKES} not found: these figures need ../shared beside the repository`);
    process.exit(1);
  }
  console.log(describeNearMisses(evaluateNearMisses()));
}
