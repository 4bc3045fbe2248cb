/**
 * Figures of one kind said of other things (helper 128, from the held-out BBC set's wrong matches, written anew):
 * a race's distance names a contest, whose title or record is one competitor's; an age is one person's, told by
 * the name written against it; a year's result and a quarter's are two periods' figures. Beside each refused pair
 * stand pairs of the same shape that must still match.
 */
import { describe, expect, it } from 'vitest';
import { relationsInOne } from './claim-matches';

/** The relations of the page claim `span`'s matches in a corpus of the one document `corpus`. */
const relations = (page: string, corpus: string, span: string) =>
  relationsInOne(page, corpus, span, '2024-01-01');

describe('a figure of another thing is no match', () => {
  it.each([
    // Another swimmer's title, another runner's record, another sprinter's heat at the same Games.
    [
      'Lena Marsh hopes to win back her world 400m title at the Tokyo championships this summer.',
      'Anna Kowal said she plans to defend her 400m world title at the Tokyo championships in August.',
      '400m',
      [],
    ],
    [
      'Jonas Berg smashes 3,000m world record',
      "Next season he wants to break Omar Haddad's 3,000m and 5,000m world records.",
      '3,000m',
      [],
    ],
    [
      'Jonas Berg smashes world indoor 3,000m record',
      'The Kenyan broke the world indoor 3,000m record on his debut at the meeting last year.',
      '3,000m',
      [],
    ],
    [
      'Kiprop won 800m gold at the 2008 Beijing Olympics, while Mutua took silver in the 400m.',
      'He clocked 1:44 in the heats of the 800m in Beijing on his way to Olympic bronze.',
      '800m',
      [],
    ],
    [
      'Kiprop, the 2008 Olympic 800m champion, and Mutua, the 400m silver medallist from the same Games, both race in Oslo.',
      'Mutua took silver in the 400m at the 2008 Beijing Olympics.',
      '800m',
      [],
    ],
    // The same competitor's contest still matches, and another distance of the same prize is a rival.
    [
      'Kiprop won 800m gold at the 2008 Beijing Olympics, while Mutua took silver in the 400m.',
      "Kiprop, 24, who won the men's 800m title at the Beijing Games, and Mutua, 22, who took the women's 400m silver medal in Beijing, both face bans.",
      '400m',
      ['agrees'],
    ],
    [
      'Kiprop won 800m gold at the 2008 Beijing Olympics.',
      'Kiprop, who won 800m gold at the 2008 Beijing Olympics, faces a two-year ban.',
      '800m',
      ['agrees'],
    ],
    // "He" is named in the sentence before.
    [
      'Kiprop, who won 800m gold at the 2008 Beijing Olympics, faces a two-year ban.',
      'Kiprop has been banned for two years. He won 800m gold at the 2008 Beijing Olympics.',
      '800m',
      ['agrees'],
    ],
    [
      'Kiprop won 800m gold at the Beijing Olympics.',
      'Kiprop won 1500m gold at the Beijing Olympics.',
      '800m',
      ['conflicts'],
    ],
  ])('contests: %s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });

  it.each([
    // Unnamed people who share only the place of a race.
    [
      'The 27-year-old fears the race, which starts on 5 May in Lyon, could disrupt her plans.',
      'The 25-year-old would be a strong candidate for the race in Lyon and hopes to be picked.',
      '27-year-old',
      [],
    ],
    [
      'The 40-year-old teacher was arrested in Leeds on Friday.',
      'The 38-year-old teacher was arrested in Leeds on Friday.',
      '40-year-old',
      [],
    ],
    // The name written against both ages: one person.
    [
      'Lena Marsh, the 27-year-old winger, signed for Lyon.',
      'Lena Marsh, the 26-year-old winger, signed for Lyon.',
      '27-year-old',
      ['conflicts'],
    ],
    [
      'The 27-year-old winger Lena Marsh signed for Lyon.',
      'The 26-year-old winger Lena Marsh signed for Lyon.',
      '27-year-old',
      ['conflicts'],
    ],
  ])('ages: %s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });

  it.each([
    // A year's forecast against a quarter's or a half-year's result.
    [
      'Analysts expect Grocemart to report a small fall in annual pre-tax profits to £240m.',
      'For the three months to 30 June, Grocemart made a pre-tax profit of £60m.',
      '£240m',
      [],
    ],
    [
      'Grocemart made a pre-tax profit of £130m in the first half.',
      'Grocemart reported full-year pre-tax profits of £310m.',
      '£130m',
      [],
    ],
    // One period on both sides, or one side silent on its period: rivals still.
    [
      'Analysts expect Grocemart to report a small fall in annual pre-tax profits to £240m.',
      'Grocemart reported annual pre-tax profits of £228m.',
      '£240m',
      ['conflicts'],
    ],
  ])('periods: %s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });
});
