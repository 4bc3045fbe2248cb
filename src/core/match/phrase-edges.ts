/**
 * Where a heading cut out of a sentence may start and end so that it reads as a phrase. A cut at a count of words
 * left "Mistura last week announced a three-week or two-week pause in the Geneva": a name cut from its first names
 * at one end, and from the noun it names at the other. A heading starts where a clause or a noun phrase does, and
 * ends before a word that starts another phrase, never inside a run of words that name one thing.
 */
import { STOPWORDS } from '../text/stopwords';

/** Words that open a noun phrase: a heading may start on one ("a three-week pause"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words after which a clause of its own starts, subject and all ("… siege of the east where about 300000 …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'where',
  'when',
]);

/**
 * Words that join two things of a kind: after one, the value's own phrase starts when nothing but small words
 * stand between it and the value ("… have been killed and around 10 million have been displaced"), while "Syria
 * and Iraq that it seized in" is one list.
 */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/** Verbs of saying: what comes before them in the clause is the fact and who says it. */
const SAYING: ReadonlySet<string> = new Set(['according', 'said', 'says', 'told', 'reported', 'claimed']);

/**
 * Words that start another clause even without a comma ("… since February 27 but fighting broke out"), or say who
 * said it ("… were wounded according to the medical source"): the fact ends before them.
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...[...CLAUSE_OPENERS].filter((w) => w !== 'where' && w !== 'when'),
  ...SAYING,
]);

/** Pronouns that open a relative clause: its subject is the phrase before it, so a heading may not start after one. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);

/**
 * Words before which a phrase may end: prepositions, conjunctions, relatives, articles, auxiliaries and verbs of
 * saying. A heading ending before one of them ends a phrase; before any other word it may cut a name ("in the
 * Geneva | talks") or a noun ("to neighbouring | countries").
 */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  (
    'about above across after against along amid among around as at before behind below beside between beyond by ' +
    'despite during except for from in inside into near of off on onto outside over since through throughout to ' +
    'toward towards under until upon via with within without ' +
    'but nor so yet while whereas although though because if unless ' +
    'which who whom whose that where when ' +
    'a an the ' +
    'is are was were be been being has have had will would could should may might can ' +
    'said says say told tells according added adds including mostly mainly'
  ).split(' '),
);

/** Naming words a heading may run on past its budget to reach a phrase's end ("… in the Geneva | talks"). */
const RUN_ON = 1;
/** As RUN_ON, for words that follow the value without a break: more than these is text run together, not a name. */
const UNBROKEN = 4;

/**
 * A figure or a number word. Before a naming word, it opens a noun phrase ("two chemical weapons attacks"); a year
 * there is a dateline's ("2016 Airstrikes in Aleppo …").
 */
const NUMBER_WORDS =
  /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands|millions)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A word as looked up: lower-case, without the marks at its edges ("(Lebanese" → "lebanese"). */
function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A small word, or another figure: neither says what the value is about. */
export function isSmallWord(word: string): boolean {
  const w = bare(word);
  return w === '' || STOPWORDS.has(w) || /\d/.test(w) || NUMBER_WORDS.test(w);
}

