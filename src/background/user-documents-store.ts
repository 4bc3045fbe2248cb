/**
 * The documents a user added, in storage.local (they are too big for storage.sync, and belong to this
 * machine). Only the worker writes them; every change is serialised, so two quick adds cannot lose one.
 *
 * They are stored in parts, one per add: `userDocuments` (the whole list, before parts were used) and then
 * `userDocuments.1`, `userDocuments.2`, …, read in that order as one list. A browser sends every storage change,
 * its old and new values, to each script that listens for changes, the content script of every open tab
 * included: with the documents as one list, each add sent them all to every tab, whose page then stopped for
 * 157 ms at 1.04 million characters (Chromium). An add now writes only its own documents, and a removal rewrites
 * only the part that held the document.
 */
import { ext } from '../shared/browser';
import { serialQueue } from '../shared/promises';
import { CorpusError } from '../core/errors';
import {
  asUserDocument,
  checkedDetails,
  checkNewDocument,
  type DocumentDetails,
  readStoredEntries,
  readUserDocuments,
  type NewDocument,
  type UserDocument,
} from '../core/corpus/user-documents';

/** The storage.local key of the first part of the documents, the only one before they were stored in parts. */
export const USER_DOCUMENTS_KEY = 'userDocuments';

/**
 * The part number of a storage key, in decimal digits: "0" for USER_DOCUMENTS_KEY, "n" for `userDocuments.n`, null
 * for other keys. Kept as digits, not a Number: a part numbered past 2^53 (a tampered key) would read as another
 * number, and capping the digits instead left an add with no number to take after the highest.
 */
function partNumber(key: string): string | null {
  if (key === USER_DOCUMENTS_KEY) return '0';
  return /^userDocuments\.([1-9]\d*)$/.exec(key)?.[1] ?? null;
}

/** Orders part numbers (digits with no leading zero) as numbers: a longer one is larger. */
export function comparePartNumbers(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The part number after `n` (digits with no leading zero), however many digits it has. */
export function nextPartNumber(n: string): string {
  const digits = n.split('');
  let i = digits.length - 1;
  for (; i >= 0 && digits[i] === '9'; i--) digits[i] = '0';
  if (i < 0) return `1${digits.join('')}`;
  digits[i] = String(Number(digits[i]) + 1);
  return digits.join('');
}

/** Whether a storage.local key holds user documents (a part of them): a change to it changes the corpus. */
export function isUserDocumentsKey(key: string): boolean {
  return partNumber(key) !== null;
}

/** One stored part: its key, number, and entries as they are, unreadable ones included. */
interface Part {
  key: string;
  n: string;
  entries: unknown[];
}

/** The stored parts in order. */
async function readParts(): Promise<Part[]> {
  const all: Record<string, unknown> = await ext.storage.local.get(null);
  const parts: Part[] = [];
  for (const [key, value] of Object.entries(all)) {
    const n = partNumber(key);
    if (n === null || value === undefined || value === null) continue;
    // Something that is not a list at all is kept as one entry of the list, which may read as a document.
    parts.push({ key, n, entries: Array.isArray(value) ? value : [value] });
  }
  return parts.sort((a, b) => comparePartNumbers(a.n, b.n));
}

/** The documents the parts hold, read as one list. */
function readAll(parts: readonly Part[]): LoadedUserDocuments {
  return readUserDocuments(parts.flatMap((part) => part.entries));
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
    return readAll(await readParts());
  } catch (error) {
    return { documents: [], unreadable: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What one add request did: the documents kept, and each file refused with the reason. */
export interface AddOutcome {
  added: UserDocument[];
  rejected: { name: string; reason: string }[];
  /** What storage holds after it, known without reading every document again (see freshCorpus). */
  stored: LoadedUserDocuments;
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
    const parts = await readParts();
    const stored = readAll(parts);
    const ids = new Set([...bundledIds, ...stored.documents.map((d) => d.id)]);
    const userTexts = stored.documents.map((d) => d.text);
    const outcome: AddOutcome = { added: [], rejected: [], stored };
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
      const key = `${USER_DOCUMENTS_KEY}.${nextPartNumber(parts.at(-1)?.n ?? '0')}`;
      await ext.storage.local.set({ [key]: outcome.added });
    } catch (error) {
      // Storage refused the part (over the browser's quota, a full disk): what was stored stays as it was, and
      // each document says why it is not there.
      const reason = `could not be stored (${error instanceof Error ? error.message : String(error)})`;
      const refused = names.map((name) => ({ name, reason }));
      return { added: [], rejected: [...outcome.rejected, ...refused], stored };
    }
    // The new part comes last, and its ids were checked against every stored one: read back, the list reads so.
    return { ...outcome, stored: { ...stored, documents: [...stored.documents, ...outcome.added] } };
  });
}

/** What a removal did, and what storage holds after it, known without reading it again (see freshCorpus). */
export interface RemoveOutcome {
  removed: boolean;
  stored: LoadedUserDocuments;
}

