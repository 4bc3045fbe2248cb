/**
 * The options page's corpus section: loads the corpus from the worker, offers the forms that add and export the
 * user's documents, and shows its tables (CorpusDetails.tsx).
 */
import { useCallback, useState } from 'preact/hooks';
import { AddDocuments } from './AddDocuments';
import { ExportDocuments } from './ExportDocuments';
import { CorpusUnavailable } from './CorpusUnavailable';
import { CorpusDetails } from './CorpusDetails';
import { useCorpus } from './use-corpus';
import { sendToWorker } from '../shared/rpc';
import { removals } from './removals';

/**
 * Loads the corpus metadata from the worker and shows it, with the form that adds the user's documents. A corpus
 * that cannot be loaded is said so in words, and the form, the user's documents and their export stay.
 */
export function CorpusView() {
  const { state, reload } = useCorpus();
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  // A corpus loaded again (after an add, a removal, a retry) replaces what went wrong before.
  const refresh = useCallback(async () => {
    await reload();
    setError(null);
  }, [reload]);
  const load = useCallback(() => void refresh(), [refresh]);
  // Without the corpus, the user's own documents as stored: null when they are unknown too.
  const corpus =
    state.status === 'ready' ? state.corpus : state.status === 'unavailable' ? state.stored : null;
  const { remove, removeMany } = removals(corpus, removing, setRemoving, refresh, setError);
  const unavailable = state.status === 'unavailable';
  // Export is offered whenever the user may have documents: with none known for sure, it is not.
  const exportable = corpus === null ? unavailable : corpus.userDocuments.length > 0;
  const form = (
    <>
      <h3>Add your own documents</h3>
      <AddDocuments onAdded={load} yours={corpus?.userDocuments} />
      {exportable && (
        <>
          <h3>Keep a copy of your documents</h3>
          <ExportDocuments count={corpus?.userDocuments.length} />
        </>
      )}
    </>
  );
  return (
    <>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">Loading the corpus…</p>}
      {state.status === 'unavailable' && (
        <CorpusUnavailable yours={state.stored?.documents.length ?? null} onRetry={refresh} />
      )}
      {/* Before the documents: after them, a user with hundreds of documents had to scroll past every one to
          reach it. In one place whatever loaded, so that a message it shows survives the reload after an add. */}
      {state.status !== 'loading' && form}
      {corpus !== null && (state.status === 'ready' || corpus.documents.length > 0) && (
        <CorpusDetails
          corpus={corpus}
          onRemove={remove}
          onRemoveMany={removeMany}
          onUpdate={async (id, details) => {
            await sendToWorker('updateDocument', { id, ...details });
            await refresh();
          }}
          onRemoveUnreadable={async (expected) => {
            // Loaded again even when it failed: entries removed before a failed write are gone all the same.
            try {
              return await sendToWorker('removeUnreadableEntries', { expected });
            } finally {
              await refresh();
            }
          }}
          removing={removing}
          unavailable={unavailable}
          disagreementsFailed={state.status === 'ready' && state.disagreementsFailed === true}
        />
      )}
    </>
  );
}
