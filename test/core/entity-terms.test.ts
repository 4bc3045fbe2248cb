/**
 * The names of a sentence, which anchor everyday figures and tell one outlet's subject from another's: every
 * capitalised word but calendar words, and the first word only when it is a name all the same.
 */
import { describe, expect, it } from 'vitest';
import { entityTerms } from '../../src/core/match/names';

describe('entityTerms', () => {
  it.each([
    ['Officials said the army entered Aleppo.', ['aleppo']],
    // A first word is capitalised anyway…
    ['Damascus declared a truce on Monday.', []],
    ['The talks resumed in Geneva.', ['geneva']],
    // …but a possessive or the first of several capitalised words is a name.
    ['Toronto’s 6,500 miles of water mains see 400 breaks a year.', ['toronto']],
    ["Boston's water commission repaired 75 breaks.", ['boston']],
    ['Thames Water has budgeted $1.4 billion.', ['thame', 'water']],
    ['Loom, a rival startup, reported a 400% rise.', ['loom']],
    ['Netflix, which costs $119 a year, passed 100 million members.', ['netflix']],
    // An opening adverb with a comma is no name.
    ['Later, a car bomb killed 12 people in Idlib.', ['idlib']],
    // Words next to each other are one name, read as a whole: "United Nations" is the UN.
    ['Officials of the United Nations said 12 people died.', ['un']],
    // Calendar words are never names, first or not.
    ['Monday’s strikes killed 12 people in Idlib.', ['idlib']],
    ['Strikes on Monday’s market killed 12 people in Idlib.', ['idlib']],
    // A title's full stop ends no sentence: the name after it is a name.
    ['Talks stalled, Mr. Lavrov said.', ['lavrov']],
    ['The plan came from Gen. Dunford and Sen. McCain.', ['dunford', 'mccain']],
    // Capitals with full stops are a name, and their last stop ends no sentence.
    ['Labor statistics for the U.S. show it.', ['usa']],
    ['Officials said the U.S. Army agreed.', ['usa', 'armi']],
    // A sentence's stop still does.
    ['Talks stalled. Lavrov left.', []],
    // A class or step before its figure is a label, not a name; other words keep their names before a figure.
    ['Orla reached Matagorda as a Category 4 storm.', ['matagorda']],
    ['The plan enters Phase 2 in Geneva.', ['geneva']],
    ['Members of Division 30 entered Syria.', ['divis', 'syria']],
  ])('%s → %j', (sentence, names) => {
    expect(entityTerms(sentence)).toEqual(names);
  });
});
