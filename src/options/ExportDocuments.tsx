/**
 * Saving the user's documents to a file. They are kept in this browser only: the file is the user's copy,
 * survives removing the extension, and moves them to another browser (the add form reads it back).
 */
import { useState } from 'preact/hooks';
import { documentsExport, exportFileName } from '../core/corpus/documents-export';
import { plural } from '../popup/labels';
import { sendToWorker } from '../shared/rpc';
import { saveTextFile } from './save-file';

/** What the last export did, as said to the user. */
interface Outcome {
  ok: boolean;
  text: string;
}

/**
 * The export button and what it did; `count` is how many documents the user has added, unknown when the corpus
 * could not be loaded and storage not read either (the export may still read it).
 */
export function ExportDocuments({ count }: { count?: number | undefined }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const save = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { documents, unreadable } = await sendToWorker('exportDocuments', {});
      const now = new Date();
      const name = exportFileName(now);
      saveTextFile(name, documentsExport(documents, now));
      const left =
        unreadable === 0
          ? ''
          : ` ${plural(unreadable, 'stored entry', 'stored entries')} could not be read as a document and ${unreadable === 1 ? 'is' : 'are'} not in it.`;
      setOutcome({
        ok: true,
        text: `Saved ${plural(documents.length, 'document', 'documents')} as ${name}.${left}`,
      });
    } catch (error) {
      setOutcome({
        ok: false,
        text: `Your documents could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
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
