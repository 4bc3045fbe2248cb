/**
 * Saving the user's documents to a file. They are kept in this browser only: the file is the user's copy,
 * survives removing the extension, and moves them to another browser (the add form reads it back).
 */
import { useState } from 'preact/hooks';
import { plural } from '../popup/labels';
import { saveDocumentsExport, type ExportOutcome } from './save-documents-export';

/**
 * The export button and what it did; `count` is how many documents the user has added, unknown when the corpus
 * could not be loaded and storage not read either (the export may still read it).
 */
export function ExportDocuments({ count }: { count?: number | undefined }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const save = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    setOutcome(await saveDocumentsExport());
    setBusy(false);
  };
  return (
    <div class="export-documents" data-testid="export-documents">
      <p class="muted">
        {count === undefined
          ? 'The documents you added are kept in this browser only. Save a copy to a file; adding that file above brings them back, here or in another browser.'
          : `The ${plural(count, 'document', 'documents')} you added ${count === 1 ? 'is' : 'are'} kept in this browser only. Save a copy to a file; adding that file above brings ${count === 1 ? 'it' : 'them'} back, here or in another browser.`}
      </p>
      <button
        type="button"
        class="secondary"
        aria-busy={busy}
        data-testid="export-submit"
        onClick={() => void save()}
      >
        {busy ? 'Exporting…' : 'Export your documents'}
      </button>
      <p role="status" class={outcome?.ok === false ? 'error' : ''} data-testid="export-result">
        {outcome?.text}
      </p>
    </div>
  );
}
