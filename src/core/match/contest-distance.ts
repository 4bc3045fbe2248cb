/**
 * A race's distance named as its contest: "the Olympic 100m title", "won silver in the 100m", "the 5,000m world
 * record", "a 1500m victory". Such a figure is no measure of anything: it says which contest, and what is said of
 * it (a title, a record, a medal) belongs to a competitor. Every sprinter has a 100m, and every report on a meeting
 * names the Games or the city, so two mentions are one fact only when they give the same competitor; and a
 * different distance is no rival unless it is the same competitor's same prize ("Mara won 200m gold" against "Mara
 * won 400m gold"). A bare "100m" is read as a hundred million by the extractor, a large figure that needs no
 * shared name: hence a test of its own, before the others (see figuresAnchored).
 */
import type { CorpusIndex } from '../corpus/model';
import type { Relation } from '../types';
import { terms } from '../text/terms';
import { STOPWORDS } from '../text/stopwords';
import { placeIn, type ClaimContext } from './subject';
import { perClaim, perIndex } from './terms-cache';
import { sentenceAround } from './figure-sentence';

/** A distance as a contest is written: digits and a metric length, no currency before ("400m", "10,000m", "5km"). */
const DISTANCE = /(?<![\p{L}\p{N}£$€.,])\d{1,3}(?:,\d{3}|\d{3})?\s?(?:m|km|metres|meters)(?![\p{L}\p{N}])/gu;

/**
 * Words right after a distance that make it a contest's name: the race, its kind, its prize and what is held in
 * it. "A 100m fall" or "100m people" are none of them.
 */
const CONTEST_AFTER = new Set(
  (
    'hurdles hurdle hurdler hurdlers relay relays freestyle backstroke breaststroke butterfly medley individual ' +
    'sprint sprints sprinter sprinters race races runner runners swimmer swimmers final finals heat heats semi ' +
    'title titles crown champion champions championship championships gold silver bronze medal medals ' +
    'medallist medallists medalist medalists record records world indoor indoors outdoor event events victory ' +
    'win wins winner winners specialist olympic olympics commonwealth european'
  ).split(' '),
);

/** Words right before a distance that make it a contest's name ("Olympic 100m", "women's 800m", "world 60m"). */
const CONTEST_BEFORE = new Set(
  (
    "olympic olympics world indoor outdoor european commonwealth national junior men's women's mens womens " +
    "girls' boys' men’s women’s"
  ).split(' '),
);

/**
 * The words of a contest's meeting, which every competitor there shares: "the Olympic 100m", "the World
 * Championships", "the Norwich Grand Prix". A name holding one is the meeting's, not a competitor's.
 */
const MEETING_TERMS: ReadonlySet<string> = new Set(
  terms(
    'Olympic Olympics Games Championship Championships Cup Prix International Invitational Open League Trials ' +
      'Series Meeting Classic Marathon World Indoor',
  ),
);

