/**
 * Files picked on the options page read into new documents, before they go to the worker: text files with the
 * source the form gives, and Claim Lens exports with the sources saved in them. Apart from AddDocuments.tsx,
 * which is the form.
 */
import { decodeCorpusFile } from '../core/corpus/decode';
import { isExportFileName, readDocumentsExport } from '../core/corpus/documents-export';
import { CorpusError } from '../core/errors';
import { MAX_PAGE_SOURCE_CHARS, type NewDocument } from '../shared/messages';
import { formatCount } from '../core/text/format-count';

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

/** A web page saved as a file, told by its name or by its first markup. */
const HTML_NAME = /\.x?html?$/i;
const HTML_START = /^\s*(?:<!doctype html|<html[\s>])/i;

/** Why a saved page gave no document, by what reading its article came to. */
const PAGE_REFUSALS = {
  'no-article': 'is a web page with no article in it to add',
  'too-long': 'is a web page whose article is too long to add',
  unreadable: 'is a web page Claim Lens could not read an article out of',
} as const;

/**
 * The document of a web page saved as a file: its article's text, read as "Add this page" reads an open page
 * (markup stored as text would put tags in every passage and read figures out of its scripts), with the title,
 * outlet and date the page states where the form leaves them blank. A reason string when it has no article.
 */
async function savedPageDocument(
  name: string,
  html: string,
  fields: SourceFields,
): Promise<NewDocument | string> {
  // As "Add this page" bounds an open page's HTML: parsing it holds the options page's thread.
  if (html.length > MAX_PAGE_SOURCE_CHARS)
    return `is a web page too large to read (${formatCount(html.length)} characters; at most ${formatCount(MAX_PAGE_SOURCE_CHARS)})`;
  // Loaded only for a saved page, as the popup loads it only when asked: Readability is most of its weight.
  const { readArticle } = await import('../popup/page-article');
  const read = readArticle({ html, url: orNull(fields.url) ?? '', published: null });
  if (read.kind !== 'article') return PAGE_REFUSALS[read.kind];
  const { article } = read;
  return {
    name: article.title ?? name,
    text: article.text,
    title: article.title,
    outlet: orNull(fields.outlet) ?? article.outlet,
    date: orNull(fields.date) ?? article.date,
    url: orNull(fields.url) ?? article.url,
  };
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
          rejected.push({
            name: file.name,
            reason: `has ${formatCount(exported.unreadable)} ${entries} (left out)`,
          });
        } else if (exported.documents.length === 0) {
          // An export made with no documents of one's own: say so, rather than a bare "nothing was added".
          rejected.push({ name: file.name, reason: 'contains no documents' });
        }
        continue;
      }
      if (HTML_NAME.test(file.name) || HTML_START.test(text.slice(0, 200))) {
        const page = await savedPageDocument(file.name, text, fields);
        if (typeof page === 'string') rejected.push({ name: file.name, reason: page });
        else documents.push(page);
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
