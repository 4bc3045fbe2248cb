/**
 * A storage area in memory that answers as a browser's does: `get` takes a key, a list of keys or null (all of
 * them), values go in and come out as copies, and `remove` deletes. The worker's tests share it.
 */

/** Makes `get` or `set` throw, as a browser's storage does when it is unavailable or full. */
export interface StorageFaults {
  failGet?: boolean;
  failSet?: boolean;
}

/** An area over the record `data()` returns (read at each call: a test may replace it). */
export function fakeStorageArea(data: () => Record<string, unknown>, faults: StorageFaults = {}) {
  return {
    async get(keys: string | string[] | null) {
      if (faults.failGet) throw new Error('storage is unavailable');
      const all = data();
      const wanted = keys === null ? Object.keys(all) : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(
        wanted.filter((key) => key in all).map((key) => [key, structuredClone(all[key])]),
      );
    },
    async set(items: Record<string, unknown>) {
      if (faults.failSet) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data(), structuredClone(items));
    },
    async remove(keys: string | string[]) {
      if (faults.failSet) throw new Error('QUOTA_BYTES quota exceeded');
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data()[key];
    },
  };
}

/**
 * The user's documents as stored in `local`: the entries of `userDocuments`, then of `userDocuments.1`,
 * `userDocuments.2` … in number order (see user-documents-store.ts), each part that is not a list as one entry.
 */
export function storedDocumentEntries(local: Record<string, unknown>): unknown[] {
  const number = (key: string): number =>
    key === 'userDocuments' ? 0 : Number(key.slice('userDocuments.'.length));
  return Object.keys(local)
    .filter((key) => /^userDocuments(\.[1-9]\d*)?$/.test(key))
    .sort((a, b) => number(a) - number(b))
    .flatMap((key) => {
      const value = local[key];
      return Array.isArray(value) ? value : [value];
    });
}
