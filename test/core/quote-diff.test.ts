import { describe, expect, it } from 'vitest';
import { partOfStatement, sameStatement } from '../../src/core/match/quote-diff';

describe('sameStatement', () => {
  it.each([
    // What no speaker said: an editor's bracket, and a name with or without its article.
    [
      'whether or not [Bashar] Al-Assad is going to be held accountable',
      'whether or not Assad is going to be held accountable',
      true,
    ],
    [
      '“whether or not [Bashar] Al-Assad is held accountable.”',
      '"whether or not Assad is held accountable,"',
      true,
    ],
    [
      'air attacks by regime forces on al-Bab are aimed at IS',
      'air attacks by regime forces on Al Bab are aimed at IS',
      true,
    ],
    [
      'air attacks by regime forces on Al-Bab are aimed at IS',
      'air attacks by regime forces on Bab are aimed at IS',
      true,
    ],
    ['the fighters of an-Nusra left the town', 'the fighters of Nusra left the town', true],
    ['the fighters of ash-Sham left the town', 'the fighters of Sham left the town', true],
    ['talks with [the] opposition [groups] resumed today', 'talks with opposition resumed today', true],
    ['we are analysing the results now', 'we are analyzing the results now', true],
    // An editor's aside, a transliteration, a compound in one word or two.
    [
      'two members of Syrias (pro-regime militia) National Defence Forces were killed',
      'two members of Syrias National Defence Forces were killed',
      true,
    ],
    ['the ability of Daesh (IS) to move', 'the ability of Daesh to move', true],
    [
      'blew himself up in the Salihiah neighbourhood of Hasakeh city',
      'blew himself up in the Salihiah neighbourhood of Hasakah city',
      true,
    ],
    ['civilians gathered in the north of Raqqa city', 'civilians gathered in the north of Raqa city', true],
    [
      'air raids southeast of Deir Ezzor city killed 58',
      'air raids southeast of Deir ez-Zor city killed 58',
      true,
    ],
    ['a series of airstrikes throughout the day', 'a series of air strikes throughout the day', true],
    // Real differences in what was said.
    [
      'We are also prepared to hold accountable members of the opposition',
      'We also are prepared to hold accountable members of the opposition',
      false,
    ],
    ['patience was not infinite', 'patience is not infinite', false],
    ['would not go unpunished', 'will not go unpunished', false],
    ['largely inhabited by Shia Muslims', 'largely inhabited by Shiite Muslims', false],
    ['dropped six barrels of chlorine', 'dropped two barrels of chlorine', false],
    ['the men said then', 'the man said then', false],
    ['on Al Bab are aimed at foiling IS efforts', 'on al-Bab are aimed at foiling Daesh efforts', false],
    ['whether or not Bashar Al-Assad is held accountable', 'whether or not Assad is held accountable', false],
    // "an", "at", "as" are English words: only an article that takes the name's first sound, with its hyphen, goes.
    ['he is an expert in the field', 'he is expert in the field', false],
    // The same letters with a hyphen or a space are one spelling, whatever the article rule says.
    ['an-Nusra fighters were seen', 'an Nusra fighters were seen', true],
    ['they met at-Tanf base', 'they met Tanf base', true],
    ['they met at Tanf base', 'they met Tanf base', false],
    ['', '', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameStatement(a, b)).toBe(same);
    expect(sameStatement(b, a)).toBe(same);
  });
});

describe('partOfStatement', () => {
  it.each([
    ['capital', 'the capital of the revolution', true],
    ['the capital of the revolution', 'capital of the revolution', true],
    [
      'effects on Daeshs ability to move',
      'it will have debilitating effects on Daeshs ability to move from Raqa.',
      true,
    ],
    // As sameStatement reads words: an editor's bracket, a name's article.
    ['patience is not infinite with [Bashar] Al-Assad', 'our patience is not infinite with Assad', true],
    // Another word inside, or a word left out inside, is another wording.
    ['our patience is not unlimited', 'Russia needs to understand that our patience is not infinite', false],
    ['would not go unpunished', 'will not go unpunished', false],
    ['shot down after delivering aid', 'shot down in Idlib province after delivering aid', false],
    // Cut right after a negation, the stretch says the opposite.
    [
      'accept a government that includes Assad',
      'We will never accept a government that includes Assad',
      false,
    ],
    ['go unpunished', 'the attack will not go unpunished', false],
    ['leave Aleppo', 'we won’t leave Aleppo', false],
    ['', 'anything at all', false],
  ])('%j and %j: %s', (a, b, part) => {
    expect(partOfStatement(a, b)).toBe(part);
    expect(partOfStatement(b, a)).toBe(part);
  });
});
