/**
 * Whose age an age is: the name written against it ("Lena Marsh, the 24-year-old winger", "the 24-year-old
 * winger Lena Marsh"). A sentence's other names say where or against whom ("The 24-year-old will race in Oslo",
 * "the 31-year-old, who beat Marsh, …"): two such sentences sharing "Oslo" are two people as often as one, so only
 * the age's own name tells one person from two (see agesOfUnnamed). A verb between age and
 * name is not told from a noun ("the 31-year-old beat Marsh" reads Marsh as the holder): such a pair stays rivals,
 * as before.
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import { STOPWORDS } from '../text/stopwords';
import { placeIn, type ClaimContext } from './subject';
import { passageTerms } from './terms-cache';
import { topicNames } from './corpus-names';

/** A name: capitalised words, one after another. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;

/** A name right before the age, set against it by a comma: "Lena Marsh, the ", "Marsh, a ", "Marsh, ". */
const NAME_BEFORE = new RegExp(String.raw`(${NAME})(?:['’]s)?,\s+(?:(?:a|an|the)\s+)?(?:now\s+)?$`, 'u');

/** A name right after the age, past at most one word of what the person is: " winger Lena Marsh", " Marsh". */
const NAME_AFTER = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+)?(${NAME})`, 'u');

/**
 * Terms of the name the age at `text[start, end)` is written against, or none: "The 31-year-old is concerned …"
 * names no one. Words every sentence may capitalise ("The", "And") are no name.
 */
export function ageHolder(text: string, start: number, end: number): string[] {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  const after = NAME_AFTER.exec(text.slice(end, end + 80))?.[1];
  return [...terms(before ?? ''), ...terms(after ?? '')].filter((t) => !STOPWORDS.has(t));
}

/** An age in a name's apposition: "Kenteris, 31, who …" (the extractor reads it so: see ageEnd). */
const APPOSITION = /\p{Lu}[\p{L}'’-]*,\s$/u;

/** True when the claim [start, end) of `text` is an age: "31-year-old", "aged 31", "Kenteris, 31,". */
export function isAge(text: string, start: number, end: number): boolean {
  return (
    AGE_WORDS.test(text.slice(start, end)) ||
    (text.charCodeAt(end) === 44 && APPOSITION.test(text.slice(Math.max(0, start - 40), start)))
  );
}

/** An age written as one: "27-year-old", "27 year old", "aged 27". */
export const AGE_WORDS = /year[-\s]old|\baged?\b/iu;

/**
 * Two ages ("the 27-year-old student", "the 21-year-old student") are rivals only for one person, and only a name
 * both sentences write against the age says it is one (see ageHolder): unnamed, they are two people as often
 * as one misreported, whatever place or race the two sentences share ("the 31-year-old … the event in Lyon").
 */
export function agesOfUnnamed(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = index.claims[claimIndex];
  const text = index.passages[corpus?.passage ?? -1]?.text ?? '';
  if (!corpus || !AGE_WORDS.test(ctx.claim.text) || !AGE_WORDS.test(text.slice(corpus.start, corpus.end)))
    return false;
  const topic = topicNames(index);
  const sentence = ctx.claim.sentence || ctx.claim.text;
  const at = placeIn(sentence, ctx.claim);
  const page = at < 0 ? [] : ageHolder(sentence, at, at + ctx.claim.text.length);
  const other = new Set(ageHolder(text, corpus.start, corpus.end));
  return !page.some((t) => !topic.has(t) && other.has(t));
}

/** A claim of a text: where it is, and the terms around it the other side is looked for in. */
interface Placed {
  text: string;
  start: number;
  end: number;
  terms: ReadonlySet<string>;
}

/**
 * True when two ages are of two people: one is written against a name (see ageHolder) that the other side never
 * gives. "Kenteris, 31, who won the 200m title" and "The 31-year-old, who won 200m silver" (another sprinter)
 * share an age, not a person; every age is shared by millions, so agreement needs the person as a rival does.
 * The page side is the claim's sentence, the corpus side its passage.
 */
export function agesOfOthers(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = index.claims[claimIndex];
  const passage = index.passages[corpus?.passage ?? -1];
  const sentence = ctx.claim.sentence || ctx.claim.text;
  const at = placeIn(sentence, ctx.claim);
  if (!corpus || !passage || at < 0) return false;
  const page: Placed = { text: sentence, start: at, end: at + ctx.claim.text.length, terms: ctx.sentence };
  const other: Placed = {
    text: passage.text,
    start: corpus.start,
    end: corpus.end,
    terms: passageTerms(index, corpus.passage),
  };
  return twoPeople(page, other) || twoPeople(other, page);
}

/** True when `a` is an age written against a name that `b`, an age too, never gives. */
function twoPeople(a: Placed, b: Placed): boolean {
  if (!isAge(a.text, a.start, a.end) || !isAge(b.text, b.start, b.end)) return false;
  const names = ageHolder(a.text, a.start, a.end);
  return names.length > 0 && !names.some((t) => b.terms.has(t));
}
