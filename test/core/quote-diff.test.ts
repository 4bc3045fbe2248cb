import { describe, expect, it } from 'vitest';
import { sameStatement } from '../../src/core/match/quote-diff';

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
    // Real differences in what was said.
    [
      'We are also prepared to hold accountable members of the opposition',
      'We also are prepared to hold accountable members of the opposition',
      false,
    ],
    ['patience was not infinite', 'patience is not infinite', false],
    ['would not go unpunished', 'will not go unpunished', false],
    ['on Al Bab are aimed at foiling IS efforts', 'on al-Bab are aimed at foiling Daesh efforts', false],
    ['whether or not Bashar Al-Assad is held accountable', 'whether or not Assad is held accountable', false],
    // "an", "at", "as" are English words: only an article that takes the name's first sound, with its hyphen, goes.
    ['he is an expert in the field', 'he is expert in the field', false],
    ['an-Nusra fighters were seen', 'an Nusra fighters were seen', false],
    ['they met at-Tanf base', 'they met Tanf base', true],
    ['they met at Tanf base', 'they met Tanf base', false],
    ['', '', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameStatement(a, b)).toBe(same);
    expect(sameStatement(b, a)).toBe(same);
  });
});
