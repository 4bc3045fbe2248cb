/**
 * The popup's footer: corpus size, adding the page to it, the global pause, and links to the full view and the
 * options page.
 */
import type { ComponentChildren } from 'preact';
import type { CorpusInfo } from '../../shared/messages';
import { plural } from '../labels';
import { PauseControl } from './PauseControl';

/** Props of CorpusFooter. */
export interface CorpusFooterProps {
  corpus: CorpusInfo | null;
  /** The worker could not give the corpus: said in words, with the way to the options page's "Try again". */
  corpusUnavailable: boolean;
  /** The corpus came without its disagreements and the answer that was to bring them failed. */
  disagreementsFailed?: boolean;
  /** Null until the settings have arrived: no pause control is offered before its state is known. */
  paused: boolean | null;
  onPause(paused: boolean): Promise<void>;
  /** Absent in the full view, which already is the larger view. */
  onOpenFullView?: () => void;
  onOpenOptions(): void;
  /** Opens the check page, for a text no content script reads (a PDF, an e-mail). */
  onOpenCheck(): void;
  /** Shown under the corpus's size: the control that adds the page to it (AddPage). */
  children?: ComponentChildren;
}

/** The footer; the corpus counts come from the worker and appear when it answers. */
export function CorpusFooter({
  corpus,
  corpusUnavailable,
  disagreementsFailed = false,
  paused,
  onPause,
  onOpenFullView,
  onOpenOptions,
  onOpenCheck,
  children,
}: CorpusFooterProps) {
  return (
    <footer class="footer">
      {paused !== null && <PauseControl paused={paused} onChange={onPause} />}
      <p class="corpus-line">
        {corpus !== null ? (
          <span data-testid="corpus-size">
            {plural(corpus.documents.length, 'document', 'documents')} in the corpus
            {/* Null while they are still being found: they follow in a second answer. */}
            {corpus.disagreements !== null &&
              corpus.disagreements.length > 0 &&
              ` · ${plural(corpus.disagreements.length, 'fact', 'facts')} its sources disagree on`}
            {/* Without them no claim can say its sources disagree: the reader should not take silence for none. */}
            {corpus.disagreements === null && disagreementsFailed && (
              <span class="muted" data-testid="disagreements-failed">
                {' '}
                · where its sources disagree could not be found just now
              </span>
            )}
          </span>
        ) : corpusUnavailable ? (
          // A reader can do nothing with a parser's message (it is in the console): what it means, and where to go.
          <>
            <span class="error" data-testid="corpus-unavailable">
              Claim Lens can’t look up claims for now: its corpus could not be loaded.
            </span>{' '}
            <button
              type="button"
              class="link-button"
              data-testid="corpus-unavailable-options"
              onClick={onOpenOptions}
            >
              Try again in Options
            </button>
          </>
        ) : (
          <span class="muted">Loading the corpus…</span>
        )}
      </p>
      {children}
      <p class="links">
        {onOpenFullView && (
          <button type="button" class="link-button" onClick={onOpenFullView} data-testid="open-full-view">
            Open full view
          </button>
        )}
        <button type="button" class="link-button" onClick={onOpenCheck} data-testid="open-check">
          Check a text…
        </button>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          Options and corpus
        </button>
      </p>
    </footer>
  );
}
