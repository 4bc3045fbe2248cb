/**
 * Is a corpus claim about the same thing as a page claim? Compared on their subject terms (stems with synonyms
 * folded, so "truce" meets "ceasefire" and "died" meets "killed"), weighted by rarity, in both directions: the
 * page's subject must be found around the corpus claim, and the corpus claim's subject around the page claim.
 * Named places and people in the page sentence that the corpus document never mentions count against a match.
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import { entityTerms, namesAndActors, termsOfNames, type NameTerms } from './names';
import { extractClaims } from '../extract-claims';
import { TriggerScanner } from '../extract/triggers';
import { ownedByFigure, type FigureAt } from './figure-places';
import type { FigureFrame } from './fact-frame';
import type { Claim } from '../types';
import type { QuoteText } from './compare-quotes';
import { documentTerms, passageTerms, termWeight } from './terms-cache';
import { compactText } from './compact-text';

/** What the matcher needs to know about a page claim, computed once per claim. */
export interface ClaimContext {
  claim: Claim;
  /** The claim's subject terms (falls back to the sentence's terms when the extractor gave none). */
  subject: ReadonlySet<string>;
  /** All terms of the claim's sentence. */
  sentence: ReadonlySet<string>;
  /**
   * Terms of capitalised names in the sentence (not its first word, not months or weekdays), and in the claim's
   * context (see Claim.context).
   */
  entities: string[];
  /** Filled on first use by the matcher: a quote claim's words (see compare-quotes). */
  quote?: QuoteText;
  /** Filled on first use by the matcher: the words of each part of a joined quote (see QuoteValue.parts). */
  quoteParts?: QuoteText[];
  /** Filled on first use by the matcher: the names that are also subject terms (see entityFactor). */
  subjectNames?: string[];
  /** Filled on first use by the matcher: terms of the sentence's first word when capitalised (see anchors.ts). */
  leadTerms?: readonly string[];
  /** Filled on first use by the matcher: the quarter and direction of the claim's figure (see fact-frame.ts). */
  frame?: FigureFrame;
  /** Filled on first use by the matcher: terms of the peoples the sentence names by plural (see countedGroupNamed). */
  peoples?: readonly string[];
  /** The sentence's names, each whole (see sentenceNames); `entities` are their terms. */
  names: readonly NameTerms[];
  /** The names of actors in the sentence (see actorNames). */
  actors: readonly NameTerms[];
  /**
   * Terms of the sentence's names that are other figures' places, not this one's (see figure-places.ts), which
   * `names` and `actors` leave out; `sentence` and `subject` keep them, as words of the claim's sentence.
   */
  elsewhere?: ReadonlySet<string>;
  /** Filled on first use by the matcher: terms of the sentence's names that are no actors' (see restates.ts). */
  credited?: ReadonlySet<string>;
  /** Filled on first use: rarity weights of the subject terms in one index (see topicCoverage). */
  subjectWeights?: SubjectWeights;
  /** The page's publication day, when the page states it (see FindOptions.published). */
  published?: string;
  /** Filled on first use: the days the sentence's news falls in (see pageNewsDays, writtenNewsDays). */
  pageDays?: [number, number] | null;
}

/** The subject terms with their termWeight in one index, and their sum, in the subject's iteration order. */
interface SubjectWeights {
  index: CorpusIndex;
  terms: string[];
  weights: Float64Array;
  total: number;
}

/**
 * Month and weekday names are values, not topics: two sentences that both say "February" share a date, which the
 * value comparison already weighs, not a subject.
 */
export const CALENDAR_TERMS: ReadonlySet<string> = new Set(
  terms(
    'January February March April May June July August September October November December ' +
      'Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tomorrow',
  ),
);

/** Words that fit almost any count or date; sharing one says little about sharing a fact. */
const GENERIC_TERMS: ReadonlySet<string> = new Set(
  terms(
    'people time times day days week weeks month months year years number total group groups area areas part place',
  ),
);

function topical(list: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of list) if (!CALENDAR_TERMS.has(t)) out.add(t);
  return out;
}

/**
 * The sentence's terms and names for the last sentence seen: a page sentence often holds several claims, which
 * arrive one after another. Shared read-only between their contexts.
 */
let lastSentence: {
  /** The sentence as the claim gave it (what the next claim's is compared with). */
  source: string;
  /** The matcher's copy of it: the same characters (see compactText). */
  text: string;
  context: string;
  sentence: ReadonlySet<string>;
  entities: string[];
  names: readonly NameTerms[];
  actors: readonly NameTerms[];
  /** Where each name starts in the sentence. */
  starts: readonly number[];
  /** The sentence's figures, read on first need (see figureNames). */
  figures?: FigureAt[];
} | null = null;

/** Finds the extractor's trigger hits (figures, number words, dates) in a sentence. */
const triggers = new TriggerScanner();

/**
 * True when the extractor's trigger scan hits `text` twice: with fewer hits the sentence holds at most one figure,
 * and no figure has another's place to leave out (see figureNames).
 */
