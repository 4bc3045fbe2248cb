/**
 * Quotes whose words match while their statements differ, told by what stands around the words rather than by
 * the words: a title both sides quote ("Super Mario Run", "Content-Type"), a label two people give two things
 * ("Critics called the new law “a step in the right direction”" and "The mayor called the new budget “a step in
 * the right direction”"), and a stock phrase the source goes on with ("I would prefer not to" against "I would
 * prefer not to quit you"). Each refuses a quote match the word scorer would make; score-quote.ts asks them.
 */
import type { CorpusIndex } from '../corpus/model';
import type { ClaimContext } from './subject';
import type { Candidate } from './match-score';
import { isTitleCased } from './stock-quotes';
import { sharesRareName } from './anchors';
import { terms } from '../text/terms';
import { isFunctionWord } from '../text/stopwords';
import { SPEECH_VERBS } from '../extract/speaker-words';
import { passageTerms } from './terms-cache';

/** Quotation marks a quote claim's text may open or close with. */
const MARKS = /^[\s"“”‘’'«»]+|[\s"“”‘’'«».,;:!?]+$/gu;

/**
 * A quoted token with no space that reads as code: a header, a type, an address or a code name ("Content-Type",
 * "application/json", "X-Request-Id", "http://tools.ietf.org/html/rfc7233"). A hyphenated word in lower case
 * ("double-tap") is a word.
 */
const IDENTIFIER =
  /^(?:[\p{L}\p{N}-]+(?:[/._:#?=&%@]+[\p{L}\p{N}-]+)+|\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+)$/u;

/** Terms of what attributes a quote: two sentences that both "said" a name share nothing by it. */
const SPEECH_TERMS: ReadonlySet<string> = new Set(terms([...SPEECH_VERBS].join(' ')));

/**
 * True when the page quotes a name, not a statement: an identifier ("Content-Type") whatever the passage holds, or
 * a Title Case name ("Super Mario Run", "Euphrates Shield") on both sides where the two sentences share no other
 * word. Two
 * documents naming one game or header say nothing alike by it; two reports of Turkey's operation "Euphrates
 * Shield" that both speak of Turkey's offensive are one fact named alike. A headline's Title Case quote of a
 * statement still meets the sentence-case quotation its source prints.
 */
export function quotesAName(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpusText: string,
  passageIndex: number,
): boolean {
  const [page, corpus] = [bare(ctx.claim.text), bare(corpusText)];
  // An identifier says nothing whatever the passage does with it, quoted or in code ("…/spec" of a longer address).
  if (IDENTIFIER.test(page)) return true;
  if (!isTitleCased(page) || !isTitleCased(corpus)) return false;
  const own = new Set(terms(page));
  const there = passageTerms(index, passageIndex);
  for (const t of ctx.sentence) if (!own.has(t) && !SPEECH_TERMS.has(t) && there.has(t)) return false;
  return true;
}

/** A quote's text without its quotation marks and closing stops. */
function bare(text: string): string {
  return text.replace(MARKS, '');
}

/** A verb that gives a quote as its label for a thing: "called the new law “…”", "described the raid as “…”". */
const LABELLING =
  /\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|dubb(?:ed|ing)|term(?:ed|s)?|brand(?:ed|s)|label(?:l?ed|s))\s+([^"“”.;:!?]{1,60}?)\s*(?:\bas\s+)?$/iu;

/** How far before a quote its labelling verb is looked for. */
const LABEL_REACH = 80;

/** The last content term of what `text` (a sentence) labels with the quote at `at`, or null when it labels none. */
function labelledThing(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - LABEL_REACH), at).replace(/["“‘']+\s*$/u, '');
  const m = LABELLING.exec(before);
  if (!m) return null;
  const words = (m[1] ?? '').split(/\s+/).filter((w) => w && !isFunctionWord(w.toLowerCase()));
  const head = words.at(-1);
  return head ? (terms(head)[0] ?? null) : null;
}

/**
 * True when both sentences give the quote as a label and label different things ("the new law", "the new
 * budget"): two people used one phrase, unless the two sentences share a name few documents use (the same
 * event's "Darwish … described the bombing as a “war crime”").
 */
export function labelsAnotherThing(
  index: CorpusIndex,
  ctx: ClaimContext,
  found: Candidate,
  passageIndex: number,
): boolean {
  const corpus = index.claims[found.claim];
  const passage = index.passages[passageIndex]?.text ?? '';
  if (!corpus) return false;
  const sentence = ctx.claim.sentence;
  const at = sentence.indexOf(ctx.claim.text);
  const page = at < 0 ? null : labelledThing(sentence, at);
  if (page === null) return false;
  const other = labelledThing(passage, corpus.start);
  if (other === null || other === page) return false;
  return !sharesRareName(index, ctx, passageIndex);
}

/**
 * True when the passage's quotation goes on past the words matched with more content words ("I would prefer not
 * to" in "I would prefer not to quit you"): a stock phrase's source then says something else with it.
 */
export function goesOnPastMatch(index: CorpusIndex, found: Candidate, passageIndex: number): boolean {
  const corpus = index.claims[found.claim];
  const passage = index.passages[passageIndex]?.text ?? '';
  if (!corpus || corpus.value.type !== 'quote') return false;
  const rest = passage.slice(found.match.spanEnd, corpus.end);
  // Only the words that continue the clause: a comma or a full stop closes the phrase.
  const clause = rest.split(/[,.;:!?"”]/u)[0] ?? '';
  return clause
    .split(/\s+/)
    .some((w) => /\p{L}/u.test(w) && !isFunctionWord(w.toLowerCase().replace(/[^\p{L}'’]/gu, '')));
}
