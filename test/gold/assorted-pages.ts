/**
 * Precision with a user corpus on no one topic: the saved pages of ../shared/pages (software, shopping, fiction,
 * reference, news; English, French, Spanish, Chinese …), each added as "Add this page to your documents" adds
 * it, then each read as the content script reads it against all of them. Every other labelled set reads war
 * reports against war reports; here a figure, date or quote meets the ones of pages about anything else, as it
 * does for a reader who keeps whatever pages they found worth keeping.
 *
 * A page's matches to its own document are left out. The matches to other pages are labelled in
 * assorted-pages.json: two of the pages are one article saved twice, so some are right.
 *
 *   npx tsx test/gold/assorted-pages.ts          prints the figures
 *   npx tsx test/gold/assorted-pages.ts --list   also prints every match with its key and label
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window, type IOptionalBrowserSettings } from 'happy-dom';
import { buildIndexArtifact, loadIndex, type CorpusSource } from '../../src/core/corpus-index';
import { scanGates, scanTexts } from '../../src/core/scan-texts';
import { readBlocks } from '../../src/content/block-reader';
import { windowsOf } from '../../src/content/text-windows';
import { isPublished, readingDate } from '../../src/content/reference-date';
import { readArticle } from '../../src/popup/page-article';

/** Where the saved pages live beside the repository (they are not copied into it). */
export const PAGES = fileURLToPath(new URL('../../../shared/pages/', import.meta.url));
const LABELS = fileURLToPath(new URL('./assorted-pages.json', import.meta.url));

/** The day an undated page is read on: fixed, so that every run reads the same dates. */
const NOW = new Date('2026-11-22T12:00:00Z');

/**
 * What happy-dom may not do with a saved page: run or fetch anything it names. A `<link rel="preload"
 * as="fetch">` is fetched whatever the other settings say, so every request is answered here, unsent.
 */
const QUIET: IOptionalBrowserSettings = {
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
  fetch: {
    interceptor: {
      beforeAsyncRequest: ({ window }) => Promise.resolve(new window.Response('', { status: 404 })),
    },
  },
};

/** The address documents are parsed under: never a real one (see QUIET). */
const BASE = 'https://assorted-pages.invalid/';

/** One match of a page claim to another page's passage. */
export interface AssortedMatch {
  /** page | corpus document | claim text | corpus span | the page sentence's opening: one pair of claims. */
  key: string;
  relation: string;
  sentence: string;
  passage: string;
}

/** A labelled match: 'same' when the two claims state one fact. */
interface AssortedLabel {
  key: string;
  label: 'same' | 'different';
}

/** The figures: labelled matches still made, right and wrong, and matches no label covers. */
export interface AssortedScore {
  same: number;
  different: number;
  precision: number;
  /** Of the matches labelled right, the share still made. */
  sameKept: number;
  unlabelled: number;
}

/** The DOM classes the block reader and Readability take from the global scope, from a window set up as QUIET. */
function installDom(win: Window): void {
  const scope = globalThis as Record<string, unknown>;
  const source = win as unknown as Record<string, unknown>;
  for (const name of ['DOMParser', 'Element', 'Node', 'Text', 'HTMLElement', 'NodeFilter', 'getComputedStyle'])
    scope[name] = source[name];
}

/** A saved page as both sides see it: its content script's texts, its reading day, its added document. */
export interface SavedPage {
  name: string;
  texts: string[];
  day: string;
  published: boolean;
  document: CorpusSource | null;
}

function readPage(name: string, withTexts: boolean): SavedPage | null {
  const file = `${PAGES}${name}/source.html`;
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const win = new Window({ url: BASE, settings: QUIET });
  try {
    win.document.write(html);
    const doc = win.document as unknown as Document;
    const reading = readingDate(doc, NOW);
    const published = isPublished(reading, reading.day);
    const texts: string[] = [];
    if (withTexts)
      for (const block of readBlocks(doc.body)) for (const w of windowsOf(block.text)) texts.push(w.text);
    const outcome = readArticle(
      { html, url: `https://${name}.example/story`, published: published ? reading.day : null },
      NOW,
    );
    const document =
      outcome.kind === 'article'
        ? {
            id: name,
            text: outcome.article.text,
            meta: {
              outlet: outcome.article.outlet,
              title: outcome.article.title ?? name,
              date: outcome.article.date,
              url: outcome.article.url,
            },
          }
        : null;
    return { name, texts, day: reading.day, published, document };
  } finally {
    void win.happyDOM.close();
  }
}

