/**
 * Precision between pages on one topic: every article of ../shared/pages (see assorted-pages.ts) cut in two
 * at a paragraph break near its middle, each half added as a document, each half read against all the halves
 * but its own. A half's nearest neighbour is the other half of its article, on the same subject with other
 * facts: the figures, dates and quotes a reader meets in a saved page on what they are reading about, where
 * assorted-pages.ts pairs pages on different things. Helper 118's run of these halves found the rules the
 * labels now keep in place (see halves-pages.json), so they are no held-out measure either.
 *
 * The half read is its article text, each line one block as the content script would read it (a paragraph,
 * a heading, a list item, a line after a `<br>`), cut into the script's windows, on the page's own reading
 * day. Its own half is left out the product's way: it was saved from the address being read (see
 * pageDocument).
 *
 *   npx tsx test/gold/halves-pages.ts          prints the figures
 *   npx tsx test/gold/halves-pages.ts --list   also prints every match with its key and label
 *   npx tsx test/gold/halves-pages.ts --json   prints every match, both sentences whole, to label new ones
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndexArtifact, loadIndex, type CorpusSource } from '../../src/core/corpus-index';
import { scanGates, scanTexts } from '../../src/core/scan-texts';
import { windowsOf } from '../../src/content/text-windows';
import { PAGES, savedPages, scoreAssorted, type AssortedMatch, type AssortedScore } from './assorted-pages';

/** Where the saved pages live (see assorted-pages.ts): without them there is no set. */
export { PAGES };

const LABELS = fileURLToPath(new URL('./halves-pages.json', import.meta.url));

/** A label: 'same' when the two claims state one fact. */
type Label = 'same' | 'different';

/** One match of a half's claim to a passage of another half. */
export interface HalfMatch extends AssortedMatch {
  /** page | half (A, B) | corpus document (page:A, page:B) | claim text | corpus span | sentence opening. */
  key: string;
}

/** Half of a page's article, as a document, with the day its page is read on. */
interface Half {
  page: string;
  half: 'A' | 'B';
  day: string;
  published: boolean;
  /** The address the half was saved from, and is read at. */
  url: string;
  document: CorpusSource;
}

/**
 * The article cut at a paragraph break: the first at or after its middle character, else the last before it.
 * A cut anywhere but between paragraphs would leave a sentence in both halves, or in neither.
 */
export function cutInTwo(text: string): [string, string] | null {
  let at = -1;
  for (const m of text.matchAll(/\n\n/g)) {
    at = m.index;
    if (at >= text.length / 2) break;
  }
  return at < 0 ? null : [text.slice(0, at), text.slice(at + 2)];
}

/** The half-documents of every saved page that gave an article of two paragraphs or more. Needs PAGES. */
function halves(): Half[] {
  const out: Half[] = [];
  for (const page of savedPages(false)) {
    if (page.document === null) continue;
    const cut = cutInTwo(page.document.text);
    if (cut === null) continue;
    for (const [half, text] of [
      ['A', cut[0]],
      ['B', cut[1]],
    ] as const) {
      // An address of its own for each half: it is how the half being read is told from the rest.
      const url = `https://${page.name}.example/story/${half.toLowerCase()}`;
      out.push({
        page: page.name,
        half,
        day: page.day,
        published: page.published,
        url,
        document: { id: `${page.name}:${half}`, text, meta: { ...page.document.meta, url } },
      });
    }
  }
  return out;
}

/** Every match of a half's claims to the other halves, its own article's other half included. Needs PAGES. */
export function halvesMatches(): HalfMatch[] {
  const all = halves();
  const index = loadIndex(JSON.parse(JSON.stringify(buildIndexArtifact(all.map((h) => h.document)))));
  const gates = scanGates(index);
  const out: HalfMatch[] = [];
  for (const h of all) {
    const texts = h.document.text
      .split('\n')
      .filter((line) => line !== '')
      .flatMap((line) => windowsOf(line).map((w) => w.text));
    for (const { claim, result } of scanTexts(index, gates, texts, h.day, h.published, h.url).flat()) {
      for (const m of result.matches) {
        const span = m.passage.slice(m.spanStart, m.spanEnd);
        const opening = claim.sentence.replace(/\s+/g, ' ').slice(0, 60);
        out.push({
          key: [h.page, h.half, m.doc, claim.text, span, opening].join(' | '),
          relation: m.relation,
          sentence: claim.sentence,
          passage: m.passage,
        });
      }
    }
  }
  return out;
}

/** The labels of halves-pages.json, by key. */
export function halvesLabels(): Map<string, Label> {
  const items = (JSON.parse(readFileSync(LABELS, 'utf8')) as { items: { key: string; label: Label }[] })
    .items;
  return new Map(items.map((l) => [l.key, l.label]));
}

/** Scores matches against the labels as assorted-pages does: a key matched several times counts once. */
export function scoreHalves(
  matches: readonly HalfMatch[],
  labels: ReadonlyMap<string, Label>,
): AssortedScore {
  return scoreAssorted(matches, labels);
}

/** One line for a person. */
export function describeHalves(s: AssortedScore): string {
  return (
    `halves of pages: precision ${s.precision.toFixed(3)} (${s.same} right, ${s.different} wrong), right ` +
    `matches kept ${s.sameKept.toFixed(3)}; ${s.unlabelled} unlabelled`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(PAGES)) {
    console.error(`${PAGES} not found: these figures need ../shared beside the repository`);
    process.exit(1);
  }
  const matches = halvesMatches();
  const labels = existsSync(LABELS) ? halvesLabels() : new Map<string, Label>();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(matches));
    process.exit(0);
  }
  if (process.argv.includes('--list')) {
    for (const m of matches) {
      console.log(`${labels.get(m.key) ?? 'UNLABELLED'} ${m.relation} ${m.key}`);
      console.log(`  page:   ${m.sentence.replace(/\s+/g, ' ').slice(0, 200)}`);
      console.log(`  corpus: ${m.passage.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  console.log(describeHalves(scoreHalves(matches, labels)));
}
