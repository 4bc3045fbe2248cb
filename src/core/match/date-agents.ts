/**
 * Who did what happened on a date. A month is shared by everything that happened in it, and the words around two
 * dates often agree by chance: "Russia began military offensive in support of the Assad regime in September" is
 * not "Syria's army, backed by Russia's air force, launched a major offensive on Sept. 22", nor "the end of the
 * freeze on fighting that began on September 12 in accordance with the US-Russia agreement". What tells them
 * apart is who acted.
 *
 * A corpus date has an actor only where its clause says so plainly: a name right before the active verb the date
 * belongs to ("Russia began … in September", "Moscow launched air strikes … in September", "In September, Russia
 * began …"), or after a passive's "by" ("was brokered by Russia"). A name before a verb of another clause
 * ("Hezbollah is a close ally … against the uprising that began in March 2011"), a place a passive or a copula
 * describes ("Syria was hit by unrest since March 2011") or a speaker ("…, Riad Hijab told reporters") is none.
 * Where a corpus date has an actor, the page clause must name it as acting too: as a subject, not after a
 * preposition ("in support of the Assad regime", "with the US-Russia agreement"), in a modifier ("backed by
 * Russia", "Russia-backed", "a US-Russian brokered ceasefire") or in a list joined to either. Capitals stand for
 * their countries ("Moscow").
 *
 * Read against FA-KES, the seeds' "Russia began … in September" met a dozen September events of other actors on
 * the labelled pages (the regime's Aleppo offensive, the end of a truce); each right match names Russia, or
 * Moscow, as the one that acted.
 */
import type { CorpusIndex } from '../corpus/model';
import { namesOfDocument } from './corpus-names';
import { clauseBounds } from './subject-score';
import { placeIn, type ClaimContext } from './subject';
import { perIndex } from './terms-cache';
import {
  ACTIVE_VERB,
  acts,
  ADVERB,
  DETERMINERS,
  nearDate,
  OPENERS,
  PREPOSITIONS,
  Role,
  verbAfter,
  wordsOf,
  type Word,
} from './clause-roles';
import { addNameTerms, eachName } from './clause-names';
import { POSSESSIVE } from './names';

/** True when a word of `words[from, to)` opens another statement (see OPENERS). */
function openerBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OPENERS.has(words[k]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** True when an active verb (see ACTIVE_VERB) stands in `words[from, to)`. */
function verbBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ACTIVE_VERB.test(words[k]?.text ?? '')) return true;
  return false;
}

/**
 * True when the date `words[first, end)` names the noun after it ("an August 21 gas attack", "the September 12
 * truce"): it is then the noun's date, whoever the clause's subject is.
 */
function attributive(words: readonly Word[], first: number, end: number): boolean {
  const before = words[first - 1]?.text.toLowerCase() ?? '';
  const after = words[end]?.text ?? '';
  return (
    DETERMINERS.has(before) &&
    /^\p{Ll}/u.test(after) &&
    !PREPOSITIONS.has(after) &&
    !OPENERS.has(after) &&
    after !== 'and' &&
    after !== 'or' &&
    !ACTIVE_VERB.test(after) &&
    !ADVERB.test(after)
  );
}

/** True when only prepositions, determiners and adverbs stand before `words[at]`: the date opens its clause. */
function opensClause(words: readonly Word[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const w = words[k]?.text.toLowerCase() ?? '';
    if (!PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !ADVERB.test(w) && w !== 'since') return false;
  }
  return true;
}

/**
 * The actors of the corpus date `claimIndex`, as terms (see the file comment). The clause's first word counts
 * only when its document uses it as a name elsewhere: every sentence starts with a capital.
 */
