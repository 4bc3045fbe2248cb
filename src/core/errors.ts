/**
 * Errors the engine raises about its inputs. A corpus problem must name the file and what is wrong with it,
 * because the person who sees it (at build time, or when adding documents) has to fix that file.
 */

/** A corpus document, the sources metadata or an index artifact is unusable. */
export class CorpusError extends Error {
  /** The file (or document id, or 'corpus-index.json') that is at fault. */
  readonly file: string;
  /** What is wrong with it, in words a person can act on. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'CorpusError';
    this.file = file;
    this.reason = reason;
  }
}
