/**
 * Removing the stored entries that are not readable documents (removeUnreadableEntries): exactly those go, every
 * document stays as stored, a write failing midway loses none, and with nothing to remove nothing is written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredEntries } from '../../src/core/corpus/user-documents';
import { storedDocumentEntries } from './fake-storage-area';

const store = vi.hoisted(() => ({
  data: {} as Record<string, unknown>,
  /** Every write (set or remove), in order, by the keys it touched. */
  writes: [] as string[][],
  /** The write (counted from 1) that fails, as a browser's does when storage is full or goes away; 0: none. */
  failWrite: 0,
}));

vi.mock('../../src/shared/browser', async () => {
  const { fakeStorageArea } = await import('./fake-storage-area');
  const area = fakeStorageArea(() => store.data);
  const write =
    <A extends unknown[]>(run: (...args: A) => Promise<void>, keys: (...args: A) => string[]) =>
    async (...args: A) => {
      store.writes.push(keys(...args));
      if (store.writes.length === store.failWrite) throw new Error('storage went away');
      await run(...args);
    };
  return {
    ext: {
      runtime: { getURL: (path: string) => `chrome-extension://x/${path}` },
      storage: {
        local: {
          get: area.get,
          set: write(area.set, (items: Record<string, unknown>) => Object.keys(items)),
          remove: write(area.remove, (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys)),
        },
      },
    },
    extensionAlive: () => true,
  };
});

const { removeUnreadableEntries, loadUserDocuments, addUserDocuments, updateUserDocument } =
  await import('../../src/background/user-documents-store');

/** A stored document as the store writes one; `extra` for what an older or hand-edited one may hold. */
function doc(id: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    text,
    outlet: null,
    title: null,
    date: null,
    url: null,
    added: '2024-01-02T03:04:05.000Z',
    ...extra,
  };
}

const A = doc('user-a', 'The floods killed 412 people.', { outlet: 'Valley Herald' });
/** Readable, with metadata that does not read (a date that is not one, an unknown field): kept as stored. */
const B = doc('user-b', 'The dam had 14 cracks.', { date: 'last Tuesday', note: { by: 'hand' } });
/** A later entry with A's id: counted as unreadable, never listed. */
const A_AGAIN = doc('user-a', 'A different text under the same id.');
/** A part that is one document, not a list (read as one entry, and listed). */
const C = doc('user-c', 'The bridge reopened on Friday.');
const D = doc('user-d', 'Rain fell for 9 days.');

/** Storage with documents and unreadable entries mixed through its parts, and keys that are not parts. */
function mixed(): Record<string, unknown> {
  return {
    userDocuments: [A, 'junk', { id: 'user-empty', text: '   ' }],
    'userDocuments.1': [B, A_AGAIN, 42, null],
    'userDocuments.2': 'not a list, not a document',
    'userDocuments.3': C,
    'userDocuments.4': [{}, ['user-x']],
    'userDocuments.5': [D],
    'userDocuments.x': ['not a part: left alone'],
    settings: { paused: false },
  };
}

/** The stored entries that read as documents, as JSON: what must survive byte for byte. */
function readable(local: Record<string, unknown>): string[] {
  const entries = storedDocumentEntries(local);
  const read = readStoredEntries(entries);
  return entries.filter((_, i) => read[i] !== null).map((entry) => JSON.stringify(entry));
}

beforeEach(() => {
  store.data = {};
  store.writes = [];
  store.failWrite = 0;
});

describe('readStoredEntries', () => {
  it.each<[string, unknown[], (string | null)[]]>([
    ['nothing', [], []],
    ['documents', [A, B], ['user-a', 'user-b']],
    ['not documents', ['junk', 42, null, {}, [A]], [null, null, null, null, null]],
    ['an id not of a user document', [doc('seed-1', 'text')], [null]],
    ['a blank text', [doc('user-blank', ' \n ')], [null]],
    ['the first of two with one id, not the second', [A, B, A_AGAIN], ['user-a', 'user-b', null]],
  ])('%s', (_name, entries, ids) => {
    expect(readStoredEntries(entries).map((read) => read?.id ?? null)).toEqual(ids);
  });
});

