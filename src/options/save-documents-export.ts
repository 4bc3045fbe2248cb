/**
 * Saving the user's documents to a file, as the export button does and as removing unreadable entries offers first:
 * one way to do it, and one way to say what it did.
 */
import { documentsExport, exportFileName } from '../core/corpus/documents-export';
import { plural } from '../popup/labels';
import { sendToWorker } from '../shared/rpc';
import { saveTextFile } from './save-file';

/** What an export did, as said to the user. */
export interface ExportOutcome {
  ok: boolean;
  text: string;
}

/**
 * Asks the worker for every document the user added, offers them as a file, and says how many went into it and how
 * many stored entries could not (they are not documents). Never rejects: a failure is an outcome with its reason.
 */
export async function saveDocumentsExport(): Promise<ExportOutcome> {
  try {
    const { documents, unreadable } = await sendToWorker('exportDocuments', {});
    const now = new Date();
    const name = exportFileName(now);
    saveTextFile(name, documentsExport(documents, now));
    const left =
      unreadable === 0
        ? ''
        : ` ${plural(unreadable, 'stored entry', 'stored entries')} could not be read as a document and ${unreadable === 1 ? 'is' : 'are'} not in it.`;
    return {
      ok: true,
      text: `Saved ${plural(documents.length, 'document', 'documents')} as ${name}.${left}`,
    };
  } catch (error) {
    return {
      ok: false,
      text: `Your documents could not be exported: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
