/**
 * The names of a corpus, worked out on first use and kept with its index: per document, per passage (its own
 * sentence, its subheading, its neighbours in its paragraph), and the corpus's common topic (names every
 * document uses). The anchoring and rival-name rules (anchors.ts) read them.
 */
import type { CorpusIndex } from '../corpus/model';
import { sentenceNameSpans, sentenceNames, termsOfNames, type NameTerms } from './names';
import { ownedByFigure, type FigureAt } from './figure-places';

/** With fewer documents than this, no name can be told apart as the corpus's common topic. */
const MIN_DOCUMENTS_FOR_TOPIC = 3;

/** Names per document and passage and the topic's names, worked out on first use (one pass over the corpus text). */
interface CorpusNames {
  byDocument: Map<number, DocumentNames>;
  byPassage: Map<number, PassageNames>;
  /** Per corpus figure in a sentence that lists several (see figureOwnNames). */
  byFigure: Map<number, OwnNames>;
  topic: ReadonlySet<string> | null;
}

/** The names of a passage's own sentence: their terms, and each name whole. */
export interface OwnNames {
  own: ReadonlySet<string>;
  ownNames: readonly NameTerms[];
}

/** The names of a document: their terms, and each name whole (no two alike). */
export interface DocumentNames {
  terms: ReadonlySet<string>;
  names: readonly NameTerms[];
}

/** The names of a passage's own sentence, and those of the subheading it sits under: terms, and names whole. */
export interface PassageNames extends OwnNames {
  heading: ReadonlySet<string>;
  /** Terms of the names in the sentences right before and after it in its paragraph; filled on first use. */
  around?: ReadonlySet<string>;
  headingNames: readonly NameTerms[];
}

const namesByIndex = new WeakMap<CorpusIndex, CorpusNames>();

function corpusNames(index: CorpusIndex): CorpusNames {
  let names = namesByIndex.get(index);
  if (!names)
    namesByIndex.set(
      index,
      (names = { byDocument: new Map(), byPassage: new Map(), byFigure: new Map(), topic: null }),
    );
  return names;
}

/** The names of one corpus document (capitalised words of its passages; see sentenceNames). */
export function namesOfDocument(index: CorpusIndex, doc: number): DocumentNames {
  const names = corpusNames(index);
  let found = names.byDocument.get(doc);
  if (!found) {
    const terms = new Set<string>();
    const whole = new Map<string, NameTerms>();
    for (const i of index.documentPassages[doc] ?? []) {
      for (const name of sentenceNames(index.passages[i]?.text ?? '')) {
        for (const t of name) terms.add(t);
        whole.set(name.join(' '), name);
      }
    }
    names.byDocument.set(doc, (found = { terms, names: [...whole.values()] }));
  }
  return found;
}

