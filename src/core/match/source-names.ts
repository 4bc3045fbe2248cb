/**
 * The names a sentence gives only as who reports it: "The Norland Electoral Commission said turnout …", "…, the
 * Observatory said", "according to the UN". Who says a date says nothing of what happened on it: a page's "counting
 * finished on September 8, the Commission said" and a passage's "the Commission said turnout in Sunday's election
 * …" share the Commission, not an event (see sameDateEvent).
 */
import { boundedMemo } from '../text/bounded-memo';
import { terms } from '../text/terms';
import { isCredited, sentenceNameSpans } from './names';
import { nameGroups } from './name-groups';

/** Reading the same sentences again (a page sentence's claims, a passage's) costs a map lookup. */
const memo = boundedMemo(2_000, readSourceOnlyTerms);

/**
 * Terms of the names `sentence` credits as its source (a name before "said", "reported" …, or after "according to",
 * "told", "citing"), less the terms the rest of the sentence also uses: "Norland" stays a place in "voters in
 * Norland, the Norland Electoral Commission said".
 */
export function sourceOnlyTerms(sentence: string): ReadonlySet<string> {
  return memo(sentence);
}

function readSourceOnlyTerms(sentence: string): ReadonlySet<string> {
  const sources = new Set<string>();
  let rest = '';
  let restFrom = 0;
  // An institution's name joined by "for" or "of" is one source ("the Syrian Observatory for Human Rights said").
  for (const group of nameGroups(sentence, sentenceNameSpans(sentence))) {
    if (!isCredited(sentence, group.start, group.end)) continue;
    for (const span of group.spans) for (const t of span.terms) sources.add(t);
    rest += ` ${sentence.slice(restFrom, group.start)}`;
    restFrom = group.end;
  }
  if (sources.size === 0) return sources;
  for (const t of terms(rest + sentence.slice(restFrom))) sources.delete(t);
  return sources;
}