/**
 * Every saved page of PAGES, in name order (halves-pages.ts cuts the same documents). Without `withTexts`,
 * texts are left empty: reading every block of 130 pages is a sixth of the time, wasted on a caller that
 * reads only documents. Needs PAGES.
 */
export function savedPages(withTexts = true): SavedPage[] {
  installDom(new Window({ url: BASE, settings: QUIET }));
  return readdirSync(PAGES)
    .sort()
    .map((name) => readPage(name, withTexts))
    .filter((p): p is SavedPage => p !== null);
}

/** Every match a saved page makes to another saved page's article. Needs PAGES. */
export function assortedMatches(): AssortedMatch[] {
  const pages = savedPages();
  const corpus = pages.flatMap((p) => (p.document ? [p.document] : []));
  const index = loadIndex(JSON.parse(JSON.stringify(buildIndexArtifact(corpus))));
  const gates = scanGates(index);
  const out: AssortedMatch[] = [];
  for (const page of pages) {
    for (const { claim, result } of scanTexts(index, gates, page.texts, page.day, page.published).flat()) {
      for (const m of result.matches) {
        if (m.doc === page.name) continue;
        const span = m.passage.slice(m.spanStart, m.spanEnd);
        const opening = claim.sentence.replace(/\s+/g, ' ').slice(0, 60);
        out.push({
          key: [page.name, m.doc, claim.text, span, opening].join(' | '),
          relation: m.relation,
          sentence: claim.sentence,
          passage: m.passage,
        });
      }
    }
  }
  return out;
}

/** The labels of assorted-pages.json, by key. */
export function assortedLabels(): Map<string, AssortedLabel['label']> {
  const items = (JSON.parse(readFileSync(LABELS, 'utf8')) as { items: AssortedLabel[] }).items;
  return new Map(items.map((l) => [l.key, l.label]));
}

/** Scores matches against the labels; a key matched several times counts once. */
export function scoreAssorted(
  matches: readonly AssortedMatch[],
  labels: ReadonlyMap<string, AssortedLabel['label']>,
): AssortedScore {
  const keys = new Set(matches.map((m) => m.key));
  let same = 0;
  let different = 0;
  let unlabelled = 0;
  for (const key of keys) {
    const label = labels.get(key);
    if (label === 'same') same++;
    else if (label === 'different') different++;
    else unlabelled++;
  }
  const labelledSame = [...labels.values()].filter((l) => l === 'same').length;
  return {
    same,
    different,
    precision: same + different === 0 ? 1 : same / (same + different),
    sameKept: labelledSame === 0 ? 1 : same / labelledSame,
    unlabelled,
  };
}

/** One line for a person. */
export function describeAssorted(s: AssortedScore): string {
  return (
    `assorted pages: precision ${s.precision.toFixed(3)} (${s.same} right, ${s.different} wrong), right matches ` +
    `kept ${s.sameKept.toFixed(3)}; ${s.unlabelled} unlabelled`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(PAGES)) {
    console.error(`${PAGES} not found: these figures need ../shared beside the repository`);
    process.exit(1);
  }
  const matches = assortedMatches();
  const labels = existsSync(LABELS) ? assortedLabels() : new Map<string, AssortedLabel['label']>();
  if (process.argv.includes('--list')) {
    for (const m of matches) {
      console.log(`${labels.get(m.key) ?? 'UNLABELLED'} ${m.relation} ${m.key}`);
      console.log(`  page:   ${m.sentence.replace(/\s+/g, ' ').slice(0, 200)}`);
      console.log(`  corpus: ${m.passage.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  console.log(describeAssorted(scoreAssorted(matches, labels)));
}
