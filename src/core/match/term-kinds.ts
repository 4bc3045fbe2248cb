/**
 * Kinds named by words: each list of words one kind, one bit. What a toll is of (causes.ts), what a date is given
 * for (date-events.ts).
 */
import { terms } from '../text/terms';

/** Term → the bit of its kind, the words read as the matcher's terms (so synonyms fold the matcher's way). */
export function kindTable(lists: readonly string[]): ReadonlyMap<string, number> {
  return new Map(lists.flatMap((words, kind) => terms(words).map((t) => [t, 1 << kind] as const)));
}

/** The kinds a list of terms names, as bits (0: none). */
export function kindsIn(list: Iterable<string>, table: ReadonlyMap<string, number>): number {
  let bits = 0;
  for (const t of list) bits |= table.get(t) ?? 0;
  return bits;
}
