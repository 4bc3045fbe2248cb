import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/text/bounded-memo';

describe('boundedMemo', () => {
  it('works a key out once, null and undefined answers included', () => {
    const asked: string[] = [];
    const memo = boundedMemo(10, (key: string) => {
      asked.push(key);
      return key === 'none' ? null : key === 'gone' ? undefined : key.length;
    });
    for (const key of ['abc', 'none', 'gone', 'abc', 'none', 'gone']) memo(key);
    expect(asked).toEqual(['abc', 'none', 'gone']);
    expect([memo('abc'), memo('none'), memo('gone')]).toEqual([3, null, undefined]);
  });

  it('forgets everything once it holds `max` answers, and still answers right', () => {
    const asked: string[] = [];
    const memo = boundedMemo(2, (key: string) => {
      asked.push(key);
      return key.toUpperCase();
    });
    expect([memo('a'), memo('b'), memo('c'), memo('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
