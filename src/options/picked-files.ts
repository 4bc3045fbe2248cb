/**
 * Files picked on the options page read into new documents, before they go to the worker: text files with the
 * source the form gives, and Claim Lens exports with the sources saved in them. Apart from AddDocuments.tsx,
 * which is the form.
 */
import { decodeCorpusFile } from '../core/corpus/decode';
import { isExportFileName, readDocumentsExport } from '../core/corpus/documents-export';
import { CorpusError } from '../core/errors';
import type { NewDocument } from '../shared/messages';

/** What the user says of the source of the documents being added; blank fields are unknown. */
export interface SourceFields {
  outlet: string;
  date: string;
  url: string;
}

/** A form field's value, or null when left blank (unknown). */
export function orNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** The picked files read: the documents to send, the files refused, and the export each document came out of. */
export interface PickedFiles {
  documents: NewDocument[];
  rejected: { name: string; reason: string }[];
  /** The export (.json) file name of each document read out of one; text files are not in it. */
  fromExport: Map<NewDocument, string>;
}

/**
 * Reads picked files into new documents; a file that cannot be read is reported, the others still go. An
 * export (.json) gives all its documents, with the sources saved in it: the form's fields are for text files.
 */
export async function readPickedFiles(files: readonly File[], fields: SourceFields): Promise<PickedFiles> {
  const documents: NewDocument[] = [];
  const rejected: { name: string; reason: string }[] = [];
  const fromExport = new Map<NewDocument, string>();
  for (const file of files) {
    try {
      const text = decodeCorpusFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (isExportFileName(file.name)) {
        const exported = readDocumentsExport(file.name, text);
        documents.push(...exported.documents);
        for (const doc of exported.documents) fromExport.set(doc, file.name);
        if (exported.unreadable > 0) {
          const entries =
            exported.unreadable === 1 ? 'entry that is not a document' : 'entries that are not documents';
          rejected.push({ name: file.name, reason: `has ${exported.unreadable} ${entries} (left out)` });
        } else if (exported.documents.length === 0) {
          // An export made with no documents of one's own: say so, rather than a bare "nothing was added".
          rejected.push({ name: file.name, reason: 'contains no documents' });
        }
        continue;
      }
      documents.push({
        name: file.name,
        text,
        title: null,
        outlet: orNull(fields.outlet),
        date: orNull(fields.date),
        url: orNull(fields.url),
      });
    } catch (error) {
      rejected.push({
        name: file.name,
        reason: error instanceof CorpusError ? error.reason : `could not be read (${String(error)})`,
      });
    }
  }
  return { documents, rejected, fromExport };
}
