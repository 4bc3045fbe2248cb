/**
 * The names a sentence gives only as who reports it: "The Norland Electoral Commission said turnout …", "…, the
 * Observatory said", "according to the UN". Who says a date says nothing of what happened on it: a page's "counting
 * finished on September 8, the Commission said" and a passage's "the Commission said turnout in Sunday's election
 * …" share the Commission, not an event (see sameDateEvent).
 */
import { boundedMemo } from '../text/bounded-memo';
import { terms } from '../text/terms';
import { JOINER, sentenceNameSpans, SOURCE_LEAD, SOURCE_LEAD_CHARS, SOURCE_VERB } from './names';

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
  const spans = sentenceNameSpans(sentence);
  const sources = new Set<string>();
  let rest = '';
  let restFrom = 0;
  for (let i = 0; i < spans.length;) {
    // An institution's name joined by "for" or "of" is one source ("the Syrian Observatory for Human Rights said").
    let j = i + 1;
    while (j < spans.length && JOINER.test(sentence.slice(spans[j - 1]?.end ?? 0, spans[j]?.start ?? 0))) j++;
    const start = spans[i]?.start ?? 0;
    const end = spans[j - 1]?.end ?? 0;
    SOURCE_VERB.lastIndex = end;
    if (
      SOURCE_VERB.test(sentence) ||
      SOURCE_LEAD.test(sentence.slice(Math.max(0, start - SOURCE_LEAD_CHARS), start))
    ) {
      for (let k = i; k < j; k++) for (const t of spans[k]?.terms ?? []) sources.add(t);
      rest += ` ${sentence.slice(restFrom, start)}`;
      restFrom = end;
    }
    i = j;
  }
  if (sources.size === 0) return sources;
  for (const t of terms(rest + sentence.slice(restFrom))) sources.delete(t);
  return sources;
}