/** The name terms of one corpus document (capitalised words of its passages; see entityTerms). */
export function documentNames(index: CorpusIndex, doc: number): ReadonlySet<string> {
  return namesOfDocument(index, doc).terms;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The names of one corpus passage and of its subheading, worked out on first use. */
export function passageNames(index: CorpusIndex, passageIndex: number): PassageNames {
  const names = corpusNames(index);
  let found = names.byPassage.get(passageIndex);
  if (!found) {
    const passage = index.passages[passageIndex];
    const ownNames = sentenceNames(passage?.text ?? '');
    const headingNames = passage?.heading ? sentenceNames(passage.heading) : [];
    found = {
      own: new Set(termsOfNames(ownNames)),
      heading: headingNames.length > 0 ? new Set(termsOfNames(headingNames)) : NO_NAMES,
      ownNames,
      headingNames,
    };
    names.byPassage.set(passageIndex, found);
  }
  return found;
}

/**
 * The passage's own names that are its figure `claimIndex`'s or the whole sentence's: in a sentence that lists
 * one measure for several places, not the other figures' places (see figure-places.ts).
 */
export function figureOwnNames(index: CorpusIndex, claimIndex: number): OwnNames {
  const claim = index.claims[claimIndex];
  const all = passageNames(index, claim?.passage ?? -1);
  const passage = index.passages[claim?.passage ?? -1];
  if (!claim || !passage || all.ownNames.length === 0) return all;
  const names = corpusNames(index);
  let found = names.byFigure.get(claimIndex);
  if (!found) {
    const figures: FigureAt[] = [];
    let own = -1;
    for (const ci of passage.claims) {
      const c = index.claims[ci];
      if (c?.value.type !== 'quantity') continue;
      if (ci === claimIndex) own = figures.length;
      figures.push({ start: c.start, end: c.end, value: c.value });
    }
    const spans = sentenceNameSpans(passage.text);
    const kept = own < 0 ? spans : ownedByFigure(passage.text, figures, own, spans);
    if (kept === spans) found = all;
    else {
      const ownNames = kept.map((span) => span.terms);
      found = { own: new Set(termsOfNames(ownNames)), ownNames };
    }
    names.byFigure.set(claimIndex, found);
  }
  return found;
}

/**
 * Terms of the names in the passage's neighbours within its paragraph. A report often gives a toll first and
 * its place in the next sentence ("Shelling of a rebel-held town killed 31 people … The bombardment struck the
 * town of Jayrud"), or the other way round: those names say where the figure belongs as a subheading does.
 */
export function namesAround(index: CorpusIndex, passageIndex: number): ReadonlySet<string> {
  const found = passageNames(index, passageIndex);
  if (!found.around) {
    const around = new Set<string>();
    const next = passageIndex + 1;
    if (index.passages[passageIndex]?.inParagraph === true)
      for (const t of passageNames(index, passageIndex - 1).own) around.add(t);
    if (index.passages[next]?.inParagraph === true)
      for (const t of passageNames(index, next).own) around.add(t);
    found.around = around;
  }
  return found.around;
}

/** Below this many documents a share of them says little (a name in two of five seeds): see shareCeiling. */
const MIN_DOCUMENTS_FOR_SHARE = 20;

/**
 * `share` of the corpus's documents, for a ceiling on how many may use a name; Infinity in a corpus of fewer than
 * MIN_DOCUMENTS_FOR_SHARE, where only the topic's names (see topicNames) are common to it.
 */
export function shareCeiling(index: CorpusIndex, share: number): number {
  const n = index.documents.length;
  return n >= MIN_DOCUMENTS_FOR_SHARE ? share * n : Infinity;
}

/**
 * Names every document on the corpus's topic uses (none in a corpus of fewer than MIN_DOCUMENTS_FOR_TOPIC). In a
 * small corpus a document that uses fewer than half the names half the corpus uses is off it and left out: a user's note
 * on a city marathon, or a three-letter file, added to five reports on Syria must not make "Syria" one place among
 * others there, and so turn the war's toll in one report ("since the start of Syria's war") into a part's. A large
 * corpus has shares to go by instead (see shareCeiling, and wholeCeiling in figure-scope.ts): its topic stays what
 * every document names.
 */
export function topicNames(index: CorpusIndex): ReadonlySet<string> {
  const names = corpusNames(index);
  if (names.topic) return names.topic;
  const count = index.documents.length;
  const topic = new Set<string>();
  if (count >= MIN_DOCUMENTS_FOR_TOPIC) {
    const uses = new Map<string, number>();
    for (let d = 0; d < count; d++)
      for (const t of documentNames(index, d)) uses.set(t, (uses.get(t) ?? 0) + 1);
    const common: string[] = [];
    const small = count < MIN_DOCUMENTS_FOR_SHARE;
    for (const [t, n] of uses) if (small ? n * 2 >= count : n === count) common.push(t);
    // On the topic: a document using at least half the common names. A one-line note naming one of them ("Some
    // text about Aleppo", where every seed names Aleppo and Syria alike) is as far off it as a marathon's, and
    // must not take "Syria" out of it either.
    const needed = Math.max(1, Math.ceil(common.length / 2));
    const onTopic: ReadonlySet<string>[] = [];
    for (let d = 0; d < count; d++) {
      const own = documentNames(index, d);
      let shared = 0;
      for (const t of common) if (own.has(t)) shared++;
      if (shared >= needed) onTopic.push(own);
    }
    if (onTopic.length >= MIN_DOCUMENTS_FOR_TOPIC)
      for (const t of common) if (onTopic.every((own) => own.has(t))) topic.add(t);
  }
  names.topic = topic;
  return topic;
}
