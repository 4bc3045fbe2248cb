/**
 * Names in a sentence, cut short: a message about hundreds of documents must still be read to its end, and
 * read aloud by a screen reader without listing every one.
 */
import { formatCount } from '../core/text/format-count';

/** "a", "a and b", "a, b and c"; past `shown` names, the rest as a count: "a, b, c and 367 more". */
export function listSome(names: readonly string[], shown: number): string {
  if (names.length <= shown) {
    if (names.length <= 1) return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${formatCount(names.length - shown)} more`;
}
