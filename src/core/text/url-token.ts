/**
 * Figures and words inside a web address: `index.php?title=Tesla&oldid=746574460`, `…/syria-two-killed-in-aleppo`.
 * A reference list or a "Retrieved from" line prints them in the text, and read as claims an oldid is a figure
 * and a slug's "two" a count. They are the address's parts, not statements.
 */
import { isSpace } from './chars';

/** How far back from a hit the address's start is looked for. Addresses are rarely longer before a figure. */
const MAX_BEFORE = 256;
/** How far ahead the address's end is looked for, to resume the scan past it. */
const MAX_AFTER = 2048;

/** Characters an address puts right before a part of it: / - = & ? % _ . ~ + # : @ */
function isAddressGlue(c: number): boolean {
  return (
    c === 47 ||
    c === 45 ||
    c === 61 ||
    c === 38 ||
    c === 63 ||
    c === 37 ||
    c === 95 ||
    c === 46 ||
    c === 126 ||
    c === 43 ||
    c === 35 ||
    c === 58 ||
    c === 64
  );
}

/** Where a token of the text ends: white space, a quotation mark, a bracket or an angle bracket. */
function endsToken(c: number): boolean {
  return (
    isSpace(c) ||
    c === 34 ||
    c === 39 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 60 ||
    c === 62
  );
}

/**
 * The end of the web address holding the hit that starts at `s`, or -1 when the hit is not in one. An address is a
 * token (no space or quotation mark in it) with a scheme ("https://"), starting with "www.", or with a query before
 * the hit ("?title=Tesla&oldid="). Only a hit glued to the character before it can be inside one, so a figure
 * after a space costs one comparison.
 */
export function urlTokenEnd(text: string, s: number): number {
  if (s === 0 || !isAddressGlue(text.charCodeAt(s - 1))) return -1;
  const lo = Math.max(0, s - MAX_BEFORE);
  let j = s - 1;
  let query = false;
  let value = false;
  let address = false;
  while (j >= lo && !endsToken(text.charCodeAt(j))) {
    const c = text.charCodeAt(j);
    if (c === 61) value = true;
    else if (c === 63 && value) query = true;
    else if (c === 47 && text.charCodeAt(j - 1) === 47 && text.charCodeAt(j - 2) === 58) address = true;
    j--;
  }
  // The token's start, when the window reached it.
  if ((j >= lo || lo === 0) && text.startsWith('www.', j + 1)) address = true;
  if (!address && !query) return -1;
  const hi = Math.min(text.length, s + MAX_AFTER);
  let k = s;
  while (k < hi && !endsToken(text.charCodeAt(k))) k++;
  // An address's last character is no sentence's full stop or comma: "… see example.com/a?b=2." goes on after it.
  while (k > s && isSentencePunctuation(text.charCodeAt(k - 1))) k--;
  return k;
}

/** A full stop, comma, semicolon or colon: ends a sentence or clause when it closes a token. */
function isSentencePunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58;
}
