import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeHalves, halvesLabels, halvesMatches, PAGES, scoreHalves } from '../gold/halves-pages';

describe('halves of saved pages, each read against the other halves', () => {
  it.skipIf(!existsSync(PAGES))(
    'does not lose precision or right matches it had',
    () => {
      const score = scoreHalves(halvesMatches(), halvesLabels());
      console.log(describeHalves(score));
      // Floors against regression, not targets: the figures when labelled (helper 122), less a small
      // margin. The rules of 98a5213 and f227399 came from a run of these halves, so these are no held-out
      // figures: 0.410 (66 right, 95 wrong) at 8a8525e, 0.600 (44 wrong) with helper 120's claims
      // (98a5213), 0.717 (66 right, 26 wrong) with helper 121's rival evidence (f227399), all 66 right kept.
      expect(score.precision).toBeGreaterThanOrEqual(0.68);
      expect(score.sameKept).toBeGreaterThanOrEqual(0.95);
      // A match no label covers is neither right nor wrong here: too many and the figures say little, so a
      // change that brings new matches labels them.
      expect(score.unlabelled).toBeLessThanOrEqual(5);
    },
    180_000,
  );
});