function twoHits(text: string): boolean {
  let hits = 0;
  for (let pos = 0; triggers.next(text, pos); pos = triggers.end) if (++hits >= 2) return true;
  return false;
}

/** Where `claim` stands in `text` (its sentence): its own offsets when they fit, else where its words first do. */
function placeIn(text: string, claim: Claim): number {
  const first = text.indexOf(claim.text);
  const fits = text.slice(claim.start, claim.end) === claim.text;
  return fits && text.indexOf(claim.text, first + 1) >= 0 ? claim.start : first;
}

/**
 * The sentence's names and actors that are the figure `claim`'s own or the whole sentence's, without the places
 * of the other figures it lists (see figure-places.ts); null when that leaves out nothing.
 */
function figureNames(
  seen: NonNullable<typeof lastSentence>,
  claim: Claim,
): { names: NameTerms[]; actors: NameTerms[]; elsewhere: ReadonlySet<string> } | null {
  if (claim.kind !== 'quantity' || seen.names.length === 0) return null;
  if (!twoHits(seen.text)) return null;
  seen.figures ??= extractClaims(seen.text).flatMap((c) =>
    c.value.type === 'quantity' ? [{ start: c.start, end: c.end, value: c.value }] : [],
  );
  const at = placeIn(seen.text, claim);
  const index = seen.figures.findIndex((f) => f.start === at);
  if (index < 0) return null;
  const items = seen.names.map((terms, i) => ({ terms, start: seen.starts[i] ?? 0 }));
  const kept = ownedByFigure(seen.text, seen.figures, index, items);
  if (kept === items) return null;
  const names = kept.map((item) => item.terms);
  const own = new Set(names.flat());
  const elsewhere = new Set(seen.names.flat().filter((t) => !own.has(t)));
  return { names, actors: seen.actors.filter((a) => names.includes(a)), elsewhere };
}

/**
 * Prepares a page claim for matching. The context's claim is `page` with its sentence read from the matcher's
 * copy (see compactText): the same characters.
 */
export function claimContext(page: Claim): ClaimContext {
  const source = page.sentence || page.text;
  const context = page.context ?? '';
  if (lastSentence?.source !== source || lastSentence.context !== context) {
    const text = compactText(source);
    const { names, actors, starts } = namesAndActors(text);
    lastSentence = {
      source,
      text,
      context,
      sentence: topical(terms(text)),
      entities: entitiesOf(names, context),
      names,
      actors,
      starts,
    };
  }
  const { sentence } = lastSentence;
  const claim = page.sentence ? { ...page, sentence: lastSentence.text } : page;
  const subject = claim.subject.length > 0 ? topical(claim.subject) : sentence;
  const own = figureNames(lastSentence, claim);
  if (own) return { claim, subject, sentence, entities: entitiesOf(own.names, context), ...own };
  const { entities, names, actors } = lastSentence;
  return { claim, subject, sentence, entities: [...entities], names, actors };
}

/**
 * The terms of a claim's names and of the sentences it continues (see Claim.context): those anchor it as its own
 * would, though they are not the sentence's own names, which say who spoke or whose name clashes.
 */
function entitiesOf(names: readonly NameTerms[], context: string): string[] {
  return context === ''
    ? termsOfNames(names)
    : [...new Set([...termsOfNames(names), ...entityTerms(context)])];
}

/** Each further unit of shared weight adds less: weight 1 gives 0.5, 2 gives 0.75, 3 gives 0.875. */
const SATURATION = Math.LN2;

/** A term found in more than this share of passages says little about which fact a sentence states. */
const COMMON_SHARE = 0.3;

/** Below this many passages, term frequencies reflect the corpus's one topic, not the language: ignore them. */
const MIN_PASSAGES_FOR_FREQUENCY = 200;

/** Credit for a shared term by where it is found: in both claims' subjects, in one subject and the other's sentence, or only in both sentences. */
const BOTH_SUBJECTS = 1;
const SUBJECT_AND_SENTENCE = 0.6;
const SENTENCES_ONLY = 0.3;

/** A shared generic or very frequent term counts half; a shared name half again as much as a plain word. */
const GENERIC_FACTOR = 0.5;
const NAME_FACTOR = 1.5;

/**
 * Subject agreement in [0, 1] between the page claim and a corpus claim: the terms the two share, each credited
 * by how close to the claims it sits (both subjects > one subject and the other sentence > both sentences) and by
 * what it is (a name > a common noun > a generic word), summed and saturated. Subjects carry incidental
 * neighbours ("Washington-backed", "fragile"), so unshared terms do not count against a match: what must be there
 * is common ground.
 */
