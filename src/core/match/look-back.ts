/**
 * Passages that look back: a dated report whose sentence names a year well before (or after) its own ("The last
 * major attack was in 2002, when militants killed more than 20 people") recalls another event, not its news. Its
 * everyday figures are then rivals only for a page figure whose sentence names a year too: a page's "at least 17
 * dead in Tunisia" is that page's attack, not the one of 2002. A day or month named ("on December 11") is most
 * often the news itself, months back or not, and a year close to the report's ("took office in 2022", in 2024)
 * is background to it.
 */
import type { CorpusIndex } from '../corpus/model';
import { writtenDay } from './report-days';
import { perIndex } from './terms-cache';

/** Years between a report and a year its sentence names, at least, for the sentence to recall another event. */
const LOOK_BACK_YEARS = 3;

/** A year written out in a sentence (1800–2099). */
const YEAR = /\b(?:1[89]|20)\d\d\b/;

/** True when the sentence writes a year. */
export function namesAYear(sentence: string): boolean {
  return YEAR.test(sentence);
}

/** True when the passage's own sentence names a year LOOK_BACK_YEARS or more from the year it was written in. */
export const looksBack = perIndex(namesAnotherYear);

function namesAnotherYear(index: CorpusIndex, passageIndex: number): boolean {
  const passage = index.passages[passageIndex];
  const published = writtenDay(index, passageIndex);
  if (!passage || !published) return false;
  const year = Number(published.slice(0, 4));
  return passage.claims.some((c) => {
    const value = index.claims[c]?.value;
    return (
      value?.type === 'date' &&
      value.precision === 'year' &&
      Math.abs(Number(value.start.slice(0, 4)) - year) >= LOOK_BACK_YEARS
    );
  });
}