const corpusAgents = perIndex((index: CorpusIndex, claimIndex: number): Actors => {
  const c = index.claims[claimIndex];
  const passage = index.passages[c?.passage ?? -1];
  const acting = new Set<string>();
  const by = new Set<string>();
  const out: Actors = { acting, by };
  if (!c || !passage) return out;
  const text = passage.text;
  const [from, to] = nearDate(text, clauseBounds(text, c.start, c.end), c.start, c.end);
  const words = wordsOf(text, from, to);
  // The date's words: [dateFirst, dateEnd).
  let dateFirst = words.findIndex((w) => w.end > c.start);
  if (dateFirst < 0) dateFirst = words.length;
  let dateEnd = dateFirst;
  while (dateEnd < words.length && (words[dateEnd]?.start ?? Infinity) < c.end) dateEnd++;
  if (attributive(words, dateFirst, dateEnd)) return out;
  const names = namesOfDocument(index, passage.doc).terms;
  eachName(text, words, (first, last) => {
    if (last >= dateFirst && first < dateEnd) return;
    const role = acts(text, words, first, last, false);
    const passive = role === Role.Agent;
    if (role === Role.ModifierAgent) return;
    // A possessive is no subject but its noun's ("Syria's armed forces", "Russia's intervention").
    const verb = passive ? first : POSSESSIVE.test(words[last]?.text ?? '') ? -1 : verbAfter(words, last);
    if (role === Role.None || verb < 0) return;
    // The date must be the verb's: no other statement opens between them. A subject after the date is its actor
    // only when the date opens the clause ("In September, Russia began"); a passive's agent may follow it.
    // A passive's agent is the date's only with no other verb between ("a ceasefire that was mediated by
    // Washington and Moscow collapsed last month" is not Moscow's collapse).
    const governs =
      last < dateFirst
        ? !openerBetween(words, verb + 1, dateFirst) && !(passive && verbBetween(words, last + 1, dateFirst))
        : (passive || opensClause(words, dateFirst)) && !openerBetween(words, dateEnd, first);
    if (!governs) return;
    addNameTerms(acting, words, first, last, from === 0, (t) => names.has(t));
    if (passive) addNameTerms(by, words, first, last, from === 0, (t) => names.has(t));
  });
  return out;
});

/** The actors of a clause, as terms: all of them, and those named after "by" (see Role). */
export interface Actors {
  acting: ReadonlySet<string>;
  by: ReadonlySet<string>;
}

/**
 * True unless the corpus date names who acted and the page claim's clause names none of them as acting (see the
 * file comment). A corpus date with no plain actor ("the truce in February") is left to the other checks. A
 * passive's agent meets the same name after "by" on the page, whatever the participle modifies: "the ceasefire,
 * which was brokered by the United States and Russia in late February" and "a ceasefire brokered by Russia and
 * the United States took effect on February 27" both name who brokered it.
 */
export function sameDateAgent(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = corpusAgents(index, claimIndex);
  if (corpus.acting.size === 0) return true;
  const page = pageAgents(ctx);
  if (page.acting.has(SOMEONE)) return true;
  for (const t of page.acting) if (corpus.acting.has(t)) return true;
  for (const t of page.by) if (corpus.by.has(t)) return true;
  return false;
}

/**
 * Among a page clause's actors: a pronoun before its verb ("In June 2014 it launched an offensive"), or a noun
 * that points back ("the militants took over two oil fields in July"), who may be anyone an earlier sentence
 * named.
 */
const SOMEONE = '*';
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);
/** Nouns that, after "the", point back to a group named before. */
const BACK_NOUNS: ReadonlySet<string> = new Set(
  'militants group jihadists extremists organisation organization movement insurgents terrorists'.split(' '),
);

/** Between a participle's agent and a date right after it ("declared by Russia on Oct. 18"). */
const TO_DATE = /^[\s,]*(?:(?:on|in|at|since|and|the)\s+)*$/u;

/**
 * The names that act in the page claim's clause, as terms; its first word counts, as it may be a name. The agent
 * of a participle that modifies a noun acts when the date follows it ("a pause declared by Russia on Oct. 18"):
 * the date is the participle's.
 */
function pageAgents(ctx: ClaimContext): Actors {
  if (ctx.agents) return ctx.agents;
  const text = ctx.claim.sentence;
  const at = text ? placeIn(text, ctx.claim) : -1;
  const acting = new Set<string>();
  const by = new Set<string>();
  if (at < 0) return (ctx.agents = { acting, by });
  const end = at + ctx.claim.text.length;
  const [from, to] = nearDate(text, clauseBounds(text, at, end), at, end);
  const words = wordsOf(text, from, to);
  const known = () => true;
  eachName(text, words, (first, last) => {
    const role = acts(text, words, first, last, true);
    if (role === Role.Agent || role === Role.ModifierAgent)
      addNameTerms(by, words, first, last, false, known);
    const nameEnd = words[last]?.end ?? at;
    const beforeDate = role === Role.ModifierAgent && nameEnd <= at && TO_DATE.test(text.slice(nameEnd, at));
    if ((role !== Role.None && role !== Role.ModifierAgent) || beforeDate)
      addNameTerms(acting, words, first, last, false, known);
  });
  for (let k = 0; k < words.length; k++) {
    const w = words[k]?.text.toLowerCase() ?? '';
    const anaphora = PRONOUNS.has(w) || (BACK_NOUNS.has(w) && words[k - 1]?.text.toLowerCase() === 'the');
    if (anaphora && verbAfter(words, k) >= 0) acting.add(SOMEONE);
  }
  return (ctx.agents = { acting, by });
}
