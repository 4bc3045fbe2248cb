/**
 * The readings behind two rules of date-misreads.test.ts: which end of its period a date is (date-bounds.ts), and
 * a time counted from an event told before rather than from the page's day (told-event-time.ts).
 */
import { describe, expect, it } from 'vitest';
import { dateBound } from '../../src/core/match/date-bounds';
import { countsFromToldEvent } from '../../src/core/match/told-event-time';

describe('where a date sits in its period', () => {
  it.each([
    ['Islamists held the town from 2011 to 2013.', '2013', 'end'],
    ['Islamists held the town from 2011 to 2013.', '2011', 'start'],
    ['The city has been under siege since 2014.', '2014', 'start'],
    ['The rebels ruled it between 2012 and 2015, when the army returned.', '2015', 'end'],
    ['The rebels ruled it between 2012 and 2015, when the army returned.', '2012', 'start'],
    ['The militia held the road until March 2016.', 'March 2016', 'end'],
    ['The aid did not arrive until March 2016.', 'March 2016', 'point'],
    ['The town fell in 2013.', '2013', 'point'],
    ['A report from 2013 said so.', '2013', 'point'],
  ])('"%s": %s is a %s', (sentence, date, bound) => {
    const at = sentence.indexOf(date);
    expect(dateBound(sentence, at, at + date.length)).toBe(bound);
  });
});

describe('a time counted from an event told before', () => {
  it.each([
    ['Three days later the United States fired 59 Tomahawk missiles.', true],
    ['Days later, the convoy left the city.', true],
    ['The next day the rebels withdrew 300 fighters.', true],
    ['A week after the attack, 40 trucks reached the town.', true],
    ['The following week 40 trucks reached the town.', true],
    ['Two months afterwards the council met again.', true],
    ['Three days ago the United States fired 59 Tomahawk missiles.', false],
    ['The United States fired 59 Tomahawk missiles at the air base.', false],
    ['The talks will resume in three days.', false],
    ['Later this year the council will meet again.', false],
    // The told day itself, or a day counted back: most often still the page's own news.
    ['Later that day 12 more bodies were found.', false],
    ['Hours later, 12 more bodies were found.', false],
    ['On the same day, 12 people were killed in Idlib.', false],
    ['Deaths rose to 200 this year, up from 120 the previous year.', false],
    ['Two days earlier, rebels had shelled the town.', false],
  ])('"%s": %s', (sentence, told) => {
    expect(countsFromToldEvent(sentence)).toBe(told);
  });
});
