/**
 * Quotation marks around a token a program reads, not words anyone said: a header's name ("Content-Type",
 * "X-Custom-Header"), a type ("application/json"), an address, a method ("POST"). Specifications and tutorials
 * quote them on every page, and two such pages agreed as if they quoted one statement. A quoted title of several
 * words ("Super Mario Run", "Euphrates Shield") is left to the matcher: two pages naming one operation or one work
 * do state the same name.
 */
import { isDigit, isLetter, isSpace, isUpper } from '../text/chars';

/** Characters of addresses, types, keys and code: / : = . _ @ < > # ? & + * ( ) { } [ ] */
const IDENTIFIER_MARKS: readonly number[] = [
  47, 58, 61, 46, 95, 64, 60, 62, 35, 63, 38, 43, 42, 40, 41, 123, 125, 91, 93,
];

/**
 * True when the quoted text `t` (trimmed) is one token written as a program writes one: no space, and a character
 * prose keeps out of words (an address's "/", a type's "+", a key's "_" or "=", a figure), a capital after its
 * first letter ("ETag", "Content-Type") or only capitals ("POST"). A quoted single word of prose, a scare quote
 * ("infinite", "double-tap", "Difficult"), is not one.
 */
export function isQuotedToken(t: string): boolean {
  let upper = 0;
  let inner = 0;
  let lower = 0;
  let mark = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) return false;
    if (isDigit(c) || IDENTIFIER_MARKS.includes(c)) mark = true;
    else if (isUpper(c)) {
      upper++;
      if (i > 0) inner++;
    } else if (isLetter(c)) lower++;
  }
  return mark || (lower > 0 ? inner > 0 : upper >= 2);
}
