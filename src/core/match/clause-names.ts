/**
 * The names of a clause, as terms: runs of capitalised words, read whole ("United States"), capitals read as
 * their countries ("Moscow launched air strikes" names Russia). clause-roles.ts says which of them act.
 */
import { terms } from '../text/terms';
import { CALENDAR_TERMS } from './subject';
import { CAPITALISED, DETERMINERS, type Word } from './clause-roles';
import { nameTerms } from './names';

/**
 * Capitals that news writes for their countries' governments ("Moscow launched air strikes"), as terms of the
 * country's name.
 */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  [
    ['Moscow Kremlin', 'Russia'],
    ['Washington', 'United States'],
    ['Damascus', 'Syria'],
    ['Tehran', 'Iran'],
    ['Ankara', 'Turkey'],
    ['Beijing', 'China'],
    ['London', 'Britain'],
    ['Paris', 'France'],
    ['Berlin', 'Germany'],
    ['Baghdad', 'Iraq'],
    ['Beirut', 'Lebanon'],
    ['Riyadh', 'Saudi'],
    ['Kyiv Kiev', 'Ukraine'],
  ].flatMap(([capitals = '', country = '']) => {
    const [countryTerm = ''] = terms(country);
    return terms(capitals).map((capital): [string, string] => [capital, countryTerm]);
  }),
);

/**
 * Adds the terms of the name `words[first..last]` to `out`, read whole ("United States" as the US), capitals
 * read as their countries ("Moscow" as Russia), calendar words left out. `knownFirst` says whether the clause's
 * first word, when it starts its sentence, is a name.
 */
export function addNameTerms(
  out: Set<string>,
  words: readonly Word[],
  first: number,
  last: number,
  sentenceStart: boolean,
  knownFirst: (t: string) => boolean,
): void {
  let from = first;
  if (first === 0 && sentenceStart && !nameTerms(words[0]?.text ?? '').some(knownFirst)) from = 1;
  if (from > last) return;
  const name = words
    .slice(from, last + 1)
    .map((w) => w.text)
    .join(' ');
  for (const t of nameTerms(name)) {
    if (!CALENDAR_TERMS.has(t) && !MONTH_ABBREVIATION.test(t)) out.add(CAPITALS.get(t) ?? t);
  }
  // "the Assad regime" and "Syrian regime forces" are one actor: a state's government, whichever name is before
  // it.
  const head = words[last + 1]?.text ?? '';
  if (GOVERNMENT.test(head)) out.add(GOVERNMENT_TERM);
}

/** Words for a state's government after its name, and the one term they fold into (see synonyms.ts). */
const GOVERNMENT = /^(?:regime|government|administration)$/;
const [GOVERNMENT_TERM = ''] = terms('government');

/** Calls `visit` with the first and last word of each name (capitalised words in a row) of `words`. */
export function eachName(
  text: string,
  words: readonly Word[],
  visit: (first: number, last: number) => void,
): void {
  for (let i = 0; i < words.length; i++) {
    if (!CAPITALISED.test(words[i]?.text ?? '')) continue;
    let last = i;
    while (CAPITALISED.test(words[last + 1]?.text ?? '') && text.charAt(words[last]?.end ?? 0) === ' ')
      last++;
    // A run that ends in an article ("… Reuters A suspected gas attack") is a headline's end and a sentence's
    // start.
    if (!DETERMINERS.has(words[last]?.text.toLowerCase() ?? '')) visit(i, last);
    i = last;
  }
}

/** Months as news abbreviates them, which terms() keeps as words ("Sept. 22"). */
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
