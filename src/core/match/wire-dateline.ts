/**
 * Wire datelines in a sentence: where a story was filed and the agency that filed it ("MOSCOW (Sputnik)",
 * "BEIRUT, Lebanon (Reuters)"), which names neither an actor nor what the story is about (see names.ts,
 * names-clash.ts).
 */
import { WIRE_AGENCIES } from '../text/agencies';

/**
 * A wire dateline: a place in capitals, perhaps its country, then the agency in brackets ("MOSCOW (Sputnik)",
 * "BEIRUT, Lebanon (Reuters)"). Scraped pages run it into the first sentence, and FA-KES's Sputnik reports of
 * attacks in Damascus and in Aleppo all begin "MOSCOW (Sputnik)".
 */
const WIRE_DATELINE = new RegExp(
  `\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3}(?:,\\s+\\p{Lu}\\p{L}+)?\\s*\\((?:${WIRE_AGENCIES})\\)`,
  'gu',
);
/** The most characters of a wire dateline before or after a name in it. */
const WIRE_REACH = 48;

/**
 * True when `sentence[start, end)` lies in a wire dateline (WIRE_DATELINE): where the story was filed and who
 * filed it, not who or what it is about.
 */
export function inWireDateline(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WIRE_REACH);
  const near = sentence.slice(from, end + WIRE_REACH);
  if (!near.includes('(')) return false;
  for (const m of near.matchAll(WIRE_DATELINE))
    if (from + m.index <= start && end <= from + m.index + m[0].length) return true;
  return false;
}
