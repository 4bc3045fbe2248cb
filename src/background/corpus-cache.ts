/**
 * The worker's corpus index kept in storage.session between its starts: indexing the user's documents again at
 * every start costs seconds, and the worker may be stopped at any time. Keyed by what it was built from.
 */
import { ext } from '../shared/browser';
import type { UserDocument } from '../core/corpus/user-documents';
import { packText, unpackText } from './packed-text';

/** storage.session key of the extended artifact: indexing the user's documents at every start costs seconds. */
export const CORPUS_CACHE_KEY = 'corpusCache';

/** The cached extension of the bundled artifact, and the user documents it was made from. */
export interface CorpusCache {
  key: string;
  /**
   * The artifact as JSON text. storage.session's quota counts the memory a value takes in the browser, and an
   * artifact stored as objects took about 4.5 times its JSON size there (as a user test measured it): at
   * 1,000,000 characters of documents the cache no longer fitted in 10 MB, and every start of the worker indexed
   * them again (2 s before a page's first highlight). As one string it takes its length; it is stored packed
   * (packText), a third of that.
   */
  artifact: string;
  userIds: string[];
  problems: string[];
}

/** The stored form of CorpusCache: the artifact packed. */
interface StoredCorpusCache extends Omit<CorpusCache, 'artifact'> {
  packed: string;
}

/**
 * What the cache was built from. Session storage is emptied when the extension is updated or reloaded, so the
 * bundled artifact cannot change under it; the user's documents can, and each has an id and a time added. Their
 * metadata is in the key too: it is in the index (names, dates read against), and storage may be changed by
 * other means than this extension's pages.
 */
export function cacheKey(documents: readonly UserDocument[]): string {
  return keyOf(documents.map(cacheEntry));
}

/** cacheKey from its documents' entries. */
export function keyOf(entries: readonly string[]): string {
  return `[${entries.join(',')}]`;
}

/** One document's part of cacheKey. */
export function cacheEntry(d: UserDocument): string {
  return JSON.stringify([d.id, d.added, d.text.length, d.outlet, d.title, d.date, d.url, d.name]);
}

/** The cache made under `key`, or null when there is none, it was made from other documents or does not read. */
export async function readCache(key: string): Promise<CorpusCache | null> {
  try {
    const area = ext.storage.session;
    if (!area) return null;
    const cache = (await area.get(CORPUS_CACHE_KEY))[CORPUS_CACHE_KEY] as
      Partial<StoredCorpusCache> | undefined;
    if (
      cache?.key !== key ||
      typeof cache.packed !== 'string' ||
      !Array.isArray(cache.userIds) ||
      !Array.isArray(cache.problems)
    )
      return null;
    return {
      key,
      artifact: await unpackText(cache.packed),
      userIds: cache.userIds,
      problems: cache.problems,
    };
  } catch {
    return null;
  }
}

/** Saves the cache when session storage exists and has room; without it, the next start indexes again. */
export async function writeCache({ artifact, ...rest }: CorpusCache): Promise<void> {
  try {
    const cache: StoredCorpusCache = { ...rest, packed: await packText(artifact) };
    await ext.storage.session?.set({ [CORPUS_CACHE_KEY]: cache });
  } catch (error) {
    // Over the session quota: nothing is lost but time, which is worth a line in the worker's console.
    console.warn('Claim Lens: the corpus index could not be cached; it is rebuilt at each start', error);
  }
}
