/** The page's claims with context, in page order. */
import type { DocumentInfo } from '../../core/types';
import type { TabClaim } from '../../shared/messages';
import { ClaimItem } from './ClaimItem';

/** Props of ClaimList. */
export interface ClaimListProps {
  claims: readonly TabClaim[];
  documents: ReadonlyMap<string, DocumentInfo>;
  expanded: ReadonlySet<string>;
  onToggle(id: string): void;
  onReveal(id: string): void;
}

/** An ordered list, since page order is meaningful ("the third figure on the page"). */
export function ClaimList({ claims, documents, expanded, onToggle, onReveal }: ClaimListProps) {
  return (
    <section class="claims-section" aria-labelledby="claims-heading">
      <h2 id="claims-heading" class="sr-only">
        Claims on this page
      </h2>
      <ol class="claims" data-testid="claim-list">
        {claims.map((item) => (
          <ClaimItem
            key={item.id}
            item={item}
            documents={documents}
            expanded={expanded.has(item.id)}
            onToggle={onToggle}
            onReveal={onReveal}
          />
        ))}
      </ol>
    </section>
  );
}
