/**
 * One claim of the page: kind, wording and badge in a disclosure button; expanded, the sources that state
 * it, those that are silent on it, and whether the corpus contradicts itself.
 */
import type { DocumentInfo } from '../../core/types';
import type { TabClaim } from '../../shared/messages';
import { claimBadge, claimSources } from '../claim-view';
import { KIND_LABEL } from '../labels';
import { SourceRow } from './SourceRow';

/** Props of ClaimItem. */
export interface ClaimItemProps {
  item: TabClaim;
  documents: ReadonlyMap<string, DocumentInfo>;
  expanded: boolean;
  onToggle(id: string): void;
  onReveal(id: string): void;
}

/** The claim's own words as the page has them; quotes get their quote marks back. */
function wording(item: TabClaim): string {
  return item.claim.value.type === 'quote' ? `“${item.claim.value.text}”` : item.claim.text;
}

/** A claim in the list; its details render only while expanded. */
export function ClaimItem({ item, documents, expanded, onToggle, onReveal }: ClaimItemProps) {
  const badge = claimBadge(item.result);
  const detailsId = `claim-${item.id}-details`;
  return (
    <li
      class="claim"
      id={`claim-${item.id}`}
      data-testid="claim"
      data-claim-id={item.id}
      data-kind={item.claim.kind}
    >
      <h3 class="claim-head">
        <button
          type="button"
          class="claim-toggle"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => onToggle(item.id)}
        >
          <span class={`kind kind-${item.claim.kind}`}>{KIND_LABEL[item.claim.kind]}</span>
          <span class="claim-text" data-testid="claim-text">
            {wording(item)}
          </span>
          <span class={`badge tone-${badge.tone}`} data-testid="claim-badge">
            {badge.label}
          </span>
        </button>
      </h3>
      <p class="claim-summary">{item.result.variance.summary}</p>
      {expanded && <ClaimDetails item={item} documents={documents} id={detailsId} onReveal={onReveal} />}
    </li>
  );
}

function ClaimDetails({
  item,
  documents,
  id,
  onReveal,
}: {
  item: TabClaim;
  documents: ReadonlyMap<string, DocumentInfo>;
  id: string;
  onReveal(id: string): void;
}) {
  const { reporting, silent } = claimSources(item.result, documents);
  const first = reporting[0] ?? null;
  return (
    <div class="claim-details" id={id}>
      {item.result.variance.corpusDisagrees && (
        <p class="note disagree" data-testid="corpus-disagrees">
          The corpus sources disagree with each other on this fact.
        </p>
      )}
      <h4 class="sub">Sources that state it</h4>
      {reporting.length > 0 ? (
        <ul class="sources">
          {reporting.map((source, i) => (
            <SourceRow key={source.doc} source={source} claim={item.claim} reference={i > 0 ? first : null} />
          ))}
        </ul>
      ) : (
        <p class="muted">No source states this fact.</p>
      )}
      {silent.length > 0 && (
        <>
          <h4 class="sub">Silent on this fact</h4>
          <p class="muted">These sources cover the topic but do not state it.</p>
          <ul class="silent" data-testid="silent-sources">
            {silent.map((source) => (
              <li key={source.doc} data-doc={source.doc}>
                <span class="outlet">{source.outlet}</span>
                {source.title !== null && <cite class="title"> — {source.title}</cite>}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="link-button" onClick={() => onReveal(item.id)}>
        Show on page
      </button>
    </div>
  );
}
