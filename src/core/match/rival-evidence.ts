/**
 * What a rival figure needs beyond shared words. "Sources differ" is the strongest thing a highlight says, and two
 * figures of one kind in sentences that share a team, a city or a survey are more often two facts than one:
 * "Soucek scored 10 goals for West Ham" and "Antonio scored 8 goals for West Ham", "In London, Uber has 40,000
 * drivers" and "… Addison Lee has 35,000 drivers", "The 27-year-old student died" and "The 21-year-old student
 * died", "Dozens were killed in Aleppo on Monday" and "Hundreds have been killed in Aleppo this month". Each test
 * here refuses a rival on evidence that the two figures are about different actors, people, spans of time or
 * measures. An agreeing figure is left to the other rules (a shared value is evidence of its own), except a round
 * measure in a unit ("$150,000"), which is shared by chance as easily (see roundMeasureOfOther).
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuantityValue, Relation } from '../types';
import { figureOwnNames, passageNames, topicNames } from './corpus-names';
import { leadTerms, passageLeadTerms } from './names-clash';
import { sourceOnlyTerms } from './source-names';
import { CALENDAR_TERMS, placeIn, type ClaimContext } from './subject';
import type { NameTerms } from './names';
import { isEveryday } from './figure-size';
import { significantDigits } from '../text/significant-digits';
import { DURATION_UNITS } from '../extract/quantity-words';
import { terms } from '../text/terms';
import { pageSentenceDates, passageDates, type DateAt } from './sentence-claims';
import { passageTerms, perClaim, perIndex } from './terms-cache';
import { clauseBounds, STATEMENT_END } from './subject-score';
import { agesOfUnnamed } from './age-holder';
import { periodsApart } from './report-period';
import { samplesOfPolls } from './poll-samples';
import { sharesOfOther } from './share-of';

/**
 * True when a rival (conflicting) figure is not shown to be about the page figure's fact (see the tests of this
 * file). `claimIndex` is the corpus figure's claim; anchors.ts asks it before any other rival test.
 */
export function rivalUnproven(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = index.claims[claimIndex];
  const page = ctx.claim.value;
  if (!corpus || page.type !== 'quantity' || corpus.value.type !== 'quantity') return false;
  return (
    otherMeasured(index, ctx, page, claimIndex) ||
    otherActors(index, ctx, claimIndex) ||
    agesOfUnnamed(index, ctx, claimIndex) ||
    periodsApart(index, ctx, claimIndex) ||
    tallyOfOtherSpan(index, ctx, page, corpus.value, claimIndex) ||
    samplesOfPolls(index, ctx, claimIndex) ||
    sharesOfOther(index, ctx, claimIndex)
  );
}

/**
 * Each side's figure has an actor of its own: the page claim's subject holds a name the passage never gives, and
 * the corpus claim's subject one the page sentence never gives ("Soucek" and "Antonio" for one team, "Uber" and
 * "Addison Lee" in one city). A name both share ("West Ham", "London") says where, not who: it keeps a match
 * elsewhere (see namesClash), not a rival. Names a sentence gives only as its source ("…, the Observatory said")
 * and the corpus's common topic are no actors: two monitors' tolls of one attack are the rivals a reader wants.
 * Nor is a name another's initials ("SARC" for "the Syrian Arab Red Crescent", "Red Crescent" on the page).
 */
function otherActors(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = index.claims[claimIndex];
  const passage = index.passages[corpus?.passage ?? -1];
  if (!corpus || !passage) return false;
  const topic = topicNames(index);
  // Most rivals' passages name nothing the page sentence lacks: settled on the passage's names (kept per passage,
  // and a figure's own names are among them) before the figure's own names and the sources are read.
  const { own: all } = passageNames(index, corpus.passage);
  const lead = passageLeadTerms(index, corpus.passage);
  const unshared = (t: string) => !topic.has(t) && !ctx.sentence.has(t);
  if (!corpus.subject.some((t) => (all.has(t) || lead.includes(t)) && unshared(t))) return false;
  const { ownNames } = figureOwnNames(index, claimIndex);
  const around = passageTerms(index, corpus.passage);
  const pageSources = sourceOnlyTerms(ctx.claim.sentence);
  const pageOwn = (t: string) =>
    ctx.subject.has(t) && !topic.has(t) && !pageSources.has(t) && !ctx.elsewhere?.has(t) && !around.has(t);
  const pageNames = ctx.names.filter((name) => name.some(pageOwn));
  if (pageNames.length === 0 && !leadTerms(ctx).some(pageOwn)) return false;
  const subject = new Set(corpus.subject);
  const corpusSources = sourceOnlyTerms(passage.text);
  const corpusOwn = (t: string) =>
    subject.has(t) && !topic.has(t) && !corpusSources.has(t) && !ctx.sentence.has(t);
  const corpusNames = ownNames.filter((name) => name.some(corpusOwn));
  if (corpusNames.length === 0 && !passageLeadTerms(index, corpus.passage).some(corpusOwn)) return false;
  // Initials either way: the page's acronyms are read from its sentence, the passage's from its text.
  return !(
    corpusNames.some((name) => pageNames.some((other) => initialsOf(passage.text, name, other))) ||
    pageNames.some((name) => corpusNames.some((other) => initialsOf(ctx.claim.sentence, name, other)))
  );
}

