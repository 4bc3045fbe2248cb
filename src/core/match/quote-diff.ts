/**
 * How a source words a quotation the page also gives: a word-level diff of the two (jsdiff), without the stops a
 * writer cut either at, and with British and American spellings of a word, and typed and typeset apostrophes, taken
 * as one.
 */
import type { DiffPart } from '../types';
import { isNegation, quoteWords, sameWords, type Word } from './compare-quotes';
import { mergeSame, sameMarks, wordParts } from './diff-parts';

/** Stops, dashes and spaces at either end of a quote: where a writer cut a quotation, not what was said. */
const EDGE_PUNCTUATION = /^[\s.,;:!?…-]+|[\s.,;:!?…-]+$/g;

/** A quotation without the stops a writer cut it at ("…what is the sea telling us?" → "what is the sea telling us"). */
export function trimCutStops(quote: string): string {
  return quote.replace(EDGE_PUNCTUATION, '');
}

/**
 * Word-level diff from the page's wording to the corpus's wording ("added" = only in the corpus). The stops at
 * either end are left out: "What is the sea telling us?" quotes "… what is the sea telling us? We need …" word
 * for word, whatever the mark the quoting writer ended on.
 */
export function quoteDiff(pageQuote: string, corpusQuote: string): DiffPart[] {
  const page = trimCutStops(pageQuote);
  const corpus = trimCutStops(corpusQuote);
  // Most matched quotes are word for word the same, or differ only in the case of ASCII letters (which
  // changes no token's bounds): jsdiff would give the one unchanged part, the source's whole text (its
  // tokens rejoined), for which it still tokenizes and compares both sides.
  if (corpus !== '' && sameButAsciiCase(page, corpus)) return [{ value: corpus }];
  // A word removed and the same word added in another spelling ("analyzing", "analysing"; "Russia's",
  // "Russia’s") is no change.
  return mergeSame(wordParts(page, corpus), (a, b) => sameMarks(a, b) || sameSpelling(a, b));
}

/** True when two texts are the same character for character, or differ only in the case of ASCII letters. */
function sameButAsciiCase(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x !== y && !(isAsciiLetter(x) && isAsciiLetter(y) && (x | 32) === (y | 32))) return false;
  }
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when two stretches of text are the same words, British and American spellings alike. */
function sameSpelling(a: string, b: string): boolean {
  const x = quoteWords(a);
  return x.length > 0 && sameWords(x, quoteWords(b));
}

/**
 * True when two wordings of a quotation say the same words, where they differ only in what no speaker said: an
 * editor's insertion in square brackets ("[Bashar] Al-Assad") or parentheses ("Daesh (IS)", "Syria's
 * (pro-regime militia) National Defence Forces"), a name written with or without the Arabic article ("Al-Assad"
 * and "Assad", "al-Bab" and "Al Bab", "an-Nusra" and "Nusra") or transliterated otherwise ("Hasakeh" and
 * "Hasakah", "Raqqa" and "Raqa", "Deir Ezzor" and "Deir ez-Zor"), and a compound written as one word or two
 * ("airstrikes" and "air strikes"). British and American spellings are one word too (see quoteWords). "We are
 * also prepared" and "We also are prepared" are not the same wording, nor "Shia" and "Shiite".
 */
export function sameStatement(a: string, b: string): boolean {
  const x = statementWords(a, true);
  if (x.length === 0) return false;
  if (sameWords(x, statementWords(b, true))) return true;
  return spelledAlike(a, b, true) || spelledAlike(a, b, false);
}

/**
 * True when one wording of a quotation is a stretch of the other's, word for word as sameStatement reads words:
 * one outlet quoted less of what was said ("capital" and "the capital of the revolution"; a quotation ended
 * before "from Raqa"). Not when the longer has a negation right before the stretch: "acceptable" cut from "not
 * acceptable" reverses it.
 */
export function partOfStatement(a: string, b: string): boolean {
  const x = statementWords(a, true);
  const y = statementWords(b, true);
  if (x.length === 0 || y.length === 0) return false;
  return x.length <= y.length ? stretchOf(x, y) : stretchOf(y, x);
}

/** True when `part` occurs as consecutive words of `whole`, not right after a negation. */
function stretchOf(part: readonly Word[], whole: readonly Word[]): boolean {
  for (let at = 0; at + part.length <= whole.length; at++) {
    let k = 0;
    while (k < part.length && part[k]?.norm === whole[at + k]?.norm) k++;
    if (k === part.length && !isNegation(whole[at - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Editor's asides in parentheses, blanked to keep offsets: no speaker says a parenthesis. */
const ASIDE = /\([^()]{0,60}\)/g;

/**
 * A text's words without its editor's insertions (quoteWords leaves out brackets, ASIDE parentheses) and, with
 * `articles` true, without the article of a name.
 */
function statementWords(text: string, articles: boolean): Word[] {
  const plain = text.includes('(') ? text.replace(ASIDE, (m) => ' '.repeat(m.length)) : text;
  const words = quoteWords(plain);
  return articles ? words.filter((word, k) => !isArticle(plain, word, words[k + 1])) : words;
}

/** True when the two texts' spelling keys (see spellingKey) are equal, names' articles dropped or kept alike. */
function spelledAlike(a: string, b: string, articles: boolean): boolean {
  return spellingKey(a, articles) === spellingKey(b, articles);
}

/**
 * The letters of a text's words run together (so a compound is one word or two alike), each name but the
 * first word cut to its consonants, then every doubled letter made single: transliterations of one Arabic name
 * differ in their vowels and doubled letters.
 */
function spellingKey(text: string, articles: boolean): string {
  const plain = text.includes('(') ? text.replace(ASIDE, (m) => ' '.repeat(m.length)) : text;
  let key = '';
  statementWords(text, articles).forEach((word, k) => {
    const letters = word.norm.replace(/[^\p{L}\p{N}]/gu, '');
    const name = k > 0 && /\p{Lu}/u.test(plain.charAt(word.start));
    key += name ? letters.charAt(0) + letters.slice(1).replace(/[aeiouy]/g, '') : letters;
  });
  return key.replace(/(.)\1+/gu, '$1');
}

/** "al" or "el" joined to a name by a hyphen; "al" also by a space ("Al Bab"): no English word is "al". */
const ARTICLE = /^(?:al|el)$/;
/** The article taking a name's first sound ("ash-Sham", "ar-Raqqa", "ez-Zor"), only with its hyphen. */
const SUN_ARTICLE = /^[ae](?:sh|th|dh|[dnrstz])$/;
const HYPHEN = /^[-‐‑]$/;

/** True when `word` is the Arabic article of the name `next` that follows it in `text`. */
function isArticle(text: string, word: Word, next: Word | undefined): boolean {
  if (next === undefined) return false;
  const between = text.slice(word.end, next.start);
  if (ARTICLE.test(word.norm)) return HYPHEN.test(between) || (word.norm === 'al' && /^\s+$/.test(between));
  // "an-Nusra", not "an" of "an N-word": the article's consonant is the name's first.
  return SUN_ARTICLE.test(word.norm) && HYPHEN.test(between) && next.norm.startsWith(word.norm.slice(1));
}
