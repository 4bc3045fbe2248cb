/**
 * How much of a subject a page claim and a corpus claim share: the score the matcher weighs (subjectScore), the
 * most a sentence could earn that the corpus gates compare with (subjectWeightBound), and how much of the page
 * claim's topic a passage covers (topicCoverage). See subject.ts for what the page claim's context holds.
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import { documentTerms, passageTerms, perIndex, termWeight } from './terms-cache';
import { CALENDAR_TERMS, placeIn, type ClaimContext } from './subject';
import { passageNames } from './corpus-names';
import { passageLeadTerms } from './names-clash';
import { sourceOnlyTerms } from './source-names';
import { dateKindsClash } from './date-events';

/** Words that fit almost any count or date; sharing one says little about sharing a fact. */
const GENERIC_TERMS: ReadonlySet<string> = new Set(
  terms(
    'people time times day days week weeks month months year years number total group groups area areas part place ' +
      'live living resident residents inhabitants',
  ),
);

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

/**
 * True when a page date and a corpus date share what happened on them: a word of one claim's own subject found
 * in the other's subject or sentence (for either date, the clause of its sentence that holds it), not a
 * common noun ("day", "people") or a calendar word. A day is shared by everything that happened on it, and two
 * sentences naming the same cities say nothing about which event a date belongs to: "Aleppo FC beat Damascus
 * United 3-1 on February 27" is not the truce "in effect since February 27" of a sentence on Damascus's campaign
 * in Aleppo, though an exact day and two names give it a subject score. Nor are "Talks resumed in Geneva on
 * February 27" and a ceasefire "in place since February 27, but fresh bout of fighting … stalled the UN peace
 * talks in Geneva". Nor is a page's truce "in place since March 27, but fighting broke out again in April" that
 * passage's April: the fighting is the April's, not the truce's. With `rivals` (dates that conflict), a name
 * both sentences give is not what they share either. Nor do two dates whose subjects name different kinds of
 * event (see date-events.ts: people displaced, or prices, against a truce) share one, whatever else they share.
 * Nor is the source either sentence credits ("…, the Electoral Commission said") what happened on its date.
 */
export function sameDateEvent(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpusSubject: readonly string[],
  claimIndex: number,
  rivals = false,
): boolean {
  const around = clauseTerms(index, claimIndex);
  const corpus = subjectSet(corpusSubject);
  // For rival dates, a name both sentences give says where or who, not what happened on the date: "Kurdish
  // groups had in 2013 declared autonomous administrations" is not "Kurdish forces have been battling IS since
  // 2014". Two dates that agree may share only an event's name ("Operation Euphrates Shield").
  const passage = index.claims[claimIndex]?.passage ?? -1;
  const names = rivals ? passageNames(index, passage).own : NO_TERMS;
  const lead = rivals ? passageLeadTerms(index, passage) : [];
  // Who reports either date is not what happened on it (see source-names.ts).
  const pageSources = sourceOnlyTerms(ctx.claim.sentence);
  const corpusSources = sourceOnlyTerms(index.passages[passage]?.text ?? '');
  const what = (t: string) =>
    eventTerm(t) &&
    !pageSources.has(t) &&
    !corpusSources.has(t) &&
    !((names.has(t) || lead.includes(t)) && ctx.entities.includes(t));
  if (dateKindsClash(ctx.subject, corpus)) return false;
  for (const t of ctx.subject) if (what(t) && (corpus.has(t) || around.has(t))) return true;
  const own = pageClauseTerms(ctx);
  for (const t of corpus) if (what(t) && own.has(t)) return true;
  return false;
}

/** No terms. */
const NO_TERMS: ReadonlySet<string> = new Set();

/** Terms of the clause of the page sentence that holds the claim (see CLAUSE_END), made once per claim. */
function pageClauseTerms(ctx: ClaimContext): ReadonlySet<string> {
  if (ctx.clause) return ctx.clause;
  const text = ctx.claim.sentence;
  const at = text ? placeIn(text, ctx.claim) : -1;
  if (at < 0) return (ctx.clause = ctx.sentence);
  const [from, to] = clauseBounds(text, at, at + ctx.claim.text.length);
  return (ctx.clause =
    from === 0 && to === text.length ? ctx.sentence : new Set(terms(text.slice(from, to))));
}

/** Where the clause around [start, end) of `text` starts and ends (see CLAUSE_END; `ends`, a global regex). */
export function clauseBounds(text: string, start: number, end: number, ends = CLAUSE_END): [number, number] {
  let from = 0;
  let to = text.length;
  ends.lastIndex = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/**
 * Where a clause of a sentence ends: a semicolon or colon, or a conjunction that opens another statement
 * ("…, but fresh fighting broke out in April that stalled the UN peace talks in Geneva").
 */
const CLAUSE_END =
  /[;:]|,\s+(?:but|while|whereas|although|though|and|as|after|which|who|where)\s|\s(?:but|while|whereas|although)\s/g;

/**
 * Where a statement of a sentence ends at a conjunction (CLAUSE_END without its marks): a colon may end a dateline
 * or a credit ("10 October 2017 Russian Defense Ministry: More than 100 …"), which dates all that follows it.
 */
export const STATEMENT_END =
  /,\s+(?:but|while|whereas|although|though|and|as|after|which|who|where)\s|\s(?:but|while|whereas|although)\s/g;

/** Terms of the clause a corpus claim sits in (see CLAUSE_END), made once per claim. */
const clauseTerms = perIndex((index: CorpusIndex, claimIndex: number): ReadonlySet<string> => {
  const c = index.claims[claimIndex];
  const text = index.passages[c?.passage ?? -1]?.text ?? '';
  const [from, to] = clauseBounds(text, c?.start ?? 0, c?.end ?? 0);
  return new Set(terms(text.slice(from, to)));
});

/** True when `t` may say what happened on a date: no calendar word ("March", "Friday") and no generic one. */
export function eventTerm(t: string): boolean {
  return !CALENDAR_TERMS.has(t) && !GENERIC_TERMS.has(t);
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
