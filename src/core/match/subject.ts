/**
 * Is a corpus claim about the same thing as a page claim? Compared on their subject terms (stems with synonyms
 * folded, so "truce" meets "ceasefire" and "died" meets "killed"), weighted by rarity, in both directions: the
 * page's subject must be found around the corpus claim, and the corpus claim's subject around the page claim.
 * Named places and people in the page sentence that the corpus document never mentions count against a match.
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import type { Claim } from '../types';
import type { QuoteText } from './compare-quotes';
import { documentTerms, passageTerms, termWeight } from './terms-cache';

/** What the matcher needs to know about a page claim, computed once per claim. */
export interface ClaimContext {
  claim: Claim;
  /** The claim's subject terms (falls back to the sentence's terms when the extractor gave none). */
  subject: ReadonlySet<string>;
  /** All terms of the claim's sentence. */
  sentence: ReadonlySet<string>;
  /** Terms of capitalised names in the sentence (not its first word, not months or weekdays). */
  entities: string[];
  /** Filled on first use by the matcher: a quote claim's words (see compare-quotes). */
  quote?: QuoteText;
  /** Filled on first use by the matcher: the words of each part of a joined quote (see QuoteValue.parts). */
  quoteParts?: QuoteText[];
  /** Filled on first use by the matcher: the names that are also subject terms (see entityFactor). */
  subjectNames?: string[];
  /** Filled on first use by the matcher: terms of the sentence's first word when capitalised (see anchors.ts). */
  leadTerms?: readonly string[];
  /** Filled on first use by the matcher: the sentence's names, each whole (see sentenceNames). */
  names?: readonly NameTerms[];
  /** Filled on first use by the matcher: the names of actors in the sentence (see actorNames). */
  actors?: readonly NameTerms[];
  /** Filled on first use: rarity weights of the subject terms in one index (see topicCoverage). */
  subjectWeights?: SubjectWeights;
}

/** The subject terms with their termWeight in one index, and their sum, in the subject's iteration order. */
interface SubjectWeights {
  index: CorpusIndex;
  terms: string[];
  weights: Float64Array;
  total: number;
}

/** Titles often written with a full stop before a name ("Mr. Lavrov", "Gen. Dunford"). */
const TITLES = 'mr|mrs|ms|dr|prof|gen|col|maj|capt|lt|sgt|adm|gov|sen|rep|rev|st';

/** Capitalised words that are no names: calendar words, words that open sentences, titles. */
const NOT_NAMES = new RegExp(
  '^(january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    `i|the|a|an|in|on|at|but|and|he|she|it|we|they|this|that|there|${TITLES})$`,
  'i',
);

/** A capitalised word, or capitals with full stops ("U.S.", "U.N."), which terms() reads as the acronym. */
const NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}’']*\p{L})/gu;

/**
 * Terms of the capitalised words in `sentence`, skipping the first word (capitalised anyway) and calendar words.
 * Words next to each other are one name, read as a whole, so that "United Nations" gives the term of "UN".
 */
export function entityTerms(sentence: string): string[] {
  const out = new Set<string>();
  for (const name of sentenceNames(sentence)) for (const t of name) out.add(t);
  return [...out];
}

/** A name as its terms: "Harbor City Transit" is ["harbor", "citi", "transit"]. */
export type NameTerms = readonly string[];

/**
 * The names of `sentence` (as entityTerms finds them), each kept whole: "Harbor City Transit" and "Lakeview
 * Transit" share a term but are two names (see sameName).
 */
export function sentenceNames(
  sentence: string,
  keep?: (sentence: string, start: number, end: number) => boolean,
): NameTerms[] {
  const out: NameTerms[] = [];
  let run = '';
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (run !== '' && (!keep || keep(sentence, runStart, runEnd))) {
      const name = nameTerms(run);
      if (name.length > 0) out.push(name);
    }
    run = '';
  };
  for (const m of sentence.matchAll(NAME)) {
    const at = m.index ?? 0;
    // The first non-space character before the word (what trimEnd would leave last): none or an opener means
    // the word starts a sentence or a quotation.
    let k = at - 1;
    while (k >= 0 && SPACE.test(sentence.charAt(k))) k--;
    const skipped =
      NOT_NAMES.test(m[0].replace(POSSESSIVE, '')) ||
      ((k < 0 || (OPENERS.includes(sentence.charAt(k)) && !afterTitle(sentence, k))) &&
        !nameAtStart(sentence, m[0], at));
    if (skipped || at !== runEnd + 1 || sentence.charCodeAt(runEnd) !== 32) flush();
    if (skipped) continue;
    if (run === '') runStart = at;
    run = run === '' ? m[0] : `${run} ${m[0]}`;
    runEnd = at + m[0].length;
  }
  flush();
  return out;
}

/**
 * True when two names can be one: the terms of one are all in the other ("the Observatory" and "the Syrian
 * Observatory", "Assad" and "President Bashar Assad"). Names that only share a word ("Harbor City Transit", "Lakeview
 * Transit"; "Mayor Bill de Blasio", "Mayor Jim Kenney") are two.
 */
export function sameName(a: NameTerms, b: NameTerms): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((t) => long.includes(t));
}

/** After a name: the rest of a hyphenated modifier ("Western-backed", "New York-based"). */
const MODIFIER_REST = /-\p{Ll}/uy;
/** After a name: a verb that makes it the source of what precedes it ("…, Reuters reported."). */
const SOURCE_VERB =
  /,?\s+(?:said|says|reported|reports|estimated|estimates|announced|added|noted|wrote|stated|confirmed|tweeted|told)\b/uy;
