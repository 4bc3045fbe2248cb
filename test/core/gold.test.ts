import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD } from '../../src/core/match-claims';
import { evaluateGold, goldItems } from '../gold/evaluate';

describe('gold set', () => {
  it('has at least 60 items, a third of them negatives', () => {
    const items = goldItems();
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(items.filter((i) => i.group === 'negative').length * 3).toBeGreaterThanOrEqual(items.length - 2);
  });

  it('precision and recall are at least 0.9', () => {
    const score = evaluateGold();
    console.log(
      `gold: threshold ${MATCH_THRESHOLD}, precision ${score.precision.toFixed(3)} (${score.truePositives}/${score.predicted}), ` +
        `recall ${score.recall.toFixed(3)} (${score.truePositives}/${score.expected})` +
        (score.errors.length ? `\n  ${score.errors.join('\n  ')}` : ''),
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
