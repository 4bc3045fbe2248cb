/**
 * The claims found in a checked text that the corpus has nothing on, listed under their count: a reader who pasted
 * a report sees which of its figures, dates and quotes Claim Lens read and found no source for, not only how many.
 * Closed at first: the claims with context come first.
 */
import type { OtherClaim } from '../core/types';
import { formatCount } from '../core/text/format-count';
import { aroundSpan, KIND_WORDS } from './check-words';

/** Props of OtherClaims. */
export interface OtherClaimsProps {
  /** The text as it was checked: the claims' spans are offsets into it. */
  text: string;
  /** The sentence that counts them (see unmatchedLine). */
  summary: string;
  others: readonly OtherClaim[];
  /** How many there are in all: the list holds the first of them. */
  total: number;
}

/** The count, and under it the claims without context, each in the words around it. */
export function OtherClaims({ text, summary, others, total }: OtherClaimsProps) {
  return (
    <details class="unmatched" data-testid="check-others">
      <summary data-testid="check-unmatched">{summary}</summary>
      <ul class="other-claims">
        {others.map((other) => {
          const [before, claim, after] = aroundSpan(text, other.start, other.end);
          return (
            <li key={other.start} data-testid="check-other">
              <span class="other-kind">{KIND_WORDS[other.kind]}</span> {before}
              <mark>{claim}</mark>
              {after}
            </li>
          );
        })}
      </ul>
      {total > others.length && (
        <p class="muted" data-testid="check-others-more">
          The first {formatCount(others.length)} are listed; {formatCount(total - others.length)} more are
          further on in the text.
        </p>
      )}
    </details>
  );
}