/** An acronym of two to six capitals, as written. */
const ACRONYM = /\b\p{Lu}{2,6}\b/gu;

/**
 * True when `name` (one term) is written in `text` as an acronym holding the initials of `other` in order: "SARC"
 * and "Red Crescent", "SDF" and "Democratic Forces". Only a one-word name can be an acronym.
 */
function initialsOf(text: string, name: NameTerms, other: NameTerms): boolean {
  if (name.length !== 1 || other.length < 2) return false;
  const initials = other.map((t) => t.charAt(0)).join('');
  for (const m of text.matchAll(ACRONYM)) {
    const word = m[0].toLowerCase();
    if (!word.startsWith(name[0] ?? '') && !(name[0] ?? '').startsWith(word)) continue;
    let at = 0;
    for (const ch of word) if (ch === initials.charAt(at)) at++;
    if (at === initials.length) return true;
  }
  return false;
}

/**
 * Two measures in one unit (miles, percent, dollars) of which each says something the other sentence never does:
 * "Con Edison maintains 4,300 miles of gas mains" and "… has begun replacing the city's nearly 1,600 miles of old
 * gas lines", "74% of respondents said they wanted to consolidate" and "49% of respondents said they fear AI will
 * replace their role". A unit says what is measured, not what of it: one network has miles of old and new pipe,
 * one survey many shares, and a rival must be the same measure, which one side's words all found in the other
 * sentence show. Counts of people and things are left to the names and time tests: tolls are told in many words;
 * so are spans of time (a pause "for two weeks" against "a three-week break in talks"), and ages have their own test.
 */
function otherMeasured(
  index: CorpusIndex,
  ctx: ClaimContext,
  page: QuantityValue,
  claimIndex: number,
  enough = Infinity,
  /** Spans of time ("a year") count as words said alike: the same figure is said of them. */
  spansAlike = true,
): boolean {
  const corpus = index.claims[claimIndex];
  if (!corpus || page.unit === undefined || DURATION_UNITS.has(page.unit)) return false;
  const around = passageTerms(index, corpus.passage);
  const names = figureOwnNames(index, claimIndex).own;
  // The figure's own words ("roughly 6,500 miles") are not what is said of it.
  const text = index.passages[corpus.passage]?.text ?? '';
  const own = new Set([...terms(ctx.claim.text), ...terms(text.slice(corpus.start, corpus.end))]);
  const said = (t: string) =>
    !ctx.entities.includes(t) && !names.has(t) && !CALENDAR_TERMS.has(t) && !own.has(t);
  const shared = new Set<string>();
  let pageOwn = false;
  for (const t of ctx.subject) {
    if (!said(t)) continue;
    if (around.has(t)) shared.add(t);
    else pageOwn = true;
  }
  if (!pageOwn) return false;
  let corpusOwn = false;
  for (const t of corpus.subject) {
    if (!said(t)) continue;
    if (ctx.sentence.has(t)) shared.add(t);
    else corpusOwn = true;
  }
  if (!corpusOwn || enough === Infinity) return corpusOwn;
  // Agreeing figures: what the two sentences say alike anywhere ("dress", "stolen"), not only beside the figure.
  for (const t of ctx.sentence) if (said(t) && around.has(t)) shared.add(t);
  let alike = 0;
  for (const t of shared) if (spansAlike || !SPAN_TERMS.has(t)) alike++;
  return alike < enough;
}

/**
 * Words of a span of time: "£2bn a year" and "£1.8bn a year" are both yearly sums, which says nothing of what
 * each is the cost of (asylum, regional agencies). The same figure "a year" is more: "earnings over £100,000 a
 * year" in two reports of one tax plan.
 */
const SPAN_TERMS: ReadonlySet<string> = new Set(
  terms('year years month months week weeks day days quarter annual'),
);

/**
 * The same round measure ("$150,000", "40%") of what each sentence says differently: "Lupita Nyong'o's Oscar
 * dress, worth $150,000, was stolen" is not "The Oscar gift bag is worth $150,000 this year", and "asylum cost
 * £2bn a year" is not told more exactly by "agencies which cost £1.8bn a year". A round figure in a unit is shared
 * by chance as often as a small count, so it agrees, or is told vaguer or more exactly, only when the two say
 * enough alike: the test rivals pass (see otherMeasured), or two words in common besides names, and besides spans
 * of time for two figures (see SPAN_TERMS): "the $150,000 Oscar dress … was stolen from her hotel room" shares
 * "dress" and "stolen". A figure written to three digits or more ("$152,500") is left alone: it is rarely
 * shared by chance.
 */
export function roundMeasureOfOther(
  index: CorpusIndex,
  ctx: ClaimContext,
  claimIndex: number,
  relation: Relation,
): boolean {
  const page = ctx.claim.value;
  if (page.type !== 'quantity' || significantDigits(page.nominal) > 2) return false;
  return otherMeasured(index, ctx, page, claimIndex, AGREEING_TERMS, relation === 'agrees');
}

