/**
 * The user's documents as a file: written by the options page's export, and read back by the same page's
 * add form. The documents live in one browser's storage only; the file is how a user keeps a copy, moves
 * them to another browser, or gets them back after removing the extension.
 *
 * The file is JSON, indented so that a person can read it, with a format name so that another JSON file is
 * refused rather than read as documents.
 */
import { CorpusError } from '../errors';
import type { NewDocument, UserDocument } from './user-documents';

/** The `format` an export carries. */
export const EXPORT_FORMAT = 'claim-lens-documents';

/** The export format's version: a file of a later version is refused, since its fields may mean other things. */
export const EXPORT_VERSION = 1;

/** One document in an export: its text and what was known of its source. */
type ExportedDocument = Pick<UserDocument, 'id' | 'title' | 'outlet' | 'date' | 'url' | 'added' | 'text'> & {
  name: string | null;
};

/** The export file's text for `documents`, stamped with `now`. */
export function documentsExport(documents: readonly UserDocument[], now: Date): string {
  const exported: ExportedDocument[] = documents.map((doc) => ({
    id: doc.id,
    name: doc.name ?? null,
    title: doc.title,
    outlet: doc.outlet,
    date: doc.date,
    url: doc.url,
    added: doc.added,
    text: doc.text,
  }));
  return `${JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), documents: exported },
    null,
    2,
  )}\n`;
}

/** The name the export is saved under: the day it was made, so that several exports sort and do not clash. */
export function exportFileName(now: Date): string {
  return `claim-lens-documents-${now.toISOString().slice(0, 10)}.json`;
}

/** Whether a picked file is to be read as an export rather than as a text. */
export function isExportFileName(name: string): boolean {
  return /\.json$/i.test(name);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The documents in an export file's text, as new documents to add (they are checked again when added, like
 * any other), and how many of its entries are not documents. Throws a CorpusError naming `file` when the text
 * is not an export at all, or one of a later version.
 */
export function readDocumentsExport(
  file: string,
  source: string,
): { documents: NewDocument[]; unreadable: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new CorpusError(file, 'is not a Claim Lens export (it is not JSON)');
  }
  const root = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (root['format'] !== EXPORT_FORMAT || !Array.isArray(root['documents']))
    throw new CorpusError(file, 'is not a Claim Lens export of documents');
  const version = root['version'];
  if (typeof version === 'number' && version > EXPORT_VERSION)
    throw new CorpusError(file, `was exported by a later Claim Lens (format ${version}); update Claim Lens`);
  const documents: NewDocument[] = [];
  let unreadable = 0;
  for (const entry of root['documents'] as unknown[]) {
    const e = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const body = typeof e['text'] === 'string' && e['text'].trim() !== '' ? e['text'] : null;
    if (body === null) {
      unreadable++;
      continue;
    }
    const title = text(e['title']);
    const id = text(e['id'])?.replace(/^user-/, '') ?? null;
    documents.push({
      // The name the document was first added under gives it back the same id, when that is free.
      name: text(e['name']) ?? id ?? title ?? `${file} document ${documents.length + 1}`,
      text: body,
      title,
      outlet: text(e['outlet']),
      date: text(e['date']),
      url: text(e['url']),
      added: text(e['added']),
    });
  }
  return { documents, unreadable };
}
