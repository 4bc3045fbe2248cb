/**
 * Quotes whose words alone make no statement: a stock phrase anyone may say ("What do you mean?") and a title or
 * a name in quotation marks ("Star Wars: The Last Jedi"). The quote scorer asks more of their matches than of a
 * quoted statement's.
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuoteValue } from '../types';
import type { QuoteText } from './compare-quotes';
import type { Candidate } from './match-score';
import type { ClaimContext } from './subject';
import { rareCeiling, sharesRareName } from './anchors';
import { speakerSurname, surname } from './speaker-surname';
import { documentFrequency, passageTerms } from './terms-cache';
import { SPEECH_VERBS } from '../extract/speaker-words';
import { terms } from '../text/terms';
import { isFunctionWord } from '../text/stopwords';

/** The most content words (not stopwords) a stock phrase has: "I would prefer not to", "What do you mean?". */
const MAX_STOCK_CONTENT_WORDS = 1;

/**
 * True for a quote of at most MAX_STOCK_CONTENT_WORDS content words, however long: anyone may say it, so it
 * matches only where a corpus document quotes it too, not the same words in a passage's own prose. A corpus of
 * 123 assorted pages paired Bartleby's "I would prefer not to" with a survey's "would prefer not to use". (Asking
 * also for the same speaker or a rare shared name, as short quotes do, lost FA-KES's "will not go unpunished"
 * and "they are really shaken up by this", quoted in two reports of one event.)
 */
export function isStockPhrase(quote: QuoteText | undefined): boolean {
  let content = 0;
  for (const w of quote?.words ?? [])
    if (!isFunctionWord(w.norm) && ++content > MAX_STOCK_CONTENT_WORDS) return false;
  return true;
}

/** Terms of the verbs that attribute a quote: two lines of dialogue both "asked" are no more one statement. */
const SPEECH_TERMS: ReadonlySet<string> = new Set(terms([...SPEECH_VERBS].join(' ')));

/**
 * True when a stock phrase's match (see isStockPhrase) is one statement, not two people saying the same few
 * words: the corpus quotes it too, and the same named person says it, the phrase's own word is rare in the corpus
 * (FA-KES's "will not go unpunished", "they are really shaken up by this"), the passage holds a word of the page
 * sentence outside the quote ("your personal “should I buy this?” test"), or the two share a rare name. Two
 * novels' lines of dialogue “What do you mean?” share none of these: every story has someone ask it.
 */
export function stockPhraseTied(
  index: CorpusIndex,
  ctx: ClaimContext,
  value: QuoteValue,
  found: Candidate,
  passageIndex: number,
): boolean {
  const corpus = index.claims[found.claim];
  if (corpus?.value.type !== 'quote') return false;
  const a = speakerSurname(value);
  if (a !== null && corpus.value.speaker !== undefined && surname(corpus.value.speaker) === a) return true;
  const own = terms(value.text);
  const rare = rareCeiling(index);
  for (const t of own) if (documentFrequency(index, t) <= rare) return true;
  const there = passageTerms(index, passageIndex);
  for (const t of ctx.sentence) if (!own.includes(t) && !SPEECH_TERMS.has(t) && there.has(t)) return true;
  return sharesRareName(index, ctx, passageIndex);
}

/** A word of four letters or more: the ones Title Case capitalises and sentence case does not. */
const LONG_WORD = /\p{L}[\p{L}\p{M}'’-]{3,}/gu;

/**
 * True when every word of four letters or more starts with a capital, and there are two: a title or a name ("Star
 * Wars: The Last Jedi", "Syrian Observatory for Human Rights"). Such a quote matches only a quotation: found in a
 * passage's prose, its words are the passage using the name (the film "is currently streaming", "the Star Wars
 * trilogy), The Last Jedi"), not quoting a statement. A statement a Title Case headline quotes is lost where the
 * corpus prints it without quotation marks; FA-KES and the other labelled sets have none.
 */
export function isTitleCased(text: string): boolean {
  let long = 0;
  for (const m of text.matchAll(LONG_WORD)) {
    const first = m[0].charAt(0);
    if (first === first.toLowerCase()) return false;
    long++;
  }
  return long >= 2;
}