/**
 * Before a name: words that make it a source ("according to the Observatory", "told Reuters", "…, said the UN").
 * A "said" without a comma before it is no lead: in "Kerry said the United States will …" the States are an actor.
 */
const SOURCE_LEAD = /(?:according to|told|citing|cited by|,\s*said)\s+(?:the\s+)?$/iu;
/** Before a name: the comma of a clause that credits the report ("…, the Commerce Department said"). */
const SOURCE_COMMA = /,\s*(?:the\s+)?$/iu;
/** How far back SOURCE_LEAD looks: the longest lead with its article. */
const SOURCE_LEAD_CHARS = 20;

/**
 * True when the name at `sentence[start, end)` is an actor: not a modifier, and not the source a report is
 * credited to, named after a comma ("…, the Commerce Department said") or after "according to", "told",
 * "citing". A name that speaks with no comma before it stays an actor ("Con Edison said it maintains …"): there
 * the speaker is what the figure is about.
 */
function isActor(sentence: string, start: number, end: number): boolean {
  MODIFIER_REST.lastIndex = end;
  if (MODIFIER_REST.test(sentence)) return false;
  if (SOURCE_LEAD.test(sentence.slice(Math.max(0, start - SOURCE_LEAD_CHARS), start))) return false;
  SOURCE_VERB.lastIndex = end;
  return !(SOURCE_VERB.test(sentence) && SOURCE_COMMA.test(sentence.slice(Math.max(0, start - 6), start)));
}

/**
 * sentenceNames without the names that only qualify something else ("Western-backed militants", "Shia-dominated
 * towns") or credit the report to a source ("…, Reuters reported", "according to the UN"): the names of who or
 * what the sentence is about. A sentence's actors tell two reports of one figure apart; a modifier or a source is
 * background that one outlet adds and another leaves out or gives otherwise.
 */
export function actorNames(sentence: string): NameTerms[] {
  return sentenceNames(sentence, isActor);
}

/** A possessive ("Toronto’s") or a word before another capitalised one ("Thames Water"). */
const POSSESSIVE = /['’]s$/;
const NEXT_CAPITAL = /^\s\p{Lu}/u;
/**
 * After a sentence's first word: an appositive that says what it is, closed by a comma ("Loom, a rival startup,
 * …"). An opening adverb goes on without one ("Later, a car bomb killed …").
 */
const APPOSITIVE = /^,\s(?:a|an|the|which|who)\s[^,.;:!?]{1,60},/u;
/** How far after the first word APPOSITIVE looks. */
const APPOSITIVE_CHARS = 72;

/**
 * True when the capitalised word that starts a sentence is a name all the same: a possessive ("Toronto’s water
 * mains"), the first of several capitalised words ("Thames Water has budgeted") or a word an appositive
 * describes ("Loom, a rival startup, reported …"). A sentence's first word is otherwise skipped, since every
 * sentence starts with a capital.
 */
function nameAtStart(sentence: string, word: string, at: number): boolean {
  const after = at + word.length;
  return (
    POSSESSIVE.test(word) ||
    NEXT_CAPITAL.test(sentence.slice(after, after + 2)) ||
    APPOSITIVE.test(sentence.slice(after, after + APPOSITIVE_CHARS))
  );
}

/** A title just before a full stop, which then ends no sentence. */
const TITLE = new RegExp(`(?<![\\p{L}.])(?:${TITLES})$`, 'iu');

/** True when the full stop at `stop` closes a title ("Mr.") rather than a sentence. */
function afterTitle(sentence: string, stop: number): boolean {
  if (sentence.charCodeAt(stop) !== 46) return false;
  return (
    TITLE.test(sentence.slice(Math.max(0, stop - 5), stop)) ||
    DOTTED_END.test(sentence.slice(Math.max(0, stop - 7), stop + 1))
  );
}

/** The end of capitals with full stops ("the U.S."), whose last stop ends no sentence in a sentence already split. */
const DOTTED_END = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}$/u;

/** What String.prototype.trimEnd removes (white space and line terminators). */
const SPACE = /\s/;
const OPENERS = '.!?:"“‘(';

/** terms() of names already seen: the same names recur in sentence after sentence. */
const nameTermCache = new Map<string, readonly string[]>();
const MAX_CACHED_NAMES = 4096;

function nameTerms(name: string): readonly string[] {
  let list = nameTermCache.get(name);
  if (!list) {
    list = terms(name);
    if (nameTermCache.size >= MAX_CACHED_NAMES) nameTermCache.clear();
    nameTermCache.set(name, list);
  }
  return list;
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
let lastSentence: { text: string; sentence: ReadonlySet<string>; entities: string[] } | null = null;

/** Prepares a page claim for matching. */
export function claimContext(claim: Claim): ClaimContext {
  const text = claim.sentence || claim.text;
  if (lastSentence?.text !== text) {
    lastSentence = { text, sentence: topical(terms(text)), entities: entityTerms(text) };
  }
  const { sentence, entities } = lastSentence;
  const subject = claim.subject.length > 0 ? topical(claim.subject) : sentence;
  return { claim, subject, sentence, entities: [...entities] };
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
  const corpus = new Set(corpusSubject);
  const credit = new Map<string, number>();
  const give = (t: string, c: number): void => {
    if (!CALENDAR_TERMS.has(t) && (credit.get(t) ?? 0) < c) credit.set(t, c);
  };
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
    const c = subjects.has(t) ? BOTH_SUBJECTS : passages.has(t) ? SUBJECT_AND_SENTENCE : 0;
    weight += c * (GENERIC_TERMS.has(t) ? GENERIC_FACTOR : !names || names.has(t) ? NAME_FACTOR : 1);
    if (weight >= enough) break;
  }
  return weight;
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
