/**
 * Removing the user's documents from the options page: one, or those a filter finds, each after the user confirms
 * (the text may exist nowhere else on this machine). While the worker indexes the corpus again, seconds with
 * hundreds of documents, the rows say so, until the reloaded corpus no longer lists them.
 */
import type { StateUpdater } from 'preact/hooks';
import type { CorpusInfo } from '../shared/messages';
import { sendToWorker } from '../shared/rpc';
import { plural } from '../popup/labels';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The two ways to remove: one document by id, or several at once. */
export interface Removals {
  remove(id: string): void;
  removeMany(ids: readonly string[]): void;
}

/**
 * Removals over `corpus`, plain functions over the view's state made anew each render: `removing` holds the ids
 * under way (their buttons wait), `refresh` reloads the corpus once the worker has answered, and `setError` says
 * what could not be removed.
 */
export function removals(
  corpus: CorpusInfo | null,
  removing: ReadonlySet<string>,
  setRemoving: (update: StateUpdater<ReadonlySet<string>>) => void,
  refresh: () => Promise<void>,
  setError: (error: string) => void,
): Removals {
  const done = (ids: readonly string[]) => () =>
    setRemoving((current) => {
      const left = new Set(current);
      for (const id of ids) left.delete(id);
      return left;
    });
  const remove = (id: string): void => {
    if (removing.has(id)) return;
    const title = corpus?.documents.find((d) => d.id === id)?.title ?? id;
    // The text may exist nowhere else on this machine: ask before it is gone.
    if (!window.confirm(`Remove "${title}" from the corpus? Its text is deleted from this browser.`)) return;
    // The worker indexes the corpus again before it answers, seconds with hundreds of documents: the row says
    // so until the reloaded corpus no longer lists it.
    setRemoving((ids) => new Set(ids).add(id));
    sendToWorker('removeDocument', { id })
      .then(refresh)
      .catch((e: unknown) => setError(`"${title}" could not be removed: ${messageOf(e)}`))
      .finally(done([id]));
  };
  const removeMany = (ids: readonly string[]): void => {
    const asked = ids.filter((id) => !removing.has(id));
    if (asked.length === 0) return;
    const what = plural(asked.length, 'document', 'documents');
    const deleted = asked.length === 1 ? 'Its text is' : 'Their texts are';
    if (
      !window.confirm(
        `Remove ${what} from the corpus? ${deleted} deleted from this browser; an export keeps a copy.`,
      )
    )
      return;
    setRemoving((current) => new Set([...current, ...asked]));
    sendToWorker('removeDocuments', { ids: asked })
      .then(refresh)
      .catch((e: unknown) => setError(`${what} could not be removed: ${messageOf(e)}`))
      .finally(done(asked));
  };
  return { remove, removeMany };
}
