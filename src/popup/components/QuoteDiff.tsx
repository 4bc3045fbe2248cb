/** Word-level differences between two wordings of a quote: insertions as <ins>, deletions as <del>. */
import type { DiffPart } from '../../core/types';
import { hasChanges } from '../word-diff';

/** Props of QuoteDiff. */
export interface QuoteDiffProps {
  /** What is compared, e.g. "Against the page". */
  caption: string;
  parts: readonly DiffPart[];
  /** Who `added` words belong to and who `removed` words belong to, for the legend and screen readers. */
  addedBy: string;
  removedBy: string;
}

/**
 * Renders a diff as text; identical wording says so instead of showing a diff with nothing marked. The legend
 * names only the kinds of change the diff shows.
 */
export function QuoteDiff({ caption, parts, addedBy, removedBy }: QuoteDiffProps) {
  return (
    <figure class="quote-diff" data-testid="quote-diff">
      <figcaption>{caption}</figcaption>
      {hasChanges(parts) ? (
        <>
          <p class="diff-text">
            {parts.map((part, i) =>
              part.added ? (
                <ins key={i}>
                  <span class="sr-only">[only in {addedBy}: </span>
                  {part.value}
                  <span class="sr-only">]</span>
                </ins>
              ) : part.removed ? (
                <del key={i}>
                  <span class="sr-only">[only in {removedBy}: </span>
                  {part.value}
                  <span class="sr-only">]</span>
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </p>
          <p class="diff-legend" aria-hidden="true">
            {parts.some((part) => part.added) && <ins>only in {addedBy}</ins>}
            {parts.some((part) => part.added) && parts.some((part) => part.removed) && ' '}
            {parts.some((part) => part.removed) && <del>only in {removedBy}</del>}
          </p>
        </>
      ) : (
        <p class="diff-same">Same words.</p>
      )}
    </figure>
  );
}
