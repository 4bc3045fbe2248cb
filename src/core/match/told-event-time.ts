/**
 * Times counted from an event the text told before, not from the day it was written: "Three days later the
 * United States fired 59 Tomahawk missiles", "The next day the convoy left", "A week after the attack, …". Such a
 * sentence is about the earlier event's time, which the sentence does not give, so the page's own news days (the
 * week before it appeared) are no time for it: a page of 1 May 2017 recalling the strike of 7 April held its 59
 * missiles to the last week of April and found no source.
 */

/** A count of time units: "three", "3", "a few", "several", "some", "a", "one", or none ("days later"). */
const COUNT = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|a\s+few|few|several|some|a\s+couple\s+of|two\s+or\s+three)\s+)?`;

/** Units that move a time off the told event's day ("hours later" is most often still the news day). */
const UNIT = String.raw`(?:days?|weeks?|months?|years?)`;

/**
 * "three days later", "days afterwards", "a week after the attack", "two days on,", "the next day", "the
 * following week", "the day after": a time moved on from the told event by a span. Not "ago" or "earlier", nor
 * "the previous year" ("up from 120 the previous year"), nor "later that day" and "the same day", which count from
 * the writer's day or stay on the told one, often the page's own news day.
 */
const TOLD_EVENT_TIME = new RegExp(
  [
    String.raw`\b${COUNT}${UNIT}\s+(?:later|afterwards?|on(?=\s*,)|after\s+(?:the|that|this|it|its|their|his|her)\b)`,
    String.raw`\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b`,
    String.raw`\bthe\s+(?:day|night|morning|week)\s+after\b`,
  ].join('|'),
  'i',
);

/**
 * True when `text` (a page sentence or clause) places its news by a time counted from an event told before it
 * ("three days later", "the next day"), not from the day the page was written.
 */
export function countsFromToldEvent(text: string): boolean {
  return TOLD_EVENT_TIME.test(text);
}
