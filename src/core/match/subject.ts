/**
 * What the matcher knows of a page claim before comparing it with corpus claims (ClaimContext): its subject and
 * sentence terms (stems with synonyms folded, so "truce" meets "ceasefire" and "died" meets "killed"), the names
 * of its sentence and whose they are. subject-score.ts compares them: on rarity-weighted subject terms, in both
 * directions, with named places and people the corpus document never mentions counting against a match.
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
import type { Actors } from './date-agents';
import type { NamedDay } from './named-day';
import type { DateAt } from './sentence-claims';

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
  /** Filled on first use by the matcher: terms of the clause of the sentence that holds the claim (see sameDateEvent). */
  clause?: ReadonlySet<string>;
  /** Filled on first use by the matcher: terms of the names that act in that clause (see sameDateAgent). */
  agents?: Actors;
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
  /** Filled on first use by the matcher: the sentence's dates, read against the page's date (see sentence-claims.ts). */
  dates?: readonly DateAt[];
  /** Filled with `dates`: the sentence's figures, read against the page's date (see sentence-claims.ts). */
  figures?: readonly FigureAt[];
  /** Filled on first use by the matcher: the one day the sentence names for its news (see named-day.ts). */
  namedDay?: NamedDay | null;
  /** Filled on first use by the matcher: the period the sentence's count covers, if it names one (count-period.ts). */
  period?: readonly [number, number] | null;
  /** Filled on first use: rarity weights of the subject terms in one index (see topicCoverage). */
  subjectWeights?: SubjectWeights;
  /** Filled on first use by the matcher: the kinds of cause the sentence names, as bits (see causes.ts). */
  causes?: number;
  /** Filled on first use by the matcher: the means of attack the sentence names, as bits (see means.ts). */
  means?: number;
  /** The page's publication day, when the page states it (see FindOptions.published). */
  published?: string;
  /** Filled on first use: the days the sentence's news falls in (see pageNewsDays, writtenNewsDays). */
  pageDays?: [number, number] | null;
  /** The same with a rival figure's shorter report lag (see RIVAL_LAG_DAYS). */
  rivalDays?: [number, number] | null;
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
export function placeIn(text: string, claim: Claim): number {
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

/** Prepares a page claim for matching. */
export function claimContext(claim: Claim): ClaimContext {
  const text = claim.sentence || claim.text;
  const context = claim.context ?? '';
  if (lastSentence?.text !== text || lastSentence.context !== context) {
    const { names, actors, starts } = namesAndActors(text);
    lastSentence = {
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
