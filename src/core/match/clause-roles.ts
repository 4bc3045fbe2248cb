/**
 * The roles the names of a clause (see clause-names.ts) play, read word by word without a parser: which name is
 * the subject of a verb, which is a passive's agent after "by", and which only modifies something
 * ("Russia-backed", "forces backed by Russia", "in support of the Assad regime"). date-agents.ts asks it who acted
 * on a date. Reading is bounded: a name's role is looked for at most MAX_WORDS_BACK words back and a few
 * forward, and a clause near its date only.
 */

/** A word of a sentence, with where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A word that starts with a capital: a name's, or a sentence's first. */
export const CAPITALISED = /^\p{Lu}/u;

/** Words that open a noun phrase and say nothing of its role: skipped on the way back to what governs it. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an its his her their our your this that these those some key main close'.split(' '),
);

/** Words that put the name after them in a prepositional phrase, which is no actor of the clause. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'of in on at with for against from to into onto between among amid about over under via through toward ' +
    'towards across near including despite without within behind beside besides beyond upon like unlike per ' +
    'versus around outside inside throughout during alongside than'
  ).split(' '),
);

/** Words that end one statement and open another: a name after them starts a clause of its own. */
export const OPENERS: ReadonlySet<string> = new Set(
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
export const ACTIVE_VERB = new RegExp(
  '^(?:\\p{Ll}+ed|' +
    'began|begins|begun|took|takes|came|comes|went|made|makes|gave|struck|hit|fought|brought|met|led|' +
    'leads|held|holds|sent|won|lost|left|broke|became|rose|fell|launches|starts|sought|seeks|enters|' +
    'joins|signs|agrees|announces|declares)$',
  'u',
);
const PERFECT = /^(?:has|have|had)$/;
const SAYING = /^(?:said|told|stated|added|reported|noted|claimed|confirmed|announced|tweeted|wrote)$/;

const RELATIVE = /^(?:which|who)$/;

/** Adverbs between a subject and its verb ("Russia also launched", "Moscow first began"). */
export const ADVERB =
  /^(?:also|then|later|first|finally|again|only|now|just|recently|reportedly|\p{Ll}+ly)$/u;

/** How many words back a name's role is looked for. */
const MAX_WORDS_BACK = 12;

/** What stands between two words: a comma, semicolon, bracket or dash ends a phrase. */
const PHRASE_BREAK = /[,;:()[\]—–]/;

/**
 * How far from a date its actor is looked for, in characters before and after it. A clause of a hostile document
 * or page (a megabyte without a full stop) is read near its date only, which keeps the work per date bounded: a
 * user document of 32,000 actors in one sentence took 40 s to match without it (match-date-agents.test.ts).
 */
const REACH_BEFORE = 400;
const REACH_AFTER = 200;

/** The clause `[from, to)` narrowed to the reach around the date at `[start, end)`, cut at spaces. */
export function nearDate(
  text: string,
  [from, to]: [number, number],
  start: number,
  end: number,
): [number, number] {
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
export function wordsOf(text: string, from: number, to: number): Word[] {
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
export function verbAfter(words: readonly Word[], i: number): number {
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
export const Role = { None: 0, Subject: 1, Agent: 2, ModifierAgent: 3 } as const;
/** One of Role's values. */
export type Role = (typeof Role)[keyof typeof Role];

/**
 * How the name `words[first..i]` acts in its clause: not at all in a modifier, after a preposition, or in a list
 * joined to one (see the file comment). `leniently` (a page's clause) lets a name right before an active
 * verb act after a preposition too: a comma the page's markup lost ("a longtime backer of the government in
 * Damascus Moscow stepped up its support").
 */
export function acts(
  text: string,
  words: readonly Word[],
  first: number,
  i: number,
  leniently: boolean,
): Role {
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
    // A noun in apposition after "by" ("forces backed by ally Russia have waged …"): the "by" governs the name.
    const before = words[k - 1]?.text.toLowerCase();
    if (before === 'by') return passiveBy(words, k - 1) ? Role.Agent : Role.ModifierAgent;
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
