/**
 * What two figures count, compared: "18 wounded" is no rival figure for "dozens of lives", nor "four
 * airstrikes" for "five children", whatever else their sentences share. Any two nouns that count people
 * (and deaths, which are people) may count one group: "civilians" against "people", "dead" against "Syrians";
 * but the dead, the wounded and the displaced are different counts even of one group.
 */
import { OUTCOME_TERMS as OUTCOMES } from '../text/outcomes';
import { terms } from '../text/terms';
import type { QuantityValue } from '../types';

/** Nouns that count people, as terms (so inflections and synonyms fold the way the matcher's terms do). */
const PEOPLE: ReadonlySet<string> = new Set(
  terms(
    'people civilians children child boys girls women men adults babies Syrians Iraqis Kurds fighters ' +
      'combatants soldiers rebels militants jihadists terrorists gunmen loyalists residents inhabitants ' +
      'citizens refugees migrants evacuees victims dead lives bodies members volunteers workers staff ' +
      'personnel doctors teachers students journalists activists protesters prisoners detainees hostages ' +
      'pilgrims worshippers passengers patients forces',
  ),
);

/**
 * Which side of a war a people noun counts. Two figures that count different sides are different counts even
 * when both say "killed": "militants killed 20 soldiers" is no rival figure for "strikes killed 50 militants".
 * Nouns for anyone ("people", "victims", "Syrians") belong to no side and meet every side.
 */
const SIDES: ReadonlyMap<string, number> = new Map([
  ...terms(
    'civilians children child boys girls women babies residents inhabitants citizens refugees migrants ' +
      'evacuees patients students teachers doctors journalists activists protesters worshippers pilgrims passengers',
  ).map((t) => [t, 1] as const),
  ...terms('fighters combatants rebels militants jihadists terrorists gunmen insurgents').map(
    (t) => [t, 2] as const,
  ),
  ...terms('soldiers troops police policemen servicemen').map((t) => [t, 4] as const),
  // "40 government forces", "18 rebel forces": fighters or soldiers, not civilians.
  ...terms('forces').map((t) => [t, 2 | 4] as const),
]);

/**
 * People nouns that name part of any group: a count of children or of women is not a count of the civilians or
 * people they are among ("5,812 civilians including 1,733 children"), nor of each other.
 */
const SUBGROUPS: ReadonlySet<string> = new Set(terms('children boys girls women babies'));
/**
 * Nouns that count households, not people: "six families" or "2,000 families displaced" is no count of the dead
 * or of the people displaced, however many of them each family holds.
 */
const HOUSEHOLDS: ReadonlySet<string> = new Set(terms('families households'));
/** "a child" counts the children a report's "children" does. */
const [CHILD = '', CHILDREN = ''] = terms('child children');

/**
 * Living in a besieged place and being trapped there are one state: "592,700 living under siege", "600,000
 * trapped".
 */
const [LIVING = '', TRAPPED = ''] = terms('living trapped');

/** Fighters captured in battle and people arrested are both held: "captured 200 fighters", "detained 200". */
const [ARRESTED = '', CAPTURED = ''] = terms('arrested captured');

function either(a: string, b: string, x: string, y: string): boolean {
  return (a === x || a === y) && (b === x || b === y);
}

/** True when two outcome terms name one outcome. */
function sameOutcome(a: string, b: string): boolean {
  return a === b || either(a, b, LIVING, TRAPPED) || either(a, b, ARRESTED, CAPTURED);
}

/** The first people noun of a counted list, which says who it counts ("civilians, including children"). */
function firstPeople(list: readonly unknown[]): string | undefined {
  for (const t of list) if (typeof t === 'string' && PEOPLE.has(t)) return t === CHILD ? CHILDREN : t;
  return undefined;
}

/** The sides a counted list names, one bit each (0 when it names none). */
function sidesOf(list: readonly unknown[]): number {
  let sides = 0;
  for (const t of list) if (typeof t === 'string') sides |= SIDES.get(t) ?? 0;
  return sides;
}

/** True when `list` holds a term of `set`. */
function holdsAny(list: readonly unknown[], set: ReadonlySet<string>): boolean {
  for (const term of list) if (typeof term === 'string' && set.has(term)) return true;
  return false;
}

/** True when both lists name an outcome and none of `left`'s is one of `right`'s (see sameOutcome). */
function outcomesDiffer(left: readonly unknown[], right: readonly unknown[]): boolean {
  if (!holdsAny(left, OUTCOMES) || !holdsAny(right, OUTCOMES)) return false;
  for (const t of left) {
    if (typeof t !== 'string' || !OUTCOMES.has(t)) continue;
    for (const u of right) if (typeof u === 'string' && sameOutcome(t, u)) return false;
  }
  return true;
}

/** True when the two lists share a term. */
function shareTerm(left: readonly unknown[], right: readonly unknown[]): boolean {
  for (const t of left) if (typeof t === 'string' && right.includes(t)) return true;
  return false;
}

/**
 * True when two figures plainly count different things: both name an outcome and not the same one ("killed"
 * against "wounded"), both name people of different sides ("soldiers" against "militants"), one counts
 * households and the other people ("families" against "soldiers"), one counts a part of a group the other does
 * not ("children" against "civilians"), or they share no term and not both count people. A figure that does
 * not say what it counts (or a malformed value) never clashes. Asked for many corpus figures per page figure,
 * so it builds no arrays (nor closures).
 */
