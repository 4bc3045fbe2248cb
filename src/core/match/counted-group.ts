/**
 * The group a figure counts by name: "50 Jaysh al-Fateh terrorists", "12 Daesh militants", "18 SDF fighters",
 * "30 Kurdish fighters". Two figures that name different groups count two sides' dead, whatever else their
 * sentences share: "Over 50 Jaysh Al Fateh Terrorist Killed in Clashes with Syrian Army" is no rival of "Syrian
 * Army kills 33 Fateh Al Sham Terrorist", nor "killing 18 SDF fighters" of "12 Daesh terrorists were killed".
 */
import type { CorpusIndex } from '../corpus/model';
import { nameTerms, type NameTerms } from './names';
import { sameName } from './same-name';
import { placeIn, type ClaimContext } from './subject';

/**
 * Right after a figure: one to four capitalised words (a group's name, "al" and "Al" among them), then a noun
 * for armed men, in a headline's capitals too.
 */
const GROUP_AFTER =
  /\s+((?:(?:\p{Lu}[\p{L}'’-]*|al|al-\p{L}+)\s+){1,4})(?:[Tt]errorists?|[Mm]ilitants?|[Ff]ighters?|[Jj]ihadists?|[Rr]ebels?|[Ss]oldiers?|[Tt]roops|[Gg]unmen|[Ii]nsurgents|[Mm]ilitiamen|[Mm]embers)\b/uy;

/** The name of the group the figure ending at `end` of `text` counts, as terms; null when it names none. */
export function countedGroupAt(text: string, end: number): NameTerms | null {
  GROUP_AFTER.lastIndex = end;
  const m = GROUP_AFTER.exec(text);
  const words = m?.[1]?.trim();
  if (!words) return null;
  const terms = nameTerms(words);
  return terms.length > 0 ? terms : null;
}

/**
 * True when the page figure and the corpus figure (claim `claimIndex`) each name the group they count, and the two
 * names cannot be one (see sameName).
 */
export function countsOtherGroup(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const claim = index.claims[claimIndex];
  const passage = claim ? index.passages[claim.passage]?.text : undefined;
  if (!claim || passage === undefined) return false;
  const corpus = countedGroupAt(passage, claim.end);
  if (!corpus) return false;
  const sentence = ctx.claim.sentence;
  const at = placeIn(sentence, ctx.claim);
  if (at < 0) return false;
  const page = countedGroupAt(sentence, at + ctx.claim.text.length);
  return page !== null && !sameName(page, corpus);
}
