/**
 * Scores a passage against a page quote: how many of the quote's words it holds, in order and close
 * together. Separate from the figure scorer because quotes are judged on wording, not on a value.
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuoteValue } from '../types';
import {
  alignQuoteText,
  isNegation,
  MIN_QUOTE_WORDS,
  quoteText,
  wordsPresent,
  type QuoteText,
  type Word,
} from './compare-quotes';
import { quoteDiff } from './quote-diff';
import { round, ROUNDING_MARGIN, passageMatch, passageWithDocument, type Candidate } from './match-score';
import { leadTerms, namesClash } from './names-clash';
import { sharesRareName } from './anchors';
import type { ClaimContext } from './subject';
import { terms } from '../text/terms';
import { passageQuoteText } from './terms-cache';
import { speakerSurname, surname } from './speaker-surname';
import { otherSpeaker } from './other-speaker';
import { isStockPhrase, isTitleCased, stockPhraseTied } from './stock-quotes';
import { documentsQuoting } from './quoting-documents';
import { quotesAName, goesOnPastMatch, labelsAnotherThing } from './quote-frames';

/** Share of a page quote's words that may be absent from a corpus passage that still quotes it. */
const MAX_MISSING_QUOTE_SHARE = 0.25;

/** How many of a page quote's `words` a corpus passage may lack and still quote it (the claim gate relies on it). */
export function maxMissingQuoteWords(words: number): number {
  return Math.max(1, Math.floor(words * MAX_MISSING_QUOTE_SHARE));
}

/**
 * How many of a page quote's content words (not stopwords) a passage may lack: the same share, but not the one
 * word that maxMissingQuoteWords always allows. A short quote's allowance would otherwise go on the word it is
 * about: with a corpus of 800 articles, "the world of" stood for "The World of Tomorrow", "tip of the" for "tip
 * of the iceberg" and "the father of" for "the father of chaos" on pages about anything.
 */
function maxMissingContentWords(contentWords: number): number {
  return Math.floor(contentWords * MAX_MISSING_QUOTE_SHARE);
}

/** Weights of a quote's score: coverage, density and retrieval rank. */
const Q_COVERAGE = 0.7;
const Q_DENSITY = 0.2;
const Q_RETRIEVAL = 0.1;

/**
 * Looks for the page quote's words in one passage: the whole quote, else, for a quote joined across an
 * attribution ("…,” Judeh said. “…"), its best part: a passage holds one sentence, so the corpus's passages
 * split such a quote at the attribution. Words found in a passage about other people (see namesClash: "Harbor
 * City’s transit chief said “we cannot keep patching pipes…”" against a passage in which Maria Lopez, an engineer,
 * says them) are no match: a quote is someone's statement, not a phrase.
 */
export function scoreQuote(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  retrieval: number,
  threshold: number,
): Candidate | null {
  const value = ctx.claim.value;
  if (value.type !== 'quote') return null;
  const speaker = speakerSurname(value);
  const whole = scoreWords(
    index,
    (ctx.quote ??= quoteText(value.text)),
    value.text,
    passageIndex,
    retrieval,
    threshold,
    speaker,
  );
  // A quote broken by "she said" is two sentences in a source that prints it, one passage each: the whole
  // reads as reworded against either, where the part that passage holds is word for word the same. But where
  // the passage also holds another part in other words, the whole is the quotation, reworded.
  const parts =
    whole === null || whole.match.relation !== 'agrees'
      ? partsIn(index, ctx, value, passageIndex, retrieval, threshold)
      : null;
  const part = parts?.best ?? null;
  const best =
    (part?.match.relation === 'agrees' && !(whole && parts?.reworded) ? part : (whole ?? part)) ??
    shortQuote(index, ctx, value, passageIndex, retrieval, threshold);
  const doc = index.passages[passageIndex]?.doc;
  if (!best || doc === undefined || namesClash(index, ctx, passageIndex, doc, false)) return null;
  const stock = isStockPhrase(ctx.quote);
  if (stock && !stockPhraseTied(index, ctx, value, best, passageIndex)) return null;
  if (stock && goesOnPastMatch(index, best, passageIndex)) return null;
  const corpus = index.claims[best.claim];
  if (corpus?.kind !== 'quote' && isTitleCased(value.text)) return null;
  const passageText = index.passages[passageIndex]?.text ?? '';
  if (corpus && quotesAName(index, ctx, passageText.slice(corpus.start, corpus.end), passageIndex))
    return null;
  if (labelsAnotherThing(index, ctx, best, passageIndex)) return null;
  return otherSpeaker(index, doc, value, best) ? null : best;
}

