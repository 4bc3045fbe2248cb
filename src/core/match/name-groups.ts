/**
 * Names read as one: an institution's words joined by "for" or "of" ("Syrian Observatory for Human Rights",
 * "Ministry of Defence"), which sentenceNameSpans reads as two names. How names.ts tells an actor and
 * source-names.ts a source, whole.
 */
import type { NameSpan } from './names';

/**
 * Between two names: the word that makes them one institution's ("Observatory for Human Rights", "Ministry of
 * Defence").
 */
const JOINER = /^\s+(?:for|of)(?:\s+the)?\s+$/u;

/** Names read as one, joined by "for" or "of" ("Observatory for Human Rights"), and where they stand together. */
export interface NameGroup {
  spans: NameSpan[];
  start: number;
  end: number;
}

/** The names `spans` of `sentence` (its sentenceNameSpans) in groups, each name with those JOINER joins to it. */
export function nameGroups(sentence: string, spans: readonly NameSpan[]): NameGroup[] {
  const groups: NameGroup[] = [];
  for (let i = 0; i < spans.length;) {
    let j = i + 1;
    while (j < spans.length && JOINER.test(sentence.slice(spans[j - 1]?.end ?? 0, spans[j]?.start ?? 0))) j++;
    groups.push({ spans: spans.slice(i, j), start: spans[i]?.start ?? 0, end: spans[j - 1]?.end ?? 0 });
    i = j;
  }
  return groups;
}
