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
import { terms } from '../text/terms';
import { boundedMemo } from '../text/bounded-memo';
import { namesOfDocument } from './corpus-names';
import { clauseBounds } from './subject-score';
import { CALENDAR_TERMS, placeIn, type ClaimContext } from './subject';
import { perIndex } from './terms-cache';

/**
 * Capitals that news writes for their countries' governments ("Moscow launched air strikes"), as terms of the
 * country's name.
 */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  [
    ['Moscow Kremlin', 'Russia'],
    ['Washington', 'United States'],
    ['Damascus', 'Syria'],
    ['Tehran', 'Iran'],
    ['Ankara', 'Turkey'],
    ['Beijing', 'China'],
    ['London', 'Britain'],
    ['Paris', 'France'],
    ['Berlin', 'Germany'],
    ['Baghdad', 'Iraq'],
    ['Beirut', 'Lebanon'],
    ['Riyadh', 'Saudi'],
    ['Kyiv Kiev', 'Ukraine'],
  ].flatMap(([capitals = '', country = '']) => {
    const [countryTerm = ''] = terms(country);
    return terms(capitals).map((capital): [string, string] => [capital, countryTerm]);
  }),
);

/** A word of a sentence, with where it stands. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;

/** Words that open a noun phrase and say nothing of its role: skipped on the way back to what governs it. */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an its his her their our your this that these those some key main close'.split(' '),
);

/** Words that put the name after them in a prepositional phrase, which is no actor of the clause. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'of in on at with for against from to into onto between among amid about over under via through toward ' +
    'towards across near including despite without within behind beside besides beyond upon like unlike per ' +
    'versus around outside inside throughout during alongside than'
  ).split(' '),
);

/** Words that end one statement and open another: a name after them starts a clause of its own. */
const OPENERS: ReadonlySet<string> = new Set(
  'as when while since after before because that which who where but if although though until whereas'.split(
    ' ',
  ),
);

/** Auxiliaries of a passive: "has been supported by Russia" names Russia as the one that acted. */
const AUXILIARIES: ReadonlySet<string> = new Set('been was were is are be being'.split(' '));

/**
 * Participles that, right after a name and before a noun, make the name a modifier ("a US-Russian brokered
 * truce").
 */
const MODIFYING_PARTICIPLES: ReadonlySet<string> = new Set(
  'backed brokered led sponsored allied controlled held based run supported funded armed trained'.split(' '),
);

/** A hyphenated modifier's lower-case end ("Russia-backed", "US-Russia-led", "Shia-dominated"). */
const HYPHENATED = /-(\p{Ll}+)$/u;

/** Words after such a participle that make it the verb of a clause instead ("Russia backed the regime"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(
  'by the a an its his her their this that these those'.split(' '),
);

/** Participles that "… by" follows in a modifier or a passive. */
const PARTICIPLE = /(?:ed|en|wn|led|held|run|made|hit|struck|fought|brought|taken|begun)$/;

/**
 * An active verb right after a name, which makes the name the one that acted: a past form, a perfect ("has
 * launched", not "has been"), or a present form news writes timelines in ("Russia launches airstrikes"). Copulas
 * and passives are left out ("Syria was hit by unrest", "Aleppo has been divided"): their subject is what the
 * event befell. So are verbs of saying: who told reporters of a date is the source, not who acted on it.
 */
const ACTIVE_VERB = new RegExp(
  '^(?:\\p{Ll}+ed|' +
    'began|begins|begun|took|takes|came|comes|went|made|makes|gave|struck|hit|fought|brought|met|led|leads|held|' +
    'holds|sent|won|lost|left|broke|became|rose|fell|launches|starts|sought|seeks|enters|joins|signs|agrees|' +
    'announces|declares)$',
  'u',
);
const PERFECT = /^(?:has|have|had)$/;
const SAYING = /^(?:said|told|stated|added|reported|noted|claimed|confirmed|announced|tweeted|wrote)$/;

const RELATIVE = /^(?:which|who)$/;

/** Adverbs between a subject and its verb ("Russia also launched", "Moscow first began"). */
const ADVERB = /^(?:also|then|later|first|finally|again|only|now|just|recently|reportedly|\p{Ll}+ly)$/u;

/** How many words back a name's role is looked for. */
const MAX_WORDS_BACK = 12;

/** What stands between two words: a comma, semicolon, bracket or dash ends a phrase. */
const PHRASE_BREAK = /[,;:()[\]—–]/;

