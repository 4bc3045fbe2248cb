/**
 * Whether a corpus quotation can be the page quote's speaker's words: by surname when both name one, and by the
 * words a description of the speaker uses ("the central bank governor") when the page only describes them.
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuoteValue } from '../types';
import type { Candidate } from './match-score';
import { speakerSurname, surname } from './speaker-surname';
import { documentTerms } from './terms-cache';
import { terms } from '../text/terms';

/**
 * True when the page names who spoke, by a surname that the corpus quote's speaker does not have, or, when the
 * corpus does not say who spoke, that its document never mentions: a football manager's "we are working very,
 * very hard" is not Kerry's. A surname is the speaker's last word when it is capitalised ("John
 * Kerry", "President Obama", "Staffan de Mistura"); a speaker described ("a Turkish official", "the mayor of
 * Ambleside") is another only in words the document never uses (describedElsewhere), and a missing one proves
 * nothing.
 */
export function otherSpeaker(index: CorpusIndex, doc: number, page: QuoteValue, found: Candidate): boolean {
  const a = speakerSurname(page);
  // Words the document prints as its own, outside quotation marks, may be its author's, whom it seldom names
  // ("…,” writes Pippin Lee" of Lee's own post).
  const quoted = index.claims[found.claim]?.kind === 'quote';
  if (a === null) return quoted && describedElsewhere(index, doc, page);
  const corpus = found.match.value;
  if (corpus.type === 'quote' && corpus.speaker) {
    const b = surname(corpus.speaker);
    return b !== null && a !== b;
  }
  if (!quoted) return false;
  // A quotation whose passage does not say who spoke: someone its document never names did not say it there.
  const name = terms(a)[0];
  return name !== undefined && !documentTerms(index, doc).has(name);
}

/**
 * Words of a quote past which its words alone say whose it is: sixteen words of one bombing's account, the same in
 * two outlets, are one quotation whether one credits "the monitoring group" and the other "the Observatory".
 */
const TELLING_QUOTE_WORDS = 8;

/**
 * True when the page describes who spoke ("the central bank governor", "the manager") in words the corpus document
 * never uses, for a quote short enough to be anyone's ("This is a critical moment"): whoever it is, the document
 * does not quote them. A description its document uses ("the Secretary of State", "a Turkish official") may be the
 * corpus speaker, and a "he said" proves nothing.
 */
function describedElsewhere(index: CorpusIndex, doc: number, page: QuoteValue): boolean {
  if (!page.speaker || page.speakerByPronoun) return false;
  if (page.text.split(/\s+/).filter((w) => w !== '').length >= TELLING_QUOTE_WORDS) return false;
  const words = terms(page.speaker);
  if (words.length === 0) return false;
  const used = documentTerms(index, doc);
  return !words.some((t) => used.has(t));
}
