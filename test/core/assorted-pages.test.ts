import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assortedLabels,
  assortedMatches,
  describeAssorted,
  PAGES,
  scoreAssorted,
} from '../gold/assorted-pages';

describe('a user corpus of assorted saved pages, each read against all of them', () => {
  it.skipIf(!existsSync(PAGES))(
    'keeps the right matches, and most of what it keeps is right',
    () => {
      const score = scoreAssorted(assortedMatches(), assortedLabels());
      console.log(describeAssorted(score));
      // When labelled (thirty-fifth session): 0.514 before that session's rules (reference lists' access days,
      // labels cut short, quoted stock phrases), 0.760 after; the rules were designed on these matches. The
      // thirty-seventh's (code is not read, a stock phrase needs a tie, a title matches only a quotation, a
      // model's number is no count) gave 0.947 and kept 18 of the 19 right.
      expect(score.precision).toBeGreaterThanOrEqual(0.9);
      expect(score.sameKept).toBeGreaterThanOrEqual(0.9);
      // A match no label covers is neither right nor wrong here: too many and the figure says little.
      expect(score.unlabelled).toBeLessThanOrEqual(5);
    },
    120_000,
  );
});
