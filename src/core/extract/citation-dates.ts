/**
 * Citation dates: the day a reference was read or archived ("Retrieved 27 April 2017", "(accessed 3 May 2017)",
 * "Archived from the original on 11 May 2011"), as reference lists print them by the dozen (every Wikipedia
 * article). They say when someone looked at a source, not when anything happened, and two lists' days met as
 * rival dates of nothing ("Retrieved 27 April 2017" against "Retrieved April 28, 2017").
 */

/**
 * The citation's verb right before a date, tried sticky and zero-width at the date's start. Capitalised, as a
 * reference opens with it; in lower case only after a mark, as inside a reference ("(accessed …", ", retrieved
 * on …"), never in prose ("the bodies were retrieved on Monday"). No two runs of blanks meet without a word or
 * a mark between them: matched backwards over a long run, the pattern would try every way to split it.
 */
const CITATION = new RegExp(
  '(?<=(?:\\b(?:Retrieved|Accessed|Archived)|(?:^|[(\\[,;])[ \\t]*(?:[Ll]ast[ \\t]+)?(?:retrieved|accessed|archived))' +
    '(?:[ \\t]+from[ \\t]+the[ \\t]+original)?(?:[ \\t]+on)?[ \\t]*(?::[ \\t]*)?)',
  'my',
);

/** True when the date starting at `start` is the day a cited source was read or archived: no claim. */
export function isCitationDate(text: string, start: number): boolean {
  CITATION.lastIndex = start;
  return CITATION.test(text);
}
