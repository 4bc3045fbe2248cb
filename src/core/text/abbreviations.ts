/**
 * Titles written with a full stop before a name ("Mr. Lavrov", "Gen. Dunford", "Rep. Eliot Engel"), lower-case and
 * without the stop. Among the abbreviations below, and what the name reader skips as no name of its own.
 */
export const TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'maj',
  'capt',
  'lt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
];

/**
 * Words that end with a full stop without ending the sentence ("Mr. Kerry", "Rep. Eliot Engel", "Feb. 27"),
 * compared lower-case and without the final dot. One list for both sentence splitters (corpus passages and
 * the extractor's sentence finder), so a page sentence and a corpus passage are cut the same way.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLES,
  'al',
  'amb',
  'approx',
  'apr',
  'aug',
  'ave',
  'blvd',
  'ca',
  'cf',
  'cmdr',
  'co',
  'corp',
  'cpt',
  'dec',
  'dept',
  'e',
  'e.g',
  'est',
  'etc',
  'feb',
  'fig',
  'fri',
  'ft',
  'gov’t',
  'hon',
  'i',
  'i.e',
  'inc',
  'insp',
  'intl',
  'jan',
  'jr',
  'jul',
  'jun',
  'llc',
  'ltd',
  'mar',
  'messrs',
  'mon',
  'mt',
  'natl',
  'no',
  'nos',
  'nov',
  'oct',
  'op',
  'p',
  'pp',
  'pres',
  'rd',
  'reps',
  'sat',
  'sec',
  'sens',
  'sep',
  'sept',
  'sr',
  'sun',
  'supt',
  'thu',
  'thur',
  'thurs',
  'tue',
  'tues',
  'univ',
  'v',
  'vol',
  'vs',
  'wed',
]);

/**
 * Words that begin a sentence and never follow an abbreviation inside one: after "in the U.S." or "Apple Inc.", a
 * capitalised "The", "He" or "But" starts the next sentence, where a name ("U.S. Army", "Inc. Chief") continues
 * this one. Lower-case; one-letter words are left out, since "J. A. Smith" is one name.
 */
export const SENTENCE_STARTS: ReadonlySet<string> = new Set(
  (
    'the he she it they we you his her its their our this that these those there but and or so yet in on at for ' +
    'from with by after before when while as if since although though however meanwhile also still then some ' +
    'many most all both what who how why where which according last earlier later today yesterday'
  ).split(' '),
);
