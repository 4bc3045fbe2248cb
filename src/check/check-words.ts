/**
 * What the check page says: its status line, why nothing was found, the length limit. Pure functions over plain
 * data, so the words are tested on their own and the component stays thin.
 */
import type { DocumentInfo } from '../core/types';
import type { HandedCut } from '../shared/check-handoff';
import { CHECK_TEXT_LIMITS } from '../shared/messages';
import { plural } from '../popup/labels';
import { formatCount } from '../core/text/format-count';

/** "2 other claims found in the text have no context in the corpus."; '' for none. */
export function unmatchedLine(unmatched: number, withContext: number): string {
  if (unmatched === 0) return '';
  const other = withContext > 0 ? 'other ' : '';
  const claims = unmatched === 1 ? 'claim' : 'claims';
  const verb = unmatched === 1 ? 'has' : 'have';
  return `${formatCount(unmatched)} ${other}${claims} found in the text ${verb} no context in the corpus.`;
}

/**
 * The status line and the sentence below it when no claim has context. `english` false: the text does not read as
 * English (see looksEnglish), and that, not the corpus's subjects, is why.
 */
export function nothingFound(
  unmatched: number,
  corpusSize: number,
  english: boolean | null = null,
): { status: string; explanation: string } {
  const corpus = `the corpus’s ${plural(corpusSize, 'document', 'documents')}`;
  const notEnglish = 'This text does not seem to be in English, and Claim Lens reads English only.';
  if (english === false)
    return unmatched === 0
      ? {
          status: 'No claims found in this text',
          explanation: `${notEnglish} It found no figures, dates or quotes in it.`,
        }
      : {
          status: 'No claims with context in this text',
          explanation: `${notEnglish} It found ${plural(unmatched, 'claim', 'claims')} in it (figures in digits, quotes), but it reads what they are about from English words, so it can match them with none of ${corpus}.`,
        };
  if (unmatched === 0)
    return {
      status: 'No claims found in this text',
      explanation:
        'Claim Lens looks for figures (“more than 280,000 killed”), dates (“since March 2011”) and quoted statements, and found none here.',
    };
  return {
    status: 'No claims with context in this text',
    explanation: `Claim Lens found ${plural(unmatched, 'claim', 'claims')} (figures, dates or quotes) in it, but none that ${corpus} report. It compares a text with its corpus only: to check texts on other subjects, add articles about them to your documents.`,
  };
}

/**
 * Said under results checked with another text or another "Written on" day than the form now holds ('' when both
 * are as checked): a day read differently changes which reports a toll or a "last Friday" is matched with.
 */
export function staleNote(textChanged: boolean, dateChanged: boolean): string {
  const again = 'press Check again to update these results.';
  if (textChanged && dateChanged)
    return `The text and “Written on” have changed since it was checked: ${again}`;
  if (textChanged) return `The text has changed since it was checked: ${again}`;
  if (dateChanged) return `“Written on” has changed since the text was checked: ${again}`;
  return '';
}

/**
 * Said above the results of a text that is a copy of a corpus document, in whole or in part: the reader's own saved
 * copy of an article, or a bundled one, which agrees with every word of it and is therefore left out.
 */
export function itselfNote(doc: DocumentInfo): string {
  const outlet = doc.outlet === null ? '' : ` (${doc.outlet})`;
  return `This text is in the corpus as “${doc.title}”${outlet}: that document is not counted as a source on it.`;
}

/** Said of a text over CHECK_TEXT_LIMITS.chars, instead of checking it. */
export function tooLong(chars: number): string {
  return `This text has ${formatCount(chars)} characters; Claim Lens checks up to ${formatCount(CHECK_TEXT_LIMITS.chars)} at once. Check it in parts.`;
}

/** The length under the text box: "1,234 characters" (and the limit, once past half of it). */
export function lengthLine(chars: number): string {
  const of = chars > CHECK_TEXT_LIMITS.chars / 2 ? ` of at most ${formatCount(CHECK_TEXT_LIMITS.chars)}` : '';
  return `${formatCount(chars)} ${chars === 1 ? 'character' : 'characters'}${of}`;
}

/**
 * The keys that check the text from its box, named as the reader's platform names them: "Cmd+Enter" on macOS
 * (`platform` is `navigator.platform`, "MacIntel" there), "Ctrl+Enter" elsewhere. The page takes either anywhere.
 */
export function checkKeys(platform: string): string {
  return /^mac/i.test(platform) ? 'Cmd+Enter' : 'Ctrl+Enter';
}

/** Said of a selected text that is only part of the selection, above the text box. */
export function cutNote(cut: HandedCut, chars: number): string {
  if (cut.kind === 'over-limit')
    return `Your selection has ${formatCount(cut.chars)} characters, more than the ${formatCount(CHECK_TEXT_LIMITS.chars)} Claim Lens checks at once, so it was not checked. The box below holds its first ${formatCount(chars)}: press Check to check them, or select a shorter part and choose “Check with Claim Lens” again.`;
  return `The browser hands extensions at most ${formatCount(chars)} characters of a selection, and Claim Lens could not read yours on the page itself: if you selected more, only this start of it is checked. To check all of it, copy it and paste it below.`;
}

/** What each kind of claim is called in the list of claims without context. */
export const KIND_WORDS = { quantity: 'Figure', date: 'Date', quote: 'Quote' } as const;

/** Characters of text shown on each side of a claim without context. */
const AROUND = 60;

/**
 * The words around [start, end) of `text`, cut at word ends, with "…" where the text goes on: [before, claim,
 * after], so that "12" is shown with what it counts and a reader finds it in a long text.
 */
export function aroundSpan(text: string, start: number, end: number): [string, string, string] {
  let from = Math.max(0, start - AROUND);
  if (from > 0) from = text.indexOf(' ', from) + 1 || start;
  let to = Math.min(text.length, end + AROUND);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  const before = text.slice(Math.min(from, start), start).replace(/\s+/g, ' ');
  const after = text.slice(end, to).replace(/\s+/g, ' ');
  return [
    `${from > 0 ? '…' : ''}${before}`,
    text.slice(start, end).replace(/\s+/g, ' '),
    `${after}${to < text.length ? '…' : ''}`,
  ];
}