/**
 * Before a name, words that make it a place or a meeting rather than a competitor: "in Sydney", "at the Norwich
 * Grand Prix", "of the 2000 Games", "to Olympic silver".
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|on|from|to|for|of|into|near|over|across|since|during|than)\s+(?:the\s+)?(?:\d{4}\s+)?$/iu;

/** A capitalised word, possibly possessive. */
const CAPITAL = /\p{Lu}[\p{L}'’-]*/gu;

/** The kind of prize a word names, so that a gold is a title (see contestsApart). */
const PRIZE_KIND = new Map<string, string>([
  ...'title titles crown champion champions championship championships gold win wins winner winners victory'
    .split(' ')
    .map((w): [string, string] => [w, 'title']),
  ...'record records'.split(' ').map((w): [string, string] => [w, 'record']),
  ...'silver'.split(' ').map((w): [string, string] => [w, 'silver']),
  ...'bronze'.split(' ').map((w): [string, string] => [w, 'bronze']),
]);

/** A distance in a sentence, with what its contest's neighbouring words say. */
interface Contest {
  start: number;
  end: number;
  /** The kind of prize named in the three words after it (see PRIZE_KIND), or '' for none. */
  prize: string;
}

/** The word after `at` in `text` (lower case, letters and apostrophes), or ''. */
function wordAfter(text: string, at: number): string {
  const m = /^\s+([\p{L}'’]+)/u.exec(text.slice(at, at + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

/** The three words after `at` in `text` (lower case): where a contest's prize is named ("100m world title"). */
function nextWords(text: string, at: number): string[] {
  const m = /^(?:\s+[\p{L}'’]+){1,3}/u.exec(text.slice(at, at + 60));
  return m ? m[0].trim().toLowerCase().split(/\s+/u) : [];
}

/** The word before `at` in `text` (lower case), or ''. */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}'’]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * The distances of `sentence` that name a contest: a contest word right after or before ("100m hurdles",
 * "Olympic 200m"), or, after "the" or "over", nothing that could be what the figure counts ("silver in the
 * 100m.", "titles over 1500m and 5,000m"); a distance listed with such a one is one too.
 */
export function contestsIn(sentence: string): Contest[] {
  const found: (Contest & { named: boolean })[] = [];
  for (const m of sentence.matchAll(DISTANCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = wordAfter(sentence, end);
    const before = wordBefore(sentence, start);
    const bare = /^\s*(?:[.,;:)]|$|\s(?:in|at|on|and|or|to|for|the)\s)/u.test(sentence.slice(end, end + 6));
    const named =
      CONTEST_AFTER.has(after) ||
      CONTEST_BEFORE.has(before) ||
      ((before === 'the' || before === 'over') && bare);
    const prize =
      nextWords(sentence, end)
        .map((w) => PRIZE_KIND.get(w))
        .find((k) => k !== undefined) ?? '';
    found.push({ start, end, prize, named });
  }
  // "over 1500m and 5,000m": one contest word for the list.
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f || f.named) continue;
    const joined = (a: Contest | undefined, b: Contest | undefined) =>
      a !== undefined &&
      b !== undefined &&
      /^\s*(?:,|and|or|,\s*and)\s*$/u.test(sentence.slice(a.end, b.start));
    const prev = found[i - 1];
    const next = found[i + 1];
    if ((prev?.named && joined(prev, f)) || (next?.named && joined(f, next))) f.named = true;
  }
  return found.filter((f) => f.named).map(({ start, end, prize }) => ({ start, end, prize }));
}

/**
 * The names of `text` that may be competitors, with where each starts: capitalised words, the first word too,
 * without the meeting's names and places after a preposition ("at the Norwich Grand Prix", "in Sydney").
 */
function competitorNames(text: string): { start: number; terms: string[] }[] {
  const spans: { start: number; terms: string[] }[] = [];
  let run: { start: number; end: number } | null = null;
  const close = () => {
    if (!run) return;
    const name = terms(text.slice(run.start, run.end)).filter((t) => !STOPWORDS.has(t));
    if (
      name.length > 0 &&
      !name.some((t) => MEETING_TERMS.has(t)) &&
      !PLACE_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start))
    )
      spans.push({ start: run.start, terms: name });
    run = null;
  };
  for (const m of text.matchAll(CAPITAL)) {
    const between = run ? text.slice(run.end, m.index) : '';
    if (run && /^\s+$/u.test(between) && !/['’]s$/u.test(text.slice(run.start, run.end)))
      run.end = m.index + m[0].length;
    else {
      close();
      run = { start: m.index, end: m.index + m[0].length };
    }
  }
  close();
  return spans;
}

/**
 * Terms of the competitors named in `sentence` for the contest at `own` (of `contests`), without the names that
 * belong to the sentence's other contests ("Mara, the 200m champion, and Lena, the 100m silver medallist": Lena's
 * is the 100m).
 */
function competitors(sentence: string, contests: readonly Contest[], own: number): Set<string> {
  const [from, to] = regionOf(sentence, contests, own);
  return new Set(
    competitorNames(sentence)
      .filter((s) => s.start >= from && s.start < to)
      .flatMap((s) => s.terms),
  );
}

/** What parts two contests' clauses: "Mara won 200m gold, while Lena won silver in the 100m". */
const SEPARATOR = /;|,\s*(?:and|while|but|whereas)(?!\p{L})|(?<!\p{L})(?:and|while|but|whereas)(?!\p{L})/gu;

/**
 * Where the clauses of contests `i` and `i + 1` part: at the last separator between them that a name follows
 * ("… Sydney Games and Lena, 30, who won the 100m" parts before "Lena"), else nowhere (-1): "the 200m and 100m
 * champion" is one list, whose names are all its contests'.
 */
function cutAfter(sentence: string, contests: readonly Contest[], i: number): number {
  const a = contests[i];
  const b = contests[i + 1];
  if (!a || !b) return -1;
  const gap = sentence.slice(a.end, b.start);
  let cut = -1;
  for (const m of gap.matchAll(SEPARATOR))
    if (/^\s*\p{Lu}/u.test(gap.slice(m.index + m[0].length))) cut = a.end + m.index;
  return cut;
}

/** The stretch of `sentence` whose names are contest `own`'s: between the cuts around it (see cutAfter). */
function regionOf(sentence: string, contests: readonly Contest[], own: number): [number, number] {
  let from = 0;
  for (let i = own - 1; i >= 0 && from === 0; i--) from = Math.max(0, cutAfter(sentence, contests, i));
  let to = sentence.length;
  for (let i = own; i < contests.length - 1 && to === sentence.length; i++) {
    const cut = cutAfter(sentence, contests, i);
    if (cut >= 0) to = cut;
  }
  return [from, to];
}

/** What a figure's contest says: its prize and its competitors, or null for a figure that names none. */
interface ContestRead {
  prize: string;
  who: Set<string>;
}

/**
 * The contest at [start, end) of `text` (a page sentence or a passage), read from its own sentence; when that
 * names no competitor ("He won the 100m"), from `before` (the sentence before it), where "he" is named.
 */
function contestAt(text: string, start: number, end: number, before = ''): ContestRead | null {
  const { text: sentence, offset } = sentenceAround(text, start);
  const contests = contestsIn(sentence);
  // The figure's span may hold a qualifier ("over 60m"): its distance ends where it does.
  const own = contests.findIndex((c) => c.end === end - offset);
  if (own < 0) return null;
  const who = competitors(sentence, contests, own);
  if (who.size === 0) for (const name of competitorNames(before)) for (const t of name.terms) who.add(t);
  return { prize: contests[own]?.prize ?? '', who };
}

/** A corpus figure's contest, read once per index. */
const corpusContest = perIndex((index: CorpusIndex, claimIndex: number): ContestRead | null => {
  const c = index.claims[claimIndex];
  const passage = index.passages[c?.passage ?? -1];
  if (!c || !passage) return null;
  const { offset } = sentenceAround(passage.text, c.start);
  // The passage up to the figure's sentence ends with the one before it; a passage that opens on it continues
  // its paragraph's passage before.
  const prior =
    offset > 0
      ? passage.text.slice(0, offset).trimEnd()
      : passage.inParagraph === true
        ? (index.passages[c.passage - 1]?.text.trimEnd() ?? '')
        : '';
  const before = sentenceAround(prior, prior.length).text;
  return contestAt(passage.text, c.start, c.end, before);
});

/** Per page claim: its contest (see contestAt), read once. */
const pageContest = perClaim((ctx: ClaimContext): ContestRead | null => {
  const sentence = ctx.claim.sentence || ctx.claim.text;
  const at = placeIn(sentence, ctx.claim);
  return at < 0 ? null : contestAt(sentence, at, at + ctx.claim.text.length, ctx.claim.context);
});

/**
 * True when the page figure or the corpus figure (claim `claimIndex`, related as `relation`) names a contest and
 * the two are not one fact: the other is no contest, or no competitor of one is named with the other, or, for a
 * rival distance, the two prizes are not of one kind ("gold" and "title" are; "gold" and "silver" are not).
 */
export function contestsApart(
  index: CorpusIndex,
  ctx: ClaimContext,
  claimIndex: number,
  relation: Relation,
): boolean {
  const corpus = corpusContest(index, claimIndex);
  const page = pageContest(ctx);
  if (!corpus && !page) return false;
  if (!corpus || !page) return true;
  let shared = false;
  for (const t of page.who) if ((shared = corpus.who.has(t))) break;
  if (!shared) return true;
  return relation === 'conflicts' && (page.prize === '' || page.prize !== corpus.prize);
}
