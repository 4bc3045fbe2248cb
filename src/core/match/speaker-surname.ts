/**
 * Who said a quote, by surname: how a page's quote and a corpus quotation are told to be one person's words, or
 * two people's.
 */
import { boundedMemo } from '../text/bounded-memo';
import type { QuoteValue } from '../types';

/** Last word, possessive dropped; capitalised or it is no name. */
const LAST_NAME = /(\p{Lu}[\p{L}\p{M}'’-]*?)(?:['’]s)?[^\p{L}]*$/u;

/** A speaker's description rather than a name: it opens with an article or a word like one. */
const DESCRIBED = /^(?:the|a|an|one|another|some|two|three)\b/iu;

/** A speaker's surname, or null when it has none. */
function readSurname(speaker: string): string | null {
  // A name starts with a capital, or with its post ("mayor Anna Berg", "former president Ellen Marsh"); "the mayor
  // of Ambleside", "a Turkish official", "the UN" describe a speaker, who may be anyone there.
  if (!/^\p{Lu}/u.test(speaker) && DESCRIBED.test(speaker)) return null;
  const m = LAST_NAME.exec(speaker);
  if (!m?.[1] || m.index + m[0].length !== speaker.length) return null;
  // The match must be the last word, not a capital inside it ("a Turkish official" ends lower-case).
  const before = speaker.charAt(m.index - 1);
  return before === '' || /\s/.test(before) ? m[1].toLowerCase() : null;
}

/** readSurname kept per speaker: asked for every passage a page quote is scored against, of the same few. */
export const surname = boundedMemo(1024, readSurname);

/**
 * The surname of the page quote's speaker when the page names them; null for a "he said" taken for the last speaker
 * named, which proves nothing ("he" is often someone named without a quote).
 */
export function speakerSurname(value: QuoteValue): string | null {
  return value.speaker && !value.speakerByPronoun ? surname(value.speaker) : null;
}
