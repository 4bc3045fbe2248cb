/**
 * The corpus as the popup and the options page show it. After a change to the user's documents the worker has
 * its index long before the disagreements (1.5–2.1 s apart at 4,739 documents): the documents are shown at once, and
 * the disagreements when they are found.
 */
import type { CorpusInfo } from './messages';
import { sendToWorker } from './rpc';

/** Where loadCorpusInfo's answers go. */
export interface CorpusInfoSink {
  /** Called with the first answer, and again with the disagreements if the first came without them. */
  show(corpus: CorpusInfo): void;
  /** False once the answers are no longer wanted (a newer load, the page closed): nothing more is shown. */
  current(): boolean;
  /** The second answer failed (the worker stopped meanwhile): the first stays, its disagreements unknown. */
  disagreementsFailed?(): void;
}

/**
 * Asks the worker for the corpus without waiting for the disagreements and shows it; if they were still being
 * found, asks again, waiting for them, and shows that. Resolves once the first answer is shown; rejects when the
 * worker could not give one.
 */
export async function loadCorpusInfo(sink: CorpusInfoSink): Promise<void> {
  const first = await sendToWorker('getCorpusInfo', { waitForDisagreements: false });
  if (!sink.current()) return;
  sink.show(first);
  if (first.disagreements !== null) return;
  sendToWorker('getCorpusInfo', { waitForDisagreements: true }).then(
    (whole) => sink.current() && sink.show(whole),
    (error: unknown) => {
      if (!sink.current()) return;
      // The reason (the worker stopped meanwhile) is for whoever debugs it; the page says it in words.
      console.warn('Claim Lens: the disagreements could not be found', error);
      sink.disagreementsFailed?.();
    },
  );
}