/** The fewest words a short quote ("war crime", "horrifically transformed") is matched with. */
export const MIN_SHORT_QUOTE_WORDS = 2;

/**
 * A quote too short to be told by its words alone (two or three: "war crime", "sleeper cells"), matched only to
 * the same words in quotation marks in the passage, said by the same named person (or by a person the page
 * sentence names, where it names no speaker for the quote) or in a sentence that names something the page
 * sentence names and few documents do (see sharesRareName): the phrase is a stock one, the attribution is what
 * makes it a statement. Those words may be a stretch of a longer quotation of that person's.
 */
function shortQuote(
  index: CorpusIndex,
  ctx: ClaimContext,
  value: QuoteValue,
  passageIndex: number,
  retrieval: number,
  threshold: number,
): Candidate | null {
  const quote = (ctx.quote ??= quoteText(value.text));
  const n = quote.words.length;
  if (n < MIN_SHORT_QUOTE_WORDS || n >= MIN_QUOTE_WORDS) return null;
  const located = passageWithDocument(index, passageIndex);
  if (!located) return null;
  const { passage, doc } = located;
  const same = (c: (typeof index.claims)[number] | undefined) => {
    if (c?.value.type !== 'quote') return false;
    const words = quoteText(c.value.text).words;
    return words.length === n && words.every((w, i) => w.norm === quote.words[i]?.norm);
  };
  const a = speakerSurname(value);
  // Whose words the quote may be: the page's named speaker's, or, where the page names none for it, those of a
  // person its sentence names ("Kerry said Russia had to understand that US patience “is not infinite”").
  const saidBy = (b: string | null): boolean => b !== null && (a !== null ? a === b : sentenceNames(ctx, b));
  const whole = passage.claims.find((ci) => same(index.claims[ci]));
  // Or a stretch of a longer quotation that person is quoted saying: "is not infinite" of Kerry's "our patience
  // is not infinite, in fact it is very limited".
  const found =
    whole !== undefined ? { claim: whole, at: 0 } : stretchSaidBy(index, passage.claims, saidBy, quote);
  if (found === null) return null;
  const { claim } = found;
  const own = index.claims[claim];
  if (own?.value.type !== 'quote') return null;
  const b = own.value.speaker ? surname(own.value.speaker) : null;
  if (!(saidBy(b) || sharesRareName(index, ctx, passageIndex, documentsQuoting(index, quote)))) return null;
  const score = round(Q_COVERAGE + Q_DENSITY + Q_RETRIEVAL * retrieval);
  if (score < threshold) return null;
  // The quoted words, without their quotation marks, as an aligned quote's span is.
  const words = quoteText(passage.text.slice(own.start, own.end)).words.slice(found.at, found.at + n);
  const spanStart = own.start + (words[0]?.start ?? 0);
  const spanEnd = own.start + (words.at(-1)?.end ?? own.end - own.start);
  const match = passageMatch(doc, passage, spanStart, spanEnd, score, 'agrees', own.value);
  match.diff = quoteDiff(value.text, passage.text.slice(spanStart, spanEnd));
  return { claim, passage: passageIndex, match };
}

/** True when the page sentence names the person of surname `speaker`, its first word included. */
function sentenceNames(ctx: ClaimContext, speaker: string): boolean {
  const term = terms(speaker)[0];
  return term !== undefined && (ctx.entities.includes(term) || leadTerms(ctx).includes(term));
}

/**
 * The passage's quotation (one of `claims`) said by a speaker `saidBy` accepts (by surname) that holds `quote`'s
 * words in a row, and the index of its word where they start; null when there is none.
 */
function stretchSaidBy(
  index: CorpusIndex,
  claims: readonly number[],
  saidBy: (surname: string | null) => boolean,
  quote: QuoteText,
): { claim: number; at: number } | null {
  for (const ci of claims) {
    const c = index.claims[ci];
    if (c?.value.type !== 'quote' || !c.value.speaker || !saidBy(surname(c.value.speaker))) continue;
    const words = quoteText(c.value.text).words;
    for (let at = 0; at + quote.words.length <= words.length; at++) {
      if (quote.words.every((w, i) => w.norm === words[at + i]?.norm)) return { claim: ci, at };
    }
  }
  return null;
}

/**
 * The parts of a joined quote (see QuoteValue.parts) found in one passage: the best-scoring one (null when none
 * matches), and whether any is there reworded.
 */
