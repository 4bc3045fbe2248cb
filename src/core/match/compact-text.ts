/**
 * A page sentence as the matcher reads it. The extractor's sentences are slices of their block's text, and V8
 * keeps a slice of a text that holds any character beyond Latin-1 (a curly quote, a dash: most news blocks) two
 * bytes a character, though the sentence itself may hold none. The matcher runs dozens of regexes and scans
 * over each sentence (names, frames, its own extractions); on the benchmark page's sentences they ran about
 * three times faster over a one-byte copy (names: 2.9 against 0.8 µs a sentence), which costs about 0.6 µs.
 */

/** A character beyond Latin-1: a text holding one is two bytes a character however it is copied. */
const WIDE = /[\u{100}-\u{10FFFF}]/u;

/**
 * `text`, or a copy with the same characters that the engine can store one byte a character: JSON.parse builds
 * a fresh string, one byte a character when every character fits (V8). A text that cannot be stored so is
 * returned as it is.
 */
export function compactText(text: string): string {
  if (text.length === 0 || WIDE.test(text)) return text;
  return JSON.parse(JSON.stringify(text)) as string;
}
