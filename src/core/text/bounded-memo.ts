/**
 * A function's answers kept per string key, forgotten all at once when there are `max` of them: the words,
 * names, dates and quotes matching asks about recur from claim to claim, but a long session must not keep every
 * one it ever saw. (Per loaded corpus index, with no bound, see perIndex in match/terms-cache.ts.)
 */
export function boundedMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value as V;
  };
}