/**
 * Removes the user's document `id`, the entry listed under that id (the first that reads as a document). Every
 * other entry stays as it is, a later one with the same id too: it was counted as unreadable, the user never saw
 * its text, and removing one document must not delete another.
 */
export async function removeUserDocument(id: string): Promise<RemoveOutcome> {
  const { removed, stored } = await removeUserDocuments([id]);
  return { removed: removed > 0, stored };
}

/** What an edit did: whether there was such a document, and what storage holds after it. */
export interface UpdateOutcome {
  updated: boolean;
  stored: LoadedUserDocuments;
}

/**
 * Gives the user's document `id` (the entry removeUserDocument would remove) the title, outlet, date and address
 * `details`, checked as an added document's are; its text and when it was added stay. Throws a CorpusError when a
 * field is not one (a date not YYYY-MM-DD), writing nothing.
 */
export function updateUserDocument(id: string, details: DocumentDetails): Promise<UpdateOutcome> {
  return serialised(async () => {
    const parts = await readParts();
    for (const part of parts) {
      const at = part.entries.findIndex((entry) => asUserDocument(entry)?.id === id);
      const doc = at < 0 ? null : asUserDocument(part.entries[at]);
      if (!doc) continue;
      const entries = [...part.entries];
      entries[at] = { ...doc, ...checkedDetails(doc.title ?? doc.name ?? id, details) };
      await ext.storage.local.set({ [part.key]: entries });
      part.entries = entries;
      return { updated: true, stored: readAll(parts) };
    }
    return { updated: false, stored: readAll(parts) };
  });
}

/** What removing several documents did: how many went, and what storage holds after it. */
export interface RemoveManyOutcome {
  removed: number;
  stored: LoadedUserDocuments;
}

/**
 * Removes the user's documents `ids` at once, each as removeUserDocument removes one: a part is written once
 * however many of its documents go, and the corpus is indexed again once, not once per document.
 */
export function removeUserDocuments(ids: readonly string[]): Promise<RemoveManyOutcome> {
  return serialised(async () => {
    const parts = await readParts();
    const left = new Set(ids);
    let removed = 0;
    for (const part of parts) {
      if (left.size === 0) break;
      const rest = part.entries.filter((entry) => {
        const id = asUserDocument(entry)?.id;
        if (id === undefined || !left.delete(id)) return true;
        removed++;
        return false;
      });
      if (rest.length === part.entries.length) continue;
      if (rest.length === 0) await ext.storage.local.remove(part.key);
      else await ext.storage.local.set({ [part.key]: rest });
      part.entries = rest;
    }
    return { removed, stored: readAll(parts) };
  });
}

/** What removing the unreadable entries did, and what storage holds after it (see freshCorpus). */
export interface RemoveUnreadableOutcome {
  /** How many entries went. */
  removed: number;
  /** How many unreadable entries storage held when asked: all of them went, or, when it was not `expected`, none. */
  found: number;
  stored: LoadedUserDocuments;
}

/**
 * Each part's entries without its unreadable ones (see readStoredEntries), read across the parts in order as the
 * corpus reads them: a document is kept as stored, the same object, whatever its metadata.
 */
function readableEntries(parts: readonly Part[]): unknown[][] {
  const read = readStoredEntries(parts.flatMap((part) => part.entries));
  let at = 0;
  return parts.map((part) => part.entries.filter(() => read[at++] !== null));
}

/**
 * Removes the stored entries that are not readable documents, the ones the options page counts as unreadable, at
 * the user's deliberate request (they are kept otherwise: a newer version of Claim Lens may read them, or a person
 * repair them). Every document the corpus lists stays as it is stored, the first of two with one id included.
 *
 * Each part is written on its own, as every change here is, with one `set` (or one `remove`, when nothing of it is
 * left) that storage applies whole. Taking unreadable entries out never changes which entries read as documents,
 * nor in which order: a failure or a crash between two parts' writes leaves every document there, and some
 * unreadable entries still to remove. `expected` is the number the user was shown and agreed to remove: storage
 * that holds another (it changed since) is left as it is. With nothing to remove, nothing is written.
 */
export function removeUnreadableEntries(expected?: number): Promise<RemoveUnreadableOutcome> {
  return serialised(async () => {
    const parts = await readParts();
    const kept = readableEntries(parts);
    const found = parts.reduce((n, part, i) => n + part.entries.length - (kept[i]?.length ?? 0), 0);
    if (found === 0 || (expected !== undefined && expected !== found))
      return { removed: 0, found, stored: readAll(parts) };
    let removed = 0;
    for (const [i, part] of parts.entries()) {
      const rest = kept[i] ?? part.entries;
      if (rest.length === part.entries.length) continue;
      if (rest.length === 0) await ext.storage.local.remove(part.key);
      else await ext.storage.local.set({ [part.key]: rest });
      removed += part.entries.length - rest.length;
      part.entries = rest;
    }
    return { removed, found, stored: readAll(parts) };
  });
}
