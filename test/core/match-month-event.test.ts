/**
 * Two dates coarser than a day belong to one event only when their sentences share two words of what happened
 * (see namedTwice): a month is shared by everything that happened in it, and one word besides it is as often a
 * place, a person or a word any event of the kind has.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  { id: 'dockers', text: 'Dock workers in Portland walked off the job in March in a dispute over pay.' },
  { id: 'ferry', text: 'A new ferry service between Portland and Halifax was launched in March.' },
  { id: 'bread', text: 'Bread prices in Norland fell sharply in October, the statistics office said.' },
  { id: 'regatta', text: 'Ingrid Solberg won silver at the Nordic Regatta in Bergen in July.' },
  { id: 'bridge', text: 'Repairs to the Halden bridge started in May 2019 and will take two years.' },
  { id: 'vote', text: 'Voters in Norland go to the polls in June to elect a new parliament.' },
  { id: 'timber', text: 'Timber exports from Norland are expected to continue to climb in 2020.' },
  { id: 'count', text: 'The ballots were counted overnight and the result came on 11 June.' },
];

const index = builtIndex(DOCS);

const matches = (text: string, span: string) =>
  matchesOf(index, text, (c) => c.kind === 'date' && c.text === span, '2019-09-01');

describe('two dates of a month and the event each belongs to', () => {
  it.each([
    // Only the place is shared: another thing that happened there that month.
    ['The city council of Portland approved a harbour budget in March.', 'March', []],
    ['Tourist numbers in Portland doubled in March.', 'March', []],
    // A new budget is not a new ferry service.
    ['The city council approved a new Halifax harbour budget in March.', 'March', []],
    // Only a change is shared, of another figure.
    ['Steel output in Norland fell by a tenth in October.', 'October', []],
    // Only the country and what is foreseen of two figures.
    ['The debt of Norland is expected to continue to grow in 2020.', '2020', []],
    // Only the town and a start: another work that started there.
    ['Ticket sales for the Halden folk concert started in May 2019.', 'May 2019', []],
    // Only the person: another race.
    ['Solberg crashed out of a marathon in July.', 'July', []],
    // The event, named twice over.
    ['Portland dock workers walked out in March over their pay.', 'March', [['dockers', 'agrees']]],
    ['The Portland to Halifax ferry service began sailing in March.', 'March', [['ferry', 'agrees']]],
    ['Norland elects its new parliament in June.', 'June', [['vote', 'agrees']]],
    ['Solberg took silver at the Nordic Regatta in July.', 'July', [['regatta', 'agrees']]],
    // Two days need no more than one word: events seldom share a day by chance.
    ['The election result was declared on 11 June.', '11 June', [['count', 'agrees']]],
  ])('%s', (text, span, expected) => {
    expect(matches(text, span)).toEqual(expected);
  });
});
