/**
 * The word tables the quantity reader consults: units after a figure, label words before it,
 * clock-time markers, and the words that make "one" a pronoun. Kept apart from the reader so the
 * reading logic in quantities.ts is not buried under a hundred lines of lists.
 */
import { SCALES, SMALL_NUMBERS } from '../text/number-words';
import { LowerWords } from '../text/word-table';

/** Units written after a figure → QuantityValue.unit. Plurals and singulars both listed. */
export const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['percent', 'percent'],
  ['pc', 'percent'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['decade', 'decade'],
  ['decades', 'decade'],
  ['km', 'km'],
  ['kilometres', 'km'],
  ['kilometers', 'km'],
  ['kilometre', 'km'],
  ['kilometer', 'km'],
  ['mile', 'mile'],
  ['miles', 'mile'],
  ['mi', 'mile'],
  ['metres', 'm'],
  ['meters', 'm'],
  ['metre', 'm'],
  ['meter', 'm'],
  ['kg', 'kg'],
  ['kilograms', 'kg'],
  ['tonnes', 'tonne'],
  ['tons', 'tonne'],
  ['dollars', 'usd'],
  ['euros', 'eur'],
]);

/** Words before a figure that make it a label, not a count: "Page 2", "No. 5", "version 3", "Flight 17". */
export const LABEL_WORDS = LowerWords.set([
  'page',
  'p',
  'pp',
  'chapter',
  'title',
  'section',
  'part',
  'step',
  'no',
  'number',
  'vol',
  'volume',
  'issue',
  'episode',
  'season',
  'figure',
  'fig',
  'table',
  'line',
  'item',
  'article',
  'rule',
  'route',
  'flight',
  'room',
  'platform',
  'gate',
  'exit',
  'highway',
  'channel',
  'version',
  'v',
  'ver',
  'release',
  'build',
  'grade',
  'level',
  'tier',
  'slide',
  'paragraph',
  'clause',
  'resolution',
  'ext',
  'tel',
  'phone',
  'fax',
  'box',
  'suite',
  'apt',
  'unit',
  'lot',
  'code',
  'id',
  'ref',
  'isbn',
  'doi',
  'pin',
  'zip',
  'postcode',
  'url',
  // A page's view counter ("Print Tweet Views 1430"): furniture, though it counts something.
  'views',
  // Trackers' and version control's numbers ("Bug 1637059", "revision 6"; not "commit", a verb before a count),
  // and the numbers that name military units and their bases ("Division 30", "Regiment 137"): labels, not counts.
  'bug',
  'ticket',
  'revision',
  'rev',
  'division',
  'brigade',
  'regiment',
  'battalion',
]);

/** Labels written cut short, with a full stop before their figure ("No. 5", "Nr. 5", "pp. 23", "Vol. 2"). */
export const SHORT_LABEL_WORDS = LowerWords.set([
  'no',
  'nr',
  'p',
  'pp',
  'vol',
  'fig',
  'v',
  'ver',
  'rev',
  'ext',
  'tel',
  'apt',
  'ref',
]);

/**
 * Labels that name a field, with a colon before their figure ("ID: 285217", "Tel: 555 0100"). Not every label
 * word: "The issue: 300,000 people are trapped" counts.
 */
export const FIELD_LABEL_WORDS = LowerWords.set([
  'id',
  'ref',
  'isbn',
  'doi',
  'tel',
  'phone',
  'fax',
  'ext',
  'zip',
  'postcode',
  'pin',
  'code',
  'no',
  'nr',
  'views',
]);

/** Words before a figure that make a four-digit one a clock time when a date follows (see isStampTime). */
export const STAMP_WORDS = LowerWords.set(['updated', 'posted', 'published', 'modified']);

/** Words after a figure that make it a clock time. */
export const TIME_WORDS = LowerWords.set([
  'am',
  'pm',
  'gmt',
  'utc',
  'bst',
  'cet',
  'est',
  'edt',
  'pst',
  'hrs',
  'oclock',
]);

/** Words after "one" that make it a pronoun or idiom rather than a count. */
export const ONE_NOT_COUNT = LowerWords.set([
  'of',
  'another',
  'or',
  'and',
  'way',
  'thing',
  'day',
  'time',
  'side',
  'hand',
  'point',
]);

/** Words before "one" that make it a pronoun ("no one", "the one", "which one") rather than a count. */
export const ONE_NOT_AFTER = LowerWords.set([
  'no',
  'any',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
]);

/** Words between "of" and the whole that still make it one figure: "15 of the 18", "two of its five". */
export const WHOLE_DETERMINERS = LowerWords.set([
  'the',
  'its',
  'their',
  'those',
  'these',
  'his',
  'her',
  'our',
]);

/**
 * Words after a span of time that make it an offset from an event told before ("Three days later the United States
 * fired …", "two weeks earlier"): when something happened, which says nothing of how long anything lasted.
 */
export const OFFSET_WORDS = LowerWords.set(['later', 'earlier', 'afterwards', 'afterward']);

/** Units of time: a figure in one says how long something lasted, and what lasted is named as a count's thing is. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'year']);

/**
 * Units that measure no amount of anything: shares, ranks and spans of time. A count never leaves one out (see
 * compare-values' STRICT_UNITS), and in a Title Case headline one goes on with its figure (see in-name.ts).
 */
export const NON_MEASURE_UNITS: ReadonlySet<string> = new Set([
  'percent',
  'percentage-point',
  'ordinal',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
]);

/** UNIT_WORDS by span, each with its own spelling (an "ago" reads the spelling). */
export const UNITS_BY_SPAN = new LowerWords(
  [...UNIT_WORDS].map(([w, unit]) => [w, { unit, word: w }] as const),
);
/** Scale words ("million") by span → multiplier. */
export const SCALES_BY_SPAN = new LowerWords(SCALES);
/** Small number words ("five") by span → value. */
export const SMALL_BY_SPAN = new LowerWords(SMALL_NUMBERS);
