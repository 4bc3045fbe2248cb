/**
 * What the corpus view lists of a document the user added, made from the stored document itself: when the corpus
 * index cannot be loaded, no index holds it, and the user must still see, export and remove it.
 */
import { cleanDocument } from '../core/corpus/clean';
import type { UserDocument } from '../core/corpus/user-documents';
import type { DocumentInfo } from '../core/types';

/**
 * The document's outlet, title, date and address. Titled as the index titles it: the title the user gave, else
 * its text's headline, else the file's name.
 */
export function userDocumentInfo(doc: UserDocument): DocumentInfo {
  return {
    id: doc.id,
    outlet: doc.outlet,
    title: doc.title ?? cleanDocument(doc.text).title ?? doc.name ?? doc.id,
    date: doc.date,
    url: doc.url,
  };
}