/** How many words of what is measured two agreeing round measures must share (see roundMeasureOfOther). */
const AGREEING_TERMS = 2;

/**
 * Two tallies of everyday size over spans of different length: one sentence dates its figure to a day ("on
 * Monday"), the other counts over a running period ("this month", "in the past week", "so far this year"). A
 * day's dead are part of a month's, not a rival report of them. A month named as when one event happened ("in
 * early April at least 88 were killed in a chemical attack") is no such period: it is the same day told
 * vaguer. Large figures are left alone: their dates are mostly when they were reported.
 */
function tallyOfOtherSpan(
  index: CorpusIndex,
  ctx: ClaimContext,
  page: QuantityValue,
  corpus: QuantityValue,
  claimIndex: number,
): boolean {
  if (!isEveryday(page) || !isEveryday(corpus)) return false;
  // The passage's span first: kept per passage, and most name neither, so the page's is seldom read.
  const corpusSpan = passageSpan(index, index.claims[claimIndex]?.passage ?? -1);
  if (corpusSpan === NO_SPAN) return false;
  const pageSpan = pageSpanOf(ctx);
  return pageSpan !== NO_SPAN && corpusSpan !== pageSpan;
}

const NO_SPAN = 0;
const DAY = 1;
const PERIOD = 2;

/**
 * DAY when the statement of the page sentence that holds the claim names a day and no running period, PERIOD when
 * the reverse, NO_SPAN otherwise; read once per page claim, since a claim meets many rival figures.
 */
const pageSpanOf = perClaim((ctx: ClaimContext): number => {
  const sentence = ctx.claim.sentence;
  const at = placeIn(sentence, ctx.claim);
  const [from, to] =
    at < 0 ? [0, sentence.length] : clauseBounds(sentence, at, at + ctx.claim.text.length, STATEMENT_END);
  const said = saidDays(sentence);
  const day = pageSentenceDates(ctx).some(
    (d) => d.start >= from && d.start < to && isDay(d) && !within(d.start, said),
  );
  const period = RUNNING_PERIOD.test(sentence.slice(from, to));
  return day === period ? NO_SPAN : day ? DAY : PERIOD;
});

/**
 * A running period a tally covers up to its report: "this month", "the past week", "in the last three weeks", "so
 * far this year". A bare "last week" or "last month" is when one event happened, as a day is.
 */
const RUNNING_PERIOD =
  /\b(?:(?:this|the past|the last|past)\s+(?:few\s+|two\s+|three\s+|several\s+)?(?:weeks?|months?|years?)|so far)\b/iu;

/** A date of a day, named ("on Monday") or written ("March 3"). */
function isDay(d: DateAt): boolean {
  return d.value.precision === 'day';
}

/** A day a passage names relative to its report, which the index keeps no date for when its document is undated. */
const NAMED_DAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]onight)\b/gu;
/** NAMED_DAY's words, for SAID_DAY. */
const DAY_WORDS = NAMED_DAY.source.slice('\\b'.length, -'\\b'.length);

/**
 * A day named as when a source spoke ("killed 47 people, the governor said on Monday", "told reporters Friday"):
 * the report's day, not the tally's, which may be a week's. Taken for the tally's day, it refused a rival that a
 * page's "killed 52 people this week" is.
 */
const SAID_DAY = new RegExp(
  String.raw`\b(?:said|says|told\s+(?:\p{L}+\s+)?\p{L}+|announced|added|stated|reported|confirmed)\s+(?:on\s+)?(?:late\s+|early\s+)?${DAY_WORDS}\b`,
  'giu',
);

/** Where `text` names the day a source spoke (see SAID_DAY): [start, end) pairs. */
function saidDays(text: string): [number, number][] {
  return [...text.matchAll(SAID_DAY)].map((m) => [m.index, m.index + m[0].length]);
}

/** True when `at` lies in one of `ranges`. */
function within(at: number, ranges: readonly [number, number][]): boolean {
  return ranges.some(([start, end]) => at >= start && at < end);
}

/** True when `text` names a day (see NAMED_DAY) other than one a source spoke on. */
function namesDay(text: string, said: readonly [number, number][]): boolean {
  for (const m of text.matchAll(NAMED_DAY)) if (!within(m.index, said)) return true;
  return false;
}

/**
 * A passage's span as pageSpanOf reads a page's, from the whole passage: a day its dates or a weekday name give, a
 * running period its words give. Kept per passage, and read only for rival everyday figures.
 */
const passageSpan = perIndex((index: CorpusIndex, passageIndex: number): number => {
  const text = index.passages[passageIndex]?.text ?? '';
  const said = saidDays(text);
  const day =
    namesDay(text, said) || passageDates(index, passageIndex).some((d) => isDay(d) && !within(d.start, said));
  const period = RUNNING_PERIOD.test(text);
  return day === period ? NO_SPAN : day ? DAY : PERIOD;
});