/**
 * How far from a date its actor is looked for, in characters before and after it. A clause of a hostile page (a
 * megabyte without a full stop) is read near its date only, which keeps the work per claim bounded.
 */
const REACH_BEFORE = 400;
const REACH_AFTER = 200;

/** The clause `[from, to)` narrowed to REACH_BEFORE and REACH_AFTER around the date at `[start, end)`, at spaces. */
function nearDate(text: string, [from, to]: [number, number], start: number, end: number): [number, number] {
  let a = from;
  if (start - from > REACH_BEFORE) {
    const space = text.indexOf(' ', start - REACH_BEFORE);
    a = space < 0 || space >= start ? start : space + 1;
  }
  let b = to;
  if (to - end > REACH_AFTER) {
    const space = text.lastIndexOf(' ', end + REACH_AFTER);
    b = space <= end ? end : space;
  }
  return [a, b];
}

/** The words of `text` between `from` and `to`. */
function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The index of the active verb right after the name ending at `words[i]` (see ACTIVE_VERB), adverbs aside, or
 * -1. A corpus date's actor is taken only where its clause says so plainly ("Russia began … in September"), not
 * from a name that merely stands where a subject might ("A Moscow and Washington-backed ceasefire", "Syria's
 * war").
 */
function verbAfter(words: readonly Word[], i: number): number {
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    const w = words[k]?.text ?? '';
    // The subject of a relative clause: "from Russia, which launched its own air war in 2015".
    if (k === i + 1 && RELATIVE.test(w)) continue;
    if (SAYING.test(w)) return -1;
    // "has launched", not "has been" (a passive or a copula) nor "has the advantage".
    if (PERFECT.test(w)) {
      const next = words[k + 1]?.text ?? '';
      return next !== 'been' && (ACTIVE_VERB.test(next) || PARTICIPLE.test(next)) ? k : -1;
    }
    if (ACTIVE_VERB.test(w)) return k;
    if (!ADVERB.test(w)) return -1;
  }
  return -1;
}

/**
 * How a name acts in its clause, if it does: as a subject, as a passive's agent after "by", or as the agent of a
 * participle that modifies a noun ("a ceasefire brokered by Russia"), which is not the clause's actor.
 */
const enum Role {
  None,
  Subject,
  Agent,
  ModifierAgent,
}

/**
 * How the name `words[first..i]` acts in its clause: not at all in a modifier, after a preposition, or in a list
 * joined to one (see the file comment). `leniently` (a page's clause) lets a name right before an active
 * verb act after a preposition too: a comma the page's markup lost ("a longtime backer of the government in
 * Damascus Moscow stepped up its support").
 */
function acts(text: string, words: readonly Word[], first: number, i: number, leniently: boolean): Role {
  const name = words[i];
  if (!name) return Role.None;
  // After the name: "Russia-backed", "the US-Russia-led truce", "a US-Russian brokered ceasefire", which name
  // who backed or brokered it.
  const hyphenated = HYPHENATED.exec(name.text);
  if (hyphenated) return MODIFYING_PARTICIPLES.has(hyphenated[1] ?? '') ? Role.ModifierAgent : Role.None;
  const next = words[i + 1];
  const after = words[i + 2];
  if (
    next &&
    MODIFYING_PARTICIPLES.has(next.text.toLowerCase()) &&
    !PHRASE_BREAK.test(text.slice(name.end, next.start)) &&
    (!after || !OBJECT_OPENERS.has(after.text.toLowerCase()))
  )
    return Role.ModifierAgent;
  // Before the name: what governs it.
  let listed = false;
  let crossed = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < MAX_WORDS_BACK; k--, steps++) {
    const word = words[k];
    const nextWord = words[k + 1];
    if (!word || !nextWord) break;
    const gap = text.slice(word.end, nextWord.start);
    if (PHRASE_BREAK.test(gap)) {
      // A comma inside a list of names ("from Syria, Iran and Russia") goes on to what governs the list.
      if (!(gap.trim() === ',' && CAPITALISED.test(word.text))) return Role.Subject;
      listed = true;
    }
    const w = word.text.toLowerCase();
    // A passive's agents are names ("mediated by Washington and Moscow"); past a word of another phrase ("beset
    // by delays and the 5000 Fuaa residents had waited"), the "by" is not this name's.
    if (w === 'by') return crossed ? Role.None : passiveBy(words, k) ? Role.Agent : Role.ModifierAgent;
    if (PREPOSITIONS.has(w)) return leniently && verbAfter(words, i) >= 0 ? Role.Subject : Role.None;
    if (OPENERS.has(w)) return Role.Subject;
    if (w === 'and' || w === 'or') {
      listed = true;
      continue;
    }
    if (DETERMINERS.has(w) || CAPITALISED.test(word.text)) continue;
    // A word of the phrase a list joins the name to ("militias and Russia's air force"): go on to what governs
    // it. In a corpus clause every word is passed until what governs the name shows ("on eastern Aleppo
    // appeared"): without one, the name is no plain actor.
    crossed = true;
    if (listed || !leniently) continue;
    return Role.Subject;
  }
  // The clause's start, or (in a corpus clause) too far back to tell.
  const reachedStart = first <= MAX_WORDS_BACK;
  return leniently || reachedStart ? Role.Subject : Role.None;
}

