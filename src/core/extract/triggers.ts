/**
 * The one regex the extractor runs over the whole text: figures, number words, month and weekday
 * names and relative-date words. Every hit is then read by hand in a small window, so the costly
 * parsing happens only where a claim can be. Alternatives are plain words (no nested quantifiers):
 * the scan is linear.
 */
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundreds?',
  'thousands?',
  'millions?',
  'billions?',
  'trillions?',
  'dozens?',
  'scores',
]
  .map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`)
  .join('|');
const RELATIVE = '[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|week|month|year';

/** Source of the trigger regex; compile with the 'g' flag per call (lastIndex is state). */
export const TRIGGER_SOURCE = `[0-9]+|\\b(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|${NUMBER_WORDS}|${RELATIVE})\\b`;
