/**
 * The page's claims with context, in page order, one entry per distinct claim; a long list offers "Only where a
 * source differs from this page".
 */
import { useState } from 'preact/hooks';
import type { DocumentInfo } from '../../core/types';
import { formatCount } from '../../core/text/format-count';
import { listCount, offersFilter, whereSourcesDiffer, type ClaimGroup } from '../claim-groups';
import { PLACE_WORDS, type ClaimPlace } from '../place-words';
import { ClaimItem } from './ClaimItem';
import { useListAll } from '../use-list-all';

/**
 * Entries listed before the reader asks for all: a page of 3,908 claims (3,383 entries) took the popup 2.0–2.5 s to
 * open, and a keyboard user 170 presses of Tab to pass 179 entries. An entry the reader opened, or came from a
 * card to see, is listed however far down it is.
 */
export const FIRST_ENTRIES = 200;

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
  /** Why the last "Show on page" showed nothing, beside the entry of occurrence `id`; null or absent: nothing to say. */
  revealNote?: { id: string; text: string } | null;
}

/** An ordered list, since page order is meaningful ("the third figure on the page"). */
export function ClaimList({
  groups,
  documents,
  expanded,
  onToggle,
  onReveal,
  place = 'page',
  revealNote = null,
}: ClaimListProps) {
  const words = PLACE_WORDS[place];
  const [onlyDiffer, setOnlyDiffer] = useState(false);
  const filterable = offersFilter(groups);
  // A list that shrank below the filter's size shows everything again, rather than a filter the reader cannot see.
  const filtered = filterable && onlyDiffer;
  const shown = filtered ? whereSourcesDiffer(groups) : groups;
  const { all, listAll, firstMore } = useListAll<HTMLLIElement>();
  const lastOpen = shown.findLastIndex((group) => group.ids.some((id) => expanded.has(id)));
  const listed = all ? shown : shown.slice(0, Math.max(FIRST_ENTRIES, lastOpen + 1));
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
            {listCount(listed.length, groups.length)}
          </p>
        </div>
      )}
      <ol class="claims" id="claim-list" data-testid="claim-list">
        {listed.map((group, i) => (
          <ClaimItem
            key={group.id}
            focusRef={i === FIRST_ENTRIES ? firstMore : undefined}
            group={group}
            documents={documents}
            expanded={group.ids.some((id) => expanded.has(id))}
            onToggle={onToggle}
            onReveal={onReveal}
            revealNote={revealNote !== null && group.ids.includes(revealNote.id) ? revealNote.text : ''}
            place={place}
          />
        ))}
      </ol>
      {listed.length < shown.length && (
        <p class="more-claims">
          <button type="button" class="secondary" data-testid="show-all-claims" onClick={listAll}>
            Show all {formatCount(shown.length)} entries
          </button>
        </p>
      )}
    </section>
  );
}
