import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { dateAtSlash, yearOfTwoDigits } from '../../src/core/extract/dates-numeric';

const REF = { y: 2016, m: 6, d: 1 };

describe('slash dates', () => {
  const read: [text: string, span: string | null, day: string | null][] = [
    ['5/4/2016 in Geneva', '5/4/2016', '2016-05-04'],
    ['05/04/2016.', '05/04/2016', '2016-05-04'],
    ['12/31/2015, at night', '12/31/2015', '2015-12-31'],
    ['31/12/2015 at night', '31/12/2015', '2015-12-31'],
    ['5/4/16 in Geneva', '5/4/16', '2016-05-04'],
    ['12/1/16 in Geneva', '12/1/16', '2016-12-01'],
    ['5/4/98 in Geneva', '5/4/98', '1998-05-04'],
    ['5/4/17 in Geneva', '5/4/17', '1917-05-04'],
    ['2/29/2016', '2/29/2016', '2016-02-29'],
    ['2/29/2015', null, null],
    ['2/30/2016', null, null],
    ['13/45/2016', null, null],
    ['0/0/00', null, null],
    ['0/5/2016', null, null],
    ['5/0/2016', null, null],
    ['1/2 of them', null, null],
    ['3/4', null, null],
    ['3/1 win', null, null],
    ['24/7', null, null],
    ['5/4/201', null, null],
    ['5/4/20161', null, null],
    ['5/4/2016/7', null, null],
    ['5/4/2016th', null, null],
    ['123/4/2016', null, null],
  ];
  it.each(read)('"%s" → %s', (text, span, day) => {
    const hit = dateAtSlash(text, 0, REF);
    expect(hit ? text.slice(hit.start, hit.end) : null).toBe(span);
    expect(hit?.value.start ?? null).toBe(day);
    if (hit) expect(hit.value).toMatchObject({ end: day, precision: 'day' });
  });

  it('never starts inside a longer figure', () => {
    expect(dateAtSlash('11/5/4/2016', 3, REF)).toBeNull();
    expect(dateAtSlash('15/4/2016', 1, REF)).toBeNull();
  });

  it('puts a two-digit year in the latest century not after the reference year', () => {
    expect(yearOfTwoDigits(16, REF)).toBe(2016);
    expect(yearOfTwoDigits(0, REF)).toBe(2000);
    expect(yearOfTwoDigits(99, { y: 2001, m: 1, d: 1 })).toBe(1999);
    expect(yearOfTwoDigits(1, { y: 2001, m: 1, d: 1 })).toBe(2001);
  });

  it('leaves fractions and scores to the quantity reader, not the date reader', () => {
    const claims = extractClaims('Half the town, 1/2 of homes and 3/4 of schools, fell; the score was 3/1.', {
      referenceDate: '2016-06-01',
    });
    expect(claims.filter((c) => c.kind === 'date')).toEqual([]);
  });
});
