import { describe, expect, it } from 'vitest';
import { phraseClosing, phraseOpening, withoutOpenEnd } from '../../src/core/match/phrase-edges';

const split = (text: string): string[] => text.split(' ').filter((w) => w !== '');

describe('phraseOpening', () => {
  it.each([
    // The clause whole when it names the value in few words.
    ['The war has killed', 4, 'The war has killed'],
    // Else from an article: never from inside a name ("Mistura last week announced a").
    ['United Nations envoy Staffan de Mistura last week announced a', 4, 'a'],
    [
      'Damascus has repeatedly denied using such weapons during the six-year war which has killed',
      4,
      'the six-year war which has killed',
    ],
    // A clause opened by "where", or by "and" just before the value, is the value's own.
    ['a month-long siege of the city’s rebel-held east where', 4, ''],
    ['more than a quarter of a million people have been killed and', 4, ''],
    // "and" between two names is a list, not a clause's start.
    // A preposition governing the value opens a phrase.
    ['swathes of territory in Syria and Iraq that it seized in', 4, 'in Syria and Iraq that it seized in'],
    // A number word opens a noun phrase, a dateline does not start one.
    [
      'with Ghouta witnessing two chemical weapons attacks in 2013 which left',
      4,
      'two chemical weapons attacks in 2013 which left',
    ],
    ['4 Apr 2017 An alleged chemical attack that killed', 4, 'An alleged chemical attack that killed'],
    ['10-09-2014', 4, ''],
    // A relative pronoun's clause has its subject before it.
    ['which has killed', 4, ''],
    ['', 4, ''],
  ])('%s (%i) → %s', (before, budget, opening) => {
    expect(phraseOpening(split(before), budget).join(' ')).toBe(opening);
  });
});

describe('phraseClosing', () => {
  it.each([
    // Runs on to the end of a name or noun, not "in the Geneva".
    ['pause in the Geneva talks', 2, 'pause in the Geneva talks'],
    [
      'Syrians have fled the civil war to neighbouring countries',
      5,
      'Syrians have fled the civil war to neighbouring countries',
    ],
    // Past the budget, ends where the next phrase starts or the clause ends.
    ['of lives in the past few days', 2, 'of lives in the past few days'],
    [
      'members of the so-called Free Syrian Army on Qalamoun barrens',
      4,
      'members of the so-called Free Syrian Army',
    ],
    // Too far to a phrase's end: back to the last one.
    ['of lives in the past few days talks went on', 2, 'of lives'],
    [
      'Killed in Suspected Gas Attack in Syrias Idlib Dozens of people have been killed',
      5,
      'Killed in Suspected Gas Attack in Syrias Idlib',
    ],
    // One unbroken phrase runs on a little further.
    ['Islamic State fighters killed', 2, 'Islamic State fighters killed'],
    // A part cut short goes; so does the source before a verb of saying.
    ['people and wounded at least a million according to the UN', 2, 'people'],
    ['civilians a monitoring group said on Wednesday', 2, 'civilians'],
    ['civilians and wounded dozens more the Observatory said', 2, 'civilians'],
    [
      'of people from both government-besieged and rebel-besieged areas stranded at two transit points',
      2,
      'of people',
    ],
    // "but" starts another clause.
    ['but fighting broke out in April', 2, ''],
    ['', 2, ''],
  ])('%s (%i) → %s', (after, budget, closing) => {
    expect(phraseClosing(split(after), budget).join(' ')).toBe(closing);
  });
});

describe('phrase edges on bad input', () => {
  it('take a passage of a hundred thousand words without a break in linear time', () => {
    const long = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? 'the' : `word${i % 13}x`));
    const t = performance.now();
    expect(phraseOpening(long, 4).length).toBeLessThanOrEqual(long.length);
    expect(phraseClosing(long, 5).length).toBeLessThan(20);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('withoutOpenEnd keeps figures and drops small words', () => {
    expect(withoutOpenEnd(split('Two people were killed and five'))).toEqual(
      split('Two people were killed and five'),
    );
    expect(withoutOpenEnd(split('fell overnight Wednesday and into'))).toEqual(
      split('fell overnight Wednesday'),
    );
    expect(withoutOpenEnd([])).toEqual([]);
  });
});