function partsIn(
  index: CorpusIndex,
  ctx: ClaimContext,
  value: QuoteValue,
  passageIndex: number,
  retrieval: number,
  threshold: number,
): { best: Candidate | null; reworded: boolean } | null {
  if (!value.parts) return null;
  const parts = (ctx.quoteParts ??= value.parts.map(quoteText));
  let best: Candidate | null = null;
  let reworded = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const found = part && scoreWords(index, part, value.parts[i] ?? '', passageIndex, retrieval, threshold);
    if (!found) continue;
    if (found.match.relation !== 'agrees') reworded = true;
    if (best === null || found.match.score > best.match.score) best = found;
  }
  return { best, reworded };
}

/**
 * Scores one passage against one quote text (`quote` holds the words of `said`). When the page names who said
 * it (`speaker`, a surname) and the passage's quotation is said by the same person, one more of the quote's
 * content words may differ: "These men are the worst of the worst" is Trump's "These guys are the worst of the
 * worst", reworded, and the word an outlet changed is what a reader wants shown.
 */
function scoreWords(
  index: CorpusIndex,
  quote: QuoteText,
  said: string,
  passageIndex: number,
  retrieval: number,
  threshold: number,
  speaker: string | null = null,
): Candidate | null {
  const passage = index.passages[passageIndex];
  if (!passage) return null;
  const n = quote.words.length;
  if (n < MIN_QUOTE_WORDS) return null;
  // "Largely the same words": a few words may differ (an inflection, an editor's bracket, a synonym), but a
  // quote that shares only its opening or a stock phrase ("we are also prepared to …") is another statement.
  const allowed = maxMissingQuoteWords(n);
  const words = passageQuoteText(index, passageIndex);
  // No alignment lines up more words than the passage has of the quote's, nor is denser than 1: cheap bounds
  // that spare the O(n·m) alignment for most retrieved passages.
  const present = wordsPresent(quote, words);
  if (present < n - allowed) return null;
  if (Q_COVERAGE * (present / n) + Q_DENSITY + Q_RETRIEVAL * retrieval + ROUNDING_MARGIN < threshold)
    return null;
  const a = alignQuoteText(quote, words);
  if (!a || a.missing > allowed) return null;
  const extra = a.missingContent - maxMissingContentWords(a.contentWords);
  if (extra > (speaker === null ? 0 : 1)) return null;
  const score = round(Q_COVERAGE * a.coverage + Q_DENSITY * a.density + Q_RETRIEVAL * retrieval);
  if (score < threshold) return null;
  // The corpus's own quote claim over this stretch, when its quotation marks survived, gives the speaker.
  let claim = -1;
  for (const ci of passage.claims) {
    const c = index.claims[ci];
    if (c && c.kind === 'quote' && c.start < a.end && c.end > a.start) claim = ci;
  }
  const own = index.claims[claim];
  const doc = index.documents[passage.doc];
  if (!doc) return null;
  if (extra > 0) {
    const other = own?.value.type === 'quote' && own.value.speaker ? surname(own.value.speaker) : null;
    if (other !== speaker) return null;
  }
  const corpusText = passage.text.slice(a.start, a.end);
  const corpusValue: QuoteValue = { type: 'quote', text: corpusText };
  if (own?.value.type === 'quote' && own.value.speaker) corpusValue.speaker = own.value.speaker;
  // A quotation cut right after a negation says the opposite of what was said ("accept a government that
  // includes Assad" of "We will never accept a government that includes Assad"): no word for word agreement,
  // and the diff shows the word left out. Not a negation the source writes outside its own quotation marks
  // (he would not "give up the fight"): the words quoted are then the source's quotation whole.
  const before = negationBefore(words.words, a.start);
  const negation = before !== null && own?.kind === 'quote' && before.start < own.start ? null : before;
  const relation = a.verbatim && negation === null ? 'agrees' : 'reworded';
  const match = passageMatch(doc, passage, a.start, a.end, score, relation, corpusValue);
  const diffStart = negation === null ? a.diffStart : Math.min(negation.start, a.diffStart);
  match.diff = quoteDiff(said, passage.text.slice(diffStart, a.diffEnd));
  return { claim, passage: passageIndex, match };
}

/** The passage word right before the one starting at `start` when it is a negation, else null. */
function negationBefore(words: readonly Word[], start: number): Word | null {
  for (let k = 1; k < words.length; k++) {
    const word = words[k];
    if (word && word.start === start) {
      const before = words[k - 1];
      return before && isNegation(before.norm) ? before : null;
    }
  }
  return null;
}