/**
 * True when the "by" at `words[k]` follows a passive ("has been supported by Russia", "was launched in November
 * 2016 by the SDF"), whose agent is the clause's actor. After a noun ("an airstrike by Russian warplanes") or in
 * a modifier ("forces backed by Russia", "overseen mainly by Russia", "air raids carried out by Syrian and
 * Russian warplanes") it names who did something else, or something a report on the same event may leave unsaid.
 */
function passiveBy(words: readonly Word[], k: number): boolean {
  let p = k - 1;
  // Back over adverbs, particles and a time to the participle.
  while (
    p > 0 &&
    k - p <= 6 &&
    (ADVERB.test(words[p]?.text ?? '') || SKIPPED_BEFORE_BY.test(words[p]?.text ?? ''))
  )
    p--;
  const participle = words[p]?.text ?? '';
  return (
    /^\p{Ll}+$/u.test(participle) &&
    PARTICIPLE.test(participle) &&
    AUXILIARIES.has(words[p - 1]?.text.toLowerCase() ?? '')
  );
}

/**
 * What may stand between a participle and its "by": adverbs, a phrasal verb's particle ("carried out by") and a
 * time ("launched in November 2016 by"), though a time alone does not make a participle of the word before it.
 */
const SKIPPED_BEFORE_BY = new RegExp(
  '^(?:out|up|off|down|in|on|at|\\d+|' +
    'January|February|March|April|May|June|July|August|September|October|November|December)$',
  'u',
);

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
 * Adds the terms of the name `words[first..last]` to `out`, read whole ("United States" as the US), capitals
 * read as their countries ("Moscow" as Russia), calendar words left out. `knownFirst` says whether the clause's
 * first word, when it starts its sentence, is a name.
 */
function addNameTerms(
  out: Set<string>,
  words: readonly Word[],
  first: number,
  last: number,
  sentenceStart: boolean,
  knownFirst: (t: string) => boolean,
): void {
  let from = first;
  if (first === 0 && sentenceStart && !nameTerms(words[0]?.text ?? '').some(knownFirst)) from = 1;
  if (from > last) return;
  const name = words
    .slice(from, last + 1)
    .map((w) => w.text)
    .join(' ');
  for (const t of nameTerms(name)) {
    if (!CALENDAR_TERMS.has(t) && !MONTH_ABBREVIATION.test(t)) out.add(CAPITALS.get(t) ?? t);
  }
  // "the Assad regime" and "Syrian regime forces" are one actor: a state's government, whichever name is before
  // it.
  const head = words[last + 1]?.text ?? '';
  if (GOVERNMENT.test(head)) out.add(GOVERNMENT_TERM);
}

/** Words for a state's government after its name, and the one term they fold into (see synonyms.ts). */
const GOVERNMENT = /^(?:regime|government|administration)$/;
const [GOVERNMENT_TERM = ''] = terms('government');

/** Calls `visit` with the first and last word of each name (capitalised words in a row) of `words`. */
function eachName(text: string, words: readonly Word[], visit: (first: number, last: number) => void): void {
  for (let i = 0; i < words.length; i++) {
    if (!CAPITALISED.test(words[i]?.text ?? '')) continue;
    let last = i;
    while (CAPITALISED.test(words[last + 1]?.text ?? '') && text.charAt(words[last]?.end ?? 0) === ' ')
      last++;
    // A run that ends in an article ("… Reuters A suspected gas attack") is a headline's end and a sentence's
    // start.
    if (!DETERMINERS.has(words[last]?.text.toLowerCase() ?? '')) visit(i, last);
    i = last;
  }
}

/** Months as news abbreviates them, which terms() keeps as words ("Sept. 22"). */
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** terms() of a name, kept per name: the same names recur in sentence after sentence. */
const nameTerms = boundedMemo(4096, (name: string): readonly string[] => terms(name));

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
