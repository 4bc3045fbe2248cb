/**
 * The corpus documents' metadata (outlets, dates) the card names its sources with, fetched from the worker once.
 */
import type { DocumentInfo } from '../../core/types';

/** Fetches the documents' metadata once, and again after a failure only when a card opens. */
export class CardDocuments {
  private documents: ReadonlyMap<string, DocumentInfo> | null = null;
  /** True while the documents' metadata is being fetched. */
  private fetching = false;
  /** True once fetching the documents' metadata failed. */
  private failed = false;

  constructor(
    private readonly fetch: () => Promise<ReadonlyMap<string, DocumentInfo>>,
    private readonly arrived: () => void,
  ) {}

  /** The metadata, or null until it came (the card then names each source by its label). */
  get value(): ReadonlyMap<string, DocumentInfo> | null {
    return this.documents;
  }

  /**
   * Fetches the metadata before a card needs it, once: a card opened without it grew by its outlets' lines when
   * it came and moved under the reader, a layout shift the page is scored on. After a failure it is asked again
   * only when a card opens (`opening`), not at every change of the page's claims.
   */
  prefetch(opening: boolean): void {
    if (this.documents !== null || this.fetching || (this.failed && !opening)) return;
    this.fetching = true;
    void this.fetch()
      .then((documents) => {
        this.documents = documents;
        this.arrived();
      })
      .catch(() => void (this.failed = true)) // without metadata the card names each source by its label
      .finally(() => (this.fetching = false));
  }
}