/** Prepositions that open a phrase of their own ("near Khan Shaykhun on …"); "of" and "to" belong to the word before. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in on at near since during after before under across from for with by among amid over through within'.split(
    ' ',
  ),
);

/** A dateline's word ("4 Apr 2017 An alleged attack …", "10-09-2014"): the date of the page, not of the fact. */
const DATELINE_WORD = /^(?:\d[\d./-]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$/i;

/**
 * Where a heading may start in `list`, best first: the start of the value's clause, an article, a number word,
 * and, when the value is a preposition's object ("on March 30 2017"), a preposition of place or time.
 */
function phraseStarts(list: readonly string[]): number[] {
  // Past the last naming word, only small words stand before the value.
  const lastNaming = list.findLastIndex((w) => !isSmallWord(w));
  let first = 0;
  list.forEach((word, i) => {
    const w = bare(word);
    if (CLAUSE_OPENERS.has(w) || (JOINERS.has(w) && i > lastNaming)) first = i + 1;
  });
  if (first === 0) while (first < list.length && DATELINE_WORD.test(list[first] ?? '')) first++;
  const at = (test: (w: string, i: number) => boolean) =>
    list.flatMap((word, i) => (i >= first && test(bare(word), i) ? [i] : []));
  const clause = first < list.length && !RELATIVES.has(bare(list[first] ?? '')) ? [first] : [];
  const objectOf = PLACE_PREPOSITIONS.has(bare(list.at(-1) ?? ''));
  return [
    ...clause,
    ...at((w) => ARTICLES.has(w)),
    ...at((w, i) => NUMBER_WORDS.test(w) && !YEAR.test(w) && !isSmallWord(list[i + 1] ?? '')),
    ...(objectOf ? at((w) => PLACE_PREPOSITIONS.has(w)) : []),
  ];
}

/**
 * The words of `list` (those before a value in its clause) a heading starts with: from the first of
 * phraseStarts with at most `budget` naming words. A clause opened by a relative pronoun has its subject before
 * it, so does not start one. None when all have more: the heading starts at the value.
 */
export function phraseOpening(list: readonly string[], budget: number): string[] {
  // Naming words from each word to the end, counted once: a passage may run to thousands of words unbroken.
  const from: number[] = Array.from({ length: list.length + 1 }, () => 0);
  for (let i = list.length - 1; i >= 0; i--)
    from[i] = (from[i + 1] ?? 0) + (isSmallWord(list[i] ?? '') ? 0 : 1);
  const start = phraseStarts(list).find((s) => (from[s] ?? 0) <= budget);
  return start === undefined ? [] : list.slice(start);
}

/** True when a phrase may end before `list[k]`. */
function endsBefore(list: readonly string[], k: number): boolean {
  return PHRASE_STARTS.has(bare(list[k] ?? ''));
}

/** Words that join another part on: a heading cut short drops a part it cut ("… people and wounded"). */
const JOINED_PARTS: ReadonlySet<string> = new Set([...JOINERS, ...RELATIVES, ...CLAUSE_OPENERS, 'as', 'if']);

/**
 * The words of `list` (those after a value in its clause) a heading ends with: at least `budget` naming words when
 * the clause has them, up to the end of a phrase (at most RUN_ON naming words further), else back to the last end
 * of a phrase before. A word that starts another clause ends it, and a verb of saying ends it before the source
 * it names ("… 25 civilians a monitoring group said"). A heading ending before its clause does drops the part
 * joined on that it cut ("… more than 230000 people and wounded"), and small words at its end go: a heading ending
 * on "in the" reads as cut off.
 */
export function phraseClosing(list: readonly string[], budget: number): string[] {
  const until = list.findIndex((w) => CLAUSE_WORDS.has(bare(w)));
  let clause = until < 0 ? list : list.slice(0, until);
  const speaker = SAYING.has(bare(list[until] ?? ''))
    ? clause.findLastIndex((w) => ARTICLES.has(bare(w)))
    : -1;
  if (speaker >= 0) clause = clause.slice(0, speaker);
  let count = 0;
  let end = 0;
  let past = 0;
  let ended = false;
  for (let k = 0; k < clause.length; k++) {
    const word = clause[k] ?? '';
    if (endsBefore(clause, k)) {
      end = k;
      ended = true;
      if (count >= budget) break;
    }
    // Before any phrase has ended ("Islamic State fighters killed"), the words after the value are all one phrase.
    if (!isSmallWord(word) && count++ >= budget && ++past > (ended ? RUN_ON : UNBROKEN)) break;
    if (k === clause.length - 1) end = clause.length;
  }
  const out = clause.slice(0, end);
  if (speaker >= 0 || end < clause.length) {
    const joined = out.findLastIndex((w) => JOINED_PARTS.has(bare(w)));
    if (joined >= 0) out.length = joined;
  }
  return withoutSmallEnd(out);
}

function withoutSmallEnd(list: string[]): string[] {
  while (list.length > 0 && isSmallWord(list[list.length - 1] ?? '')) list.pop();
  return list;
}

/**
 * `list` without the small words at its end ("of", "and into"): a phrase ending on one reads as cut off. Figures
 * stay ("killed and five").
 */
export function withoutOpenEnd(list: readonly string[]): string[] {
  const out = [...list];
  while (out.length > 0 && STOPWORDS.has(bare(out[out.length - 1] ?? ''))) out.pop();
  return out;
}