describe('removeUnreadableEntries', () => {
  it('removes exactly the unreadable entries, part by part, and keeps every document as stored', async () => {
    store.data = mixed();
    const before = await loadUserDocuments();
    expect(before.unreadable).toBe(8);
    const kept = readable(store.data);
    const outcome = await removeUnreadableEntries(8);
    expect(outcome.removed).toBe(8);
    expect(outcome.found).toBe(8);
    expect(store.data).toEqual({
      userDocuments: [A],
      'userDocuments.1': [B],
      'userDocuments.3': C,
      'userDocuments.5': [D],
      'userDocuments.x': ['not a part: left alone'],
      settings: { paused: false },
    });
    expect(readable(store.data)).toEqual(kept);
    // Part 5 held nothing to remove: it was not written again.
    expect(store.writes.flat().sort()).toEqual([
      'userDocuments',
      'userDocuments.1',
      'userDocuments.2',
      'userDocuments.4',
    ]);
    const after = await loadUserDocuments();
    expect(after).toEqual({ documents: before.documents, unreadable: 0 });
    expect(outcome.stored).toEqual(after);
  });

  it('removes them without a count given, as it would with the right one', async () => {
    store.data = mixed();
    expect((await removeUnreadableEntries()).removed).toBe(8);
    expect((await loadUserDocuments()).unreadable).toBe(0);
  });

  it('keeps the later entry of an id once the first is removed: it is then the document of that id', async () => {
    store.data = { 'userDocuments.1': [A_AGAIN], 'userDocuments.2': ['junk'] };
    expect((await removeUnreadableEntries(1)).removed).toBe(1);
    expect(store.data).toEqual({ 'userDocuments.1': [A_AGAIN] });
  });

  // Each write of the removal, in turn, fails: whatever was written before it, no document is lost.
  it.each([1, 2, 3, 4])('loses no document when write %i fails', async (failing) => {
    store.data = mixed();
    const before = await loadUserDocuments();
    const kept = readable(store.data);
    store.failWrite = failing;
    await expect(removeUnreadableEntries(8)).rejects.toThrow('storage went away');
    expect(readable(store.data)).toEqual(kept);
    const after = await loadUserDocuments();
    expect(after.documents).toEqual(before.documents);
    expect(after.unreadable).toBeGreaterThan(0);
    // What is left to remove is removed by asking again.
    store.failWrite = 0;
    expect((await removeUnreadableEntries(after.unreadable)).removed).toBe(after.unreadable);
    expect(readable(store.data)).toEqual(kept);
    expect((await loadUserDocuments()).unreadable).toBe(0);
  });

  it.each<[string, Record<string, unknown>]>([
    ['nothing stored', {}],
    ['documents alone', { userDocuments: [A], 'userDocuments.1': [B, D], 'userDocuments.2': C }],
    ['keys that are not parts', { 'userDocuments.x': ['junk'], 'userDocuments.01': 'junk', settings: 1 }],
  ])('writes nothing with nothing to remove: %s', async (_name, data) => {
    store.data = structuredClone(data);
    const outcome = await removeUnreadableEntries();
    expect(outcome.removed).toBe(0);
    expect(outcome.found).toBe(0);
    expect(store.writes).toEqual([]);
    expect(store.data).toEqual(data);
  });

  it('removes nothing when storage holds another number than the user was shown', async () => {
    store.data = mixed();
    const outcome = await removeUnreadableEntries(3);
    expect(outcome).toMatchObject({ removed: 0, found: 8 });
    expect(store.writes).toEqual([]);
    expect(store.data).toEqual(mixed());
  });

  it('waits for a change under way, and keeps what it wrote', async () => {
    store.data = { userDocuments: [A, 'junk'] };
    const details = { title: 'Floods', outlet: 'Valley Herald', date: '2016-05-02', url: null };
    const input = {
      name: 'dam.txt',
      text: 'The dam had 14 cracks.',
      outlet: null,
      title: null,
      date: null,
      url: null,
    };
    const [updated, added, outcome] = await Promise.all([
      updateUserDocument('user-a', details),
      addUserDocuments([input], []),
      removeUnreadableEntries(1),
    ]);
    expect(updated.updated).toBe(true);
    expect(added.added.map((d) => d.id)).toEqual(['user-dam']);
    expect(outcome.removed).toBe(1);
    const { documents, unreadable } = await loadUserDocuments();
    expect(unreadable).toBe(0);
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ['user-a', 'Floods'],
      ['user-dam', null],
    ]);
  });
});
