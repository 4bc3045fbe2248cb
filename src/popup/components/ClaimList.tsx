/**
 * The page's claims with context, in page order, one entry per distinct claim; a long list offers "Only where a
 * source differs from this page".
 */
import { useState } from 'preact/hooks';
import type { DocumentInfo } from '../../core/types';
import { listCount, offersFilter, whereSourcesDiffer, type ClaimGroup } from '../claim-groups';
import { PLACE_WORDS, type ClaimPlace } from '../place-words';
import { ClaimItem } from './ClaimItem';

/** Props of ClaimList. */
export interface ClaimListProps {
  groups: readonly ClaimGroup[];
  documents: ReadonlyMap<string, DocumentInfo>;
  /** Ids of the claims the reader opened; an entry is open when any of its occurrences is. */
  expanded: ReadonlySet<string>;
  /** Called with the entry's id (its first occurrence). */
  onToggle(id: string): void;
  /** Shows a claim on its page; absent where there is no page to show it on (a pasted text). */
  onReveal?: (id: string) => void;
  /** Where the claims come from, for the words that name it: a page (the default) or a pasted text. */
  place?: ClaimPlace;
}

/** An ordered list, since page order is meaningful ("the third figure on the page"). */
export function ClaimList({
  groups,
  documents,
  expanded,
  onToggle,
  onReveal,
  place = 'page',
}: ClaimListProps) {
  const words = PLACE_WORDS[place];
  const [onlyDiffer, setOnlyDiffer] = useState(false);
  const filterable = offersFilter(groups);
  // A list that shrank below the filter's size shows everything again, rather than a filter the reader cannot see.
  const filtered = filterable && onlyDiffer;
  const shown = filtered ? whereSourcesDiffer(groups) : groups;
  return (
    <section class="claims-section" aria-labelledby="claims-heading">
      <h2 id="claims-heading" class="sr-only">
        {words.listHeading}
      </h2>
      {filterable && (
        <div class="list-tools">
          <label class="filter">
            <input
              type="checkbox"
              data-testid="filter-differ"
              checked={onlyDiffer}
              aria-controls="claim-list"
              onChange={(event) => setOnlyDiffer(event.currentTarget.checked)}
            />{' '}
            {words.filter}
          </label>
          <p class="list-count" data-testid="list-count" aria-live="polite">
            {listCount(shown.length, groups.length)}
          </p>
        </div>
      )}
      <ol class="claims" id="claim-list" data-testid="claim-list">
        {shown.map((group) => (
          <ClaimItem
            key={group.id}
            group={group}
            documents={documents}
            expanded={group.ids.some((id) => expanded.has(id))}
            onToggle={onToggle}
            onReveal={onReveal}
            place={place}
          />
        ))}
      </ol>
    </section>
  );
}
