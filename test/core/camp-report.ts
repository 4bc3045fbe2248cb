/**
 * A one-document corpus of a dated everyday toll (a camp struck on Wednesday, October 29, 2014) and a report of
 * it naming only the weekday: what a dateline or byline before the report decides is the day it was written.
 */
import type { CorpusIndex } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';

/** The corpus: the monitor's report of October 30, 2014. */
export function campIndex(): CorpusIndex {
  return builtIndex([
    {
      id: 'camp',
      text:
        'Barrel bombs hit a camp for displaced people.\n\nBarrel bombs dropped on a camp for displaced ' +
        'people killed at least 10 people on October 29, 2014, a monitor said.',
      meta: { date: '2014-10-30' },
    },
  ]);
}

/** Another outlet's report of the same strike, naming only its weekday. */
export const CAMP_REPORT =
  'Barrel bombs dropped on a camp for displaced people killed 10 people on Wednesday, a monitor said.';