export function countedClash(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || b.length === 0) return false;
  const left: readonly unknown[] = a;
  const right: readonly unknown[] = b;
  if (outcomesDiffer(left, right)) return true;
  const leftSides = sidesOf(left);
  const rightSides = sidesOf(right);
  if (leftSides !== 0 && rightSides !== 0 && (leftSides & rightSides) === 0) return true;
  const leftHouseholds = holdsAny(left, HOUSEHOLDS);
  if (leftHouseholds !== holdsAny(right, HOUSEHOLDS) && holdsAny(leftHouseholds ? right : left, PEOPLE))
    return true;
  // One side counts a part and the other the whole, or the two count different parts.
  const leftWho = firstPeople(left);
  const rightWho = firstPeople(right);
  if (
    leftWho !== undefined &&
    rightWho !== undefined &&
    leftWho !== rightWho &&
    (SUBGROUPS.has(leftWho) || SUBGROUPS.has(rightWho))
  )
    return true;
  if (shareTerm(left, right)) return false;
  return !(holdsAny(left, PEOPLE) && holdsAny(right, PEOPLE));
}

/** The outcome of the dead, as a term. */
const [KILLED = ''] = terms('killed');

/**
 * Words that say people died, as terms: the killed outcome itself (which "died", "dead", "lives", "death toll",
 * "massacred", "perished", "casualties", "fatalities" fold into) and verbs and nouns of death that it does not
 * fold ("executed", "beheaded", "gassed", "eliminated", "bodies", "claimed", …). Used only to tell a sentence that
 * speaks of deaths from one that does not, so a word too many only keeps a match.
 */
const DEATH_WORDS: ReadonlySet<string> = new Set(
  terms('killed executed slaughtered beheaded shot eliminated gassed bodies claimed murdered'),
);

/** True when either list holds a death word. */
function speaksOfDeath(sentence: Iterable<string>, subject: Iterable<string>): boolean {
  for (const t of sentence) if (DEATH_WORDS.has(t)) return true;
  for (const t of subject) if (DEATH_WORDS.has(t)) return true;
  return false;
}

/** True when `list` (a figure's counted terms) holds the killed outcome. */
export function countsDead(list: unknown): boolean {
  return Array.isArray(list) && list.includes(KILLED);
}

/**
 * True when one figure counts the dead and the other figure's sentence does not speak of deaths at all: "1,500
 * fighters were attacking the city" is no count of "hundreds dead", nor "300,000 people depend on the road" one
 * of "280,000 killed", however many other words the two sentences share. Each side is given by what its figure
 * counts, its sentence's terms and its subject. A sentence that speaks of deaths anywhere is left to
 * countedClash, since what its figure counts is often split from the verb ("killing at least 100"). Only deaths:
 * other outcomes are often left unsaid ("some 250,000 in rebel-held areas" are people living there).
 */
export function deathsOnOneSide(
  page: { counted: unknown; sentence: Iterable<string>; subject: Iterable<string> },
  corpus: { counted: unknown; sentence: Iterable<string>; subject: Iterable<string> },
): boolean {
  const pageDead = countsDead(page.counted);
  if (pageDead === countsDead(corpus.counted)) return false;
  const other = pageDead ? corpus : page;
  return !speaksOfDeath(other.sentence, other.subject);
}

/** Nouns that count anyone, as a whole counts its parts: the dead, people, Syrians, victims. */
const ANYONE: ReadonlySet<string> = new Set(terms('people persons dead lives victims Syrians'));

/**
 * True when one figure counts a part of a group its sentence names before it (see QuantityValue.part), of one
 * side or kind (civilians, children, rebels), and the other counts anyone, with no value in common: "more than
 * 300,000 lives, including some 87,000 civilians" gives the civilians among the dead, no rival figure for "more
 * than 280,000 people killed". Where the two could be one figure ("including two medics" against "two of the
 * killed were medical staff") the part may be all the other counts; where the whole names the part's kind too
 * ("three million Syrians have become refugees") it counts that kind. An exact part within a vague whole is never
 * that whole ("millions displaced, including around five million refugees").
 */
export function partAgainstWhole(page: QuantityValue, corpus: QuantityValue): boolean {
  if ((page.part === true) === (corpus.part === true)) return false;
  const [part, whole] = page.part === true ? [page, corpus] : [corpus, page];
  // "millions have fled, including around five million refugees abroad": a figure inside a vague whole's range
  // reads as that whole said precisely, but it counts part of it, whatever nouns either uses.
  if (whole.vague === true && part.vague !== true && part.low >= whole.low && part.high <= whole.high)
    return true;
  if (!Array.isArray(part.counted) || !Array.isArray(whole.counted)) return false;
  if (part.high >= whole.low && whole.high >= part.low) return false;
  const partWho = firstPeople(part.counted);
  const wholeWho = firstPeople(whole.counted);
  return (
    partWho !== undefined &&
    wholeWho !== undefined &&
    !ANYONE.has(partWho) &&
    ANYONE.has(wholeWho) &&
    !whole.counted.includes(partWho) &&
    (SIDES.has(partWho) || SUBGROUPS.has(partWho))
  );
}
