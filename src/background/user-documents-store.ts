/**
 * The documents a user added, in storage.local (they are too big for storage.sync, and belong to this
 * machine). Only the worker writes them; every change is serialised, so two quick adds cannot lose one.
 */
import { ext } from '../shared/browser';
import { serialQueue } from '../shared/promises';
import { CorpusError } from '../core/errors';
import {
  asUserDocument,
  checkNewDocument,
  readUserDocuments,
  type NewDocument,
  type UserDocument,
} from '../core/corpus/user-documents';

/** The storage.local key of the list. */
export const USER_DOCUMENTS_KEY = 'userDocuments';

/** The stored list as it is, entries that cannot be read included (they are kept, never overwritten). */
async function readRaw(): Promise<unknown[]> {
  const raw: unknown = (await ext.storage.local.get(USER_DOCUMENTS_KEY))[USER_DOCUMENTS_KEY];
  if (raw === undefined || raw === null) return [];
  // Something that is not a list at all is kept as one unreadable entry of the new list.
  return Array.isArray(raw) ? raw : [raw];
}

/** The user's documents as stored, or why storage could not be read. */
export interface LoadedUserDocuments {
  documents: UserDocument[];
  /** Stored entries that are not documents (kept in storage as they are). */
  unreadable: number;
  /** Set when storage itself failed: the documents are then missing, not gone. */
  error?: string;
}

/** The user's documents, and how many stored entries could not be read. A storage failure reads as none, and says so. */
export async function loadUserDocuments(): Promise<LoadedUserDocuments> {
  try {
    return readUserDocuments(await readRaw());
  } catch (error) {
    return { documents: [], unreadable: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What one add request did: the documents kept, and each file refused with the reason. */
export interface AddOutcome {
  added: UserDocument[];
  rejected: { name: string; reason: string }[];
}

const serialised = serialQueue();

/**
 * Checks and stores new documents. `bundledIds` are the bundled corpus's ids; `copyOf` names the corpus
 * document a text repeats. Each document is checked on its own (see checkNewDocument): a bad file is refused
 * with its reason and the others are still added.
 */
export function addUserDocuments(
  inputs: readonly NewDocument[],
  bundledIds: readonly string[],
  copyOf?: (text: string, outlet: string | null) => string | null,
): Promise<AddOutcome> {
  return serialised(async () => {
    const raw = await readRaw();
    const { documents } = readUserDocuments(raw);
    const ids = new Set([...bundledIds, ...documents.map((d) => d.id)]);
    const userTexts = documents.map((d) => d.text);
    const outcome: AddOutcome = { added: [], rejected: [] };
    const now = new Date();
    // The name each added document was sent under, to refuse it by if storage will not take it.
    const names: string[] = [];
    for (const input of inputs) {
      try {
        const doc = checkNewDocument(input, copyOf ? { ids, userTexts, copyOf } : { ids, userTexts }, now);
        ids.add(doc.id);
        userTexts.push(doc.text);
        outcome.added.push(doc);
        names.push(input.name);
      } catch (error) {
        const reason = error instanceof CorpusError ? error.reason : String(error);
        outcome.rejected.push({ name: input.name, reason });
      }
    }
    if (outcome.added.length === 0) return outcome;
    try {
      await ext.storage.local.set({ [USER_DOCUMENTS_KEY]: [...raw, ...outcome.added] });
    } catch (error) {
      // Storage refused the list (over the browser's quota, a full disk): what was stored stays as it was, and
      // each document says why it is not there.
      const reason = `could not be stored (${error instanceof Error ? error.message : String(error)})`;
      const refused = names.map((name) => ({ name, reason }));
      return { added: [], rejected: [...outcome.rejected, ...refused] };
    }
    return outcome;
  });
}

/**
 * Removes the user's document `id`, the entry listed under that id (the first that reads as a document); true
 * when it was there. Every other entry stays as it is, a later one with the same id too: it was counted as
 * unreadable, the user never saw its text, and removing one document must not delete another.
 */
export function removeUserDocument(id: string): Promise<boolean> {
  return serialised(async () => {
    const raw = await readRaw();
    const at = raw.findIndex((entry) => asUserDocument(entry)?.id === id);
    if (at < 0) return false;
    await ext.storage.local.set({ [USER_DOCUMENTS_KEY]: raw.filter((_entry, i) => i !== at) });
    return true;
  });
}
