/**
 * What kind of thing a date is given for: a truce, people fleeing, prices. A date's day is shared by all that
 * happened on it, and a sentence's names say where, not what: "26,000 Syrians displaced in Aleppo since February
 * 27" and "bread prices in Damascus have doubled since February 27" are not the truce "in effect since February
 * 27" of a sentence on Damascus's campaign in Aleppo. Two dates whose own subjects each name a kind, and no kind
 * in common, are two facts. The subjects, not the clauses: "killed since the conflict erupted in March 2011 and
 * several attempts at securing a truce have faltered" gives the war's start, not a truce's. Talks are no kind here:
 * a truce is "negotiated".
 */
import { kindTable, kindsIn } from './term-kinds';

/** Words of each kind, as terms (so that "truce" and "cessation of hostilities" fold the matcher's way). */
const KIND_WORDS: readonly string[] = [
  'ceasefire truce cessation armistice',
  'displaced fled fleeing refugees',
  'price prices inflation currency',
];

const KINDS = kindTable(KIND_WORDS);

/** True when the page date's subject and the corpus date's subject each name a kind, and none in common. */
export function dateKindsClash(page: Iterable<string>, corpus: Iterable<string>): boolean {
  const mine = kindsIn(page, KINDS);
  if (mine === 0) return false;
  const theirs = kindsIn(corpus, KINDS);
  return theirs !== 0 && (mine & theirs) === 0;
}