export function subjectScore(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpusSubject: readonly string[],
  passage: number,
): number {
  const around = passageTerms(index, passage);
  const corpus = subjectSet(corpusSubject);
  // One map reused from call to call, cleared: its insertion order is the order the weights are summed in.
  credit.clear();
  for (const t of ctx.subject) {
    if (corpus.has(t)) give(t, BOTH_SUBJECTS);
    else if (around.has(t)) give(t, SUBJECT_AND_SENTENCE);
  }
  for (const t of corpus) if (ctx.sentence.has(t)) give(t, SUBJECT_AND_SENTENCE);
  for (const t of ctx.sentence) if (around.has(t)) give(t, SENTENCES_ONLY);
  const common = index.passages.length * COMMON_SHARE;
  let weight = 0;
  for (const [t, c] of credit) {
    const frequent =
      index.passages.length >= MIN_PASSAGES_FOR_FREQUENCY && (index.passageFrequency.get(t) ?? 0) > common;
    // A shared name (a place, a person) pins a fact down more than a shared common noun.
    weight +=
      c * (GENERIC_TERMS.has(t) || frequent ? GENERIC_FACTOR : ctx.entities.includes(t) ? NAME_FACTOR : 1);
  }
  return 1 - Math.exp(-SATURATION * weight);
}

/** subjectScore's credit per shared term, best credit kept (see give). */
const credit = new Map<string, number>();

function give(t: string, c: number): void {
  if (!CALENDAR_TERMS.has(t) && (credit.get(t) ?? 0) < c) credit.set(t, c);
}

/** A corpus claim's subject terms as a set, made once per claim (its subject array is the index's own). */
const subjectSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function subjectSet(subject: readonly string[]): ReadonlySet<string> {
  let set = subjectSets.get(subject);
  if (!set) subjectSets.set(subject, (set = new Set(subject)));
  return set;
}

/**
 * The most subject weight a page sentence with these terms could earn against a corpus whose claim
 * subjects and claim-bearing passages hold `subjects` and `passages`: every term taken at its best (in
 * the page claim's subject, a name). The corpus gate compares it with `weightFor(least score needed)`.
 * `names`, when known, are the sentence's entity terms: only they can count as names.
 */
export function subjectWeightBound(
  sentenceTerms: Iterable<string>,
  subjects: ReadonlySet<string>,
  passages: ReadonlySet<string>,
  enough = Infinity,
  names?: ReadonlySet<string>,
): number {
  let weight = 0;
  const seen = new Set<string>();
  for (const t of sentenceTerms) {
    if (seen.has(t) || CALENDAR_TERMS.has(t)) continue;
    seen.add(t);
    weight += termWeightBound(t, subjects, passages, names);
    if (weight >= enough) break;
  }
  return weight;
}

/**
 * One term's share of subjectWeightBound (calendar terms aside): 0 when neither `subjects` nor `passages`
 * holds it. With an empty `names` it is the least the term can count, with none the most; the claim gate sums
 * these per corpus claim and needs the very same numbers.
 */
export function termWeightBound(
  t: string,
  subjects: ReadonlySet<string>,
  passages: ReadonlySet<string>,
  names?: ReadonlySet<string>,
): number {
  const c = subjects.has(t) ? BOTH_SUBJECTS : passages.has(t) ? SUBJECT_AND_SENTENCE : 0;
  return c * (GENERIC_TERMS.has(t) ? GENERIC_FACTOR : !names || names.has(t) ? NAME_FACTOR : 1);
}

/** The shared-term weight subjectScore turns into `score` (its inverse). */
export function weightFor(score: number): number {
  return score <= 0 ? 0 : score >= 1 ? Infinity : -Math.log(1 - score) / SATURATION;
}

/** Share (rarity-weighted) of the page claim's subject terms that occur in a passage: does it cover the topic? */
export function topicCoverage(index: CorpusIndex, ctx: ClaimContext, passage: number): number {
  let w = ctx.subjectWeights;
  if (w?.index !== index) {
    // Computed once per claim, added in the subject's order (the sum, and so the share, does not depend on the passage).
    const list = [...ctx.subject];
    const weights = new Float64Array(list.length);
    let total = 0;
    list.forEach((t, i) => {
      weights[i] = termWeight(index, t);
      total += weights[i] ?? 0;
    });
    ctx.subjectWeights = w = { index, terms: list, weights, total };
  }
  if (w.total === 0) return 0;
  const around = passageTerms(index, passage);
  let found = 0;
  for (let i = 0; i < w.terms.length; i++) if (around.has(w.terms[i] ?? '')) found += w.weights[i] ?? 0;
  return found / w.total;
}

/**
 * Multiplier in [0.5, 1] for names in the page claim's subject that the corpus document never mentions: a death toll
 * "in Yemen" is not a figure for a document about Syria, whatever the counted words share.
 */
export function entityFactor(index: CorpusIndex, ctx: ClaimContext, doc: number): number {
  // Only names that belong to what the claim is about: a sentence may name other places in passing.
  const names = (ctx.subjectNames ??= ctx.entities.filter((t) => ctx.subject.has(t)));
  if (names.length === 0) return 1;
  const known = documentTerms(index, doc);
  const missing = names.filter((t) => !known.has(t)).length;
  // None of the names: another place or person altogether. Some of them: a fuller account of the same event.
  if (missing === names.length) return 0.5;
  return Math.max(0.8, 1 - 0.05 * missing);
}
