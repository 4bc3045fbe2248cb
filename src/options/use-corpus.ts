/**
 * The corpus as the options page shows it, loaded from the worker. When the corpus cannot be loaded (its bundled
 * index is missing or corrupt, or the worker cannot be reached), the documents the user added are read from
 * storage on their own: they are the user's data, and must stay in view, to be exported or removed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { UserDocument } from '../core/corpus/user-documents';
import type { CorpusInfo } from '../shared/messages';
import { formatCount } from '../core/text/format-count';
import { loadCorpusInfo } from '../shared/corpus-info';
import { sendToWorker } from '../shared/rpc';
import { userDocumentInfo } from '../shared/user-document-info';

/** The user's documents as stored, read without the corpus. */
export interface StoredDocuments {
  documents: UserDocument[];
  /** Stored entries that are not documents (kept in storage as they are). */
  unreadable: number;
}

/**
 * Loading; the corpus (with `disagreementsFailed` when its disagreements were still being found and the answer
 * that was to bring them failed); or no corpus, with the user's documents read from storage, listed as the corpus
 * view lists documents (null when they could not be read either: the worker is unreachable, or storage failed).
 */
export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; corpus: CorpusInfo; disagreementsFailed?: boolean }
  | { status: 'unavailable'; stored: CorpusInfo | null };

/**
 * The corpus state, and a reload that resolves once the documents are known again (after an add or a removal):
 * the disagreements may follow later (see loadCorpusInfo).
 */
export function useCorpus(): { state: CorpusState; reload: () => Promise<void> } {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  // Counts loads: a late answer of an older one must not replace a newer one's.
  const loads = useRef(0);
  const reload = useCallback(async (): Promise<void> => {
    const load = ++loads.current;
    try {
      await loadCorpusInfo({
        show: (corpus) => setState({ status: 'ready', corpus }),
        current: () => loads.current === load,
        disagreementsFailed: () =>
          setState((now) => (now.status === 'ready' ? { ...now, disagreementsFailed: true } : now)),
      });
    } catch (error) {
      if (loads.current !== load) return;
      // The reason is for whoever debugs it (a JSON parser's message, a fetch status): the page says it in words.
      console.warn('Claim Lens: the corpus could not be loaded', error);
      const stored = await sendToWorker('exportDocuments', {}).catch(() => null);
      if (loads.current !== load) return;
      setState({ status: 'unavailable', stored: stored === null ? null : storedCorpus(stored) });
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { state, reload };
}

/**
 * The user's stored documents as the corpus view lists them: the only documents known while the corpus cannot be
 * loaded, and no disagreements, which need the whole corpus.
 */
export function storedCorpus(stored: StoredDocuments): CorpusInfo {
  const { documents, unreadable } = stored;
  return {
    documents: documents.map(userDocumentInfo),
    disagreements: [],
    userDocuments: documents.map((d) => d.id),
    userProblems:
      unreadable === 0
        ? []
        : [`${formatCount(unreadable)} stored document(s) could not be read; they are kept as they are`],
    unreadable,
  };
}
