/**
 * Sends new documents to the worker in requests of at most MAX_NEW_DOCUMENTS, so that picking a folder's worth
 * of files works: the worker refuses larger requests as a whole.
 */
import { MAX_NEW_DOCUMENTS, type AddDocumentsReply, type NewDocument } from '../shared/messages';
import { formatCount } from '../core/text/format-count';
import { storedText, tooLongReason } from '../core/corpus/user-documents';

/** What all the requests did together; `error` is set when one failed, and then nothing after it was sent. */
export interface BatchedAdd {
  reply: AddDocumentsReply;
  error: string | null;
}

/** How `addInBatches` sends. */
export interface BatchOptions {
  /** Most documents per request. */
  size?: number;
  /**
   * Called after each answered request with how many documents have their answer: hundreds of documents take
   * seconds to index, and a page that only says "Adding…" meanwhile looks stuck.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sends `documents` in order, batch by batch, and merges the replies. A failed request stops the rest (the
 * worker may be gone) and says how many documents were not sent; what earlier requests added stays added.
 */
export async function addInBatches(
  documents: readonly NewDocument[],
  send: (batch: NewDocument[]) => Promise<AddDocumentsReply>,
  { size = MAX_NEW_DOCUMENTS, onProgress }: BatchOptions = {},
): Promise<BatchedAdd> {
  const reply: AddDocumentsReply = { added: [], rejected: [] };
  for (let from = 0; from < documents.length; from += size) {
    const batch = documents.slice(from, from + size);
    try {
      const part = await send(batch);
      reply.added.push(...part.added);
      reply.rejected.push(...part.rejected);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const left = documents.length - from;
      const error =
        from === 0
          ? message
          : `${message} (${formatCount(left)} of ${formatCount(documents.length)} documents not sent)`;
      return { reply, error };
    }
    onProgress?.(from + batch.length, documents.length);
  }
  return { reply, error: null };
}

/** Documents to send, and those refused here for their length, each with why. */
export interface LengthSplit {
  fit: NewDocument[];
  tooLong: { doc: NewDocument; reason: string }[];
}

/**
 * Tells apart the documents too long to add before any is sent. The worker refuses a request holding a text far
 * past the limit as a whole (its guard bounds every message), which would refuse the files picked with it too and
 * name none of them; refused here, the long one is named with its length and the others still go.
 */
export function splitTooLong(documents: readonly NewDocument[]): LengthSplit {
  const split: LengthSplit = { fit: [], tooLong: [] };
  for (const doc of documents) {
    const reason = tooLongReason(storedText(doc.text));
    if (reason === null) split.fit.push(doc);
    else split.tooLong.push({ doc, reason });
  }
  return split;
}
