/**
 * Whose age an age is: the name written against it ("Lena Marsh, the 24-year-old winger", "the 24-year-old
 * winger Lena Marsh"). A sentence's other names say where or against whom ("The 24-year-old will race in Oslo",
 * "the 31-year-old, who beat Marsh, …"): two such sentences sharing "Oslo" are two people as often as one, so only
 * the age's own name tells one person from two (see agesOfUnnamed in rival-evidence.ts). A verb between age and
 * name is not told from a noun ("the 31-year-old beat Marsh" reads Marsh as the holder): such a pair stays rivals,
 * as before.
 */
import { terms } from '../text/terms';
import { STOPWORDS } from '../text/stopwords';

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
