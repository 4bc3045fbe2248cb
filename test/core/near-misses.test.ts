import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeNearMisses, evaluateNearMisses } from '../gold/near-misses';
import { FAKES } from '../gold/real-pages';

describe('near misses (FA-KES pairs the engine was silent on, labelled)', () => {
  it.skipIf(!existsSync(FAKES))(
    'stays silent on real reports of other events that share a figure and words with the corpus',
    () => {
      const score = evaluateNearMisses();
      console.log(describeNearMisses(score));
      // Drawn in the forty-fourth session from the 1,315 pairs it did not make: two labellers apart agreed on all 80,
      // 79 different (another raid's toll, another day, injured against killed) and 1 same (a vaguer source's "2011"
      // for the war's start, scored 0.575). None of the 79 was made then; a rule that loosens matching shows here
      // before it shows in the precision of the splits sampled from the engine's own matches.
      expect(score.different).toBe(79);
      expect(score.differentMade).toBeLessThanOrEqual(3);
    },
    60_000,
  );
});
