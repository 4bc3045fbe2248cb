import { describe, expect, it } from 'vitest';
import { WorkerAnswers } from '../../src/content/worker-answers';
import type { ScannedClaim } from '../../src/core/types';
import { match, quantityClaim, result } from './fixtures';

const found = (text: string): ScannedClaim[] => [
  { claim: quantityClaim(text, 1, 0), result: result([match('agrees')]) },
];
const request = Promise.resolve();

describe('WorkerAnswers', () => {
  it('keeps answers for one reference date and forgets them on another', () => {
    const answers = new WorkerAnswers<string>();
    const epoch = answers.epochFor('2016-03-01');
    answers.settle(new Map([['a', ['w']]]), new Map([['a', found('a')]]), epoch);
    expect(answers.answer('a')).toEqual(found('a'));
    expect(answers.epochFor('2016-03-01')).toBe(epoch);
    expect(answers.epochFor('2016-04-01')).not.toBe(epoch);
    expect(answers.answer('a')).toBeUndefined();
  });

  it('drops an answer to a request sent before the answers went', () => {
    const answers = new WorkerAnswers<string>();
    const epoch = answers.epochFor('2016-03-01');
    answers.forget();
    answers.settle(new Map([['a', ['w']]]), new Map([['a', found('a')]]), epoch);
    expect(answers.answer('a')).toBeUndefined();
  });

  it('lets a window join a text on its way only within the same epoch', () => {
    const answers = new WorkerAnswers<string>();
    const epoch = answers.epochFor('2016-03-01');
    answers.ask('a', { epoch, waiting: ['w1'], request });
    expect(answers.asked('a', epoch)?.waiting).toEqual(['w1']);
    expect(answers.asked('a', epoch + 1)).toBeUndefined();
  });

  it("ends only the settled request's own waits", () => {
    const answers = new WorkerAnswers<string>();
    const old = answers.epochFor('2016-03-01');
    const oldWaiting = ['w1'];
    answers.ask('a', { epoch: old, waiting: oldWaiting, request });
    answers.forget();
    const epoch = answers.epochFor('2016-03-01');
    answers.ask('a', { epoch, waiting: ['w2'], request });
    answers.settle(new Map([['a', oldWaiting]]), new Map(), old);
    expect(answers.asked('a', epoch)?.waiting).toEqual(['w2']);
    answers.settle(new Map([['a', answers.asked('a', epoch)!.waiting]]), new Map([['a', []]]), epoch);
    expect(answers.asked('a', epoch)).toBeUndefined();
    expect(answers.answer('a')).toEqual([]);
  });

  it('keeps at most 5,000 answers, dropping the oldest first', () => {
    const answers = new WorkerAnswers<string>();
    const epoch = answers.epochFor('2016-03-01');
    const many = new Map(Array.from({ length: 5_001 }, (_, i) => [`t${i}`, found(`t${i}`)] as const));
    answers.settle(new Map(), many, epoch);
    expect(answers.answer('t0')).toBeUndefined();
    expect(answers.answer('t1')).toBeDefined();
    expect(answers.answer('t5000')).toBeDefined();
  });
});
