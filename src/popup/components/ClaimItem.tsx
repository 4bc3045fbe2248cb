/**
 * One entry of the page's claims: kind, wording and badge in a disclosure button, and how often the page has
 * it; expanded, a way to find it on the page, the sources that state it, those that are silent on it, and how
 * the sources stand among themselves.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { DocumentInfo } from '../../core/types';
import { formatCount } from '../../core/text/format-count';
import { repeatLabel, type ClaimGroup } from '../claim-groups';
import { claimBadge, claimSources } from '../claim-view';
import { collapseSpace, KIND_LABEL } from '../labels';
import { PLACE_WORDS, placeSentence, type ClaimPlace } from '../place-words';
import type { TabClaim } from '../../shared/messages';
import { Passage } from './Passage';
import { SourceRow } from './SourceRow';

/** Props of ClaimItem. */
export interface ClaimItemProps {
  group: ClaimGroup;
  documents: ReadonlyMap<string, DocumentInfo>;
  expanded: boolean;
  /** Called with the entry's id (its first occurrence). */
  onToggle(id: string): void;
  /** Called with the id of the occurrence to show; absent where there is no page to show it on (a pasted text). */
  onReveal?: (id: string) => void;
  /** Said beside "Show on page" when the last press showed nothing (see useRevealNote); '' or absent: nothing. */
  revealNote?: string;
  /** Where the claim comes from, for the words that name it: a page (the default) or a pasted text. */
  place?: ClaimPlace;
  /** Set on the first entry a "Show all" brought, which takes focus (see useListAll). */
  focusRef?: Ref<HTMLLIElement> | undefined;
}

/**
 * The claim's own words as the page has them; quotes get their quote marks back, and a quote broken by its
 * attribution ("…,” Azzouz said. “…") shows its parts with an ellipsis between, not run together into one
 * sentence ("…during the transition period And it could have…").
 */
function wording(item: TabClaim): string {
  const { value } = item.claim;
  if (value.type !== 'quote') return item.claim.text;
  return `“${value.parts && value.parts.length > 1 ? value.parts.join(' … ') : value.text}”`;
}

/** A claim in the list; its details render only while expanded. */
export function ClaimItem({
  group,
  documents,
  expanded,
  onToggle,
  onReveal,
  revealNote = '',
  place = 'page',
  focusRef,
}: ClaimItemProps) {
  const { item } = group;
  const badge = claimBadge(item.result);
  const repeats = repeatLabel(group, place);
  const detailsId = `claim-${group.id}-details`;
  return (
    <li
      class="claim"
      ref={focusRef}
      tabIndex={focusRef === undefined ? undefined : -1}
      id={`claim-${group.id}`}
      data-testid="claim"
      data-claim-id={group.id}
      data-count={group.ids.length}
      data-kind={item.claim.kind}
    >
      <h3 class="claim-head">
        <button
          type="button"
          class="claim-toggle"
          aria-expanded={expanded}
          // Only while the details exist: a reference to a missing element is an error to assistive technology.
          aria-controls={expanded ? detailsId : undefined}
          onClick={() => onToggle(group.id)}
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
      <p class="claim-summary">
        {repeats !== null && (
          <>
            <span class="repeat" data-testid="claim-repeat">
              {repeats}
            </span>
            {' · '}
          </>
        )}
        {item.result.variance.summary}
      </p>
      {expanded && (
        <ClaimDetails
          group={group}
          documents={documents}
          id={detailsId}
          onReveal={onReveal}
          revealNote={revealNote}
          place={place}
        />
      )}
    </li>
  );
}

/** Longest page sentence shown whole; a longer one is cut around the claim. */
const MAX_SENTENCE = 280;

/**
 * The page's own sentence, with the claim marked: what a figure counts or a date dates, which the entry's title
 * alone does not say ("250,000"), above all in the full view, where the page is not beside it.
 */
function PageSentence({
  sentence,
  context,
  text,
  caption,
}: {
  sentence: string;
  context?: string;
  text: string;
  caption: string;
}) {
  const own = collapseSpace(sentence);
  const claim = collapseSpace(text);
  if (own === '' || own === claim) return null;
  // The sentences before, when the claim's own says nothing but what it counts (Claim.context): the matches
  // rest on them, and the claim is marked in its own sentence, not where the same words occur before.
  const before = context === undefined ? '' : `${collapseSpace(context)} `;
  const tidy = `${before}${own}`;
  const inOwn = own.indexOf(claim);
  let at = inOwn < 0 ? -1 : before.length + inOwn;
  let shown = tidy;
  if (shown.length > MAX_SENTENCE) {
    const from = Math.max(0, (at < 0 ? 0 : at) - MAX_SENTENCE / 2);
    const lead = from > 0 ? '…' : '';
    shown = `${lead}${tidy.slice(from, from + MAX_SENTENCE)}${from + MAX_SENTENCE < tidy.length ? '…' : ''}`;
    if (at >= 0) at = at - from + lead.length;
  }
  // A claim longer than the cut shows unmarked rather than half marked.
  if (at >= 0 && shown.slice(at, at + claim.length) !== claim) at = -1;
  return (
    <figure class="page-sentence" data-testid="page-sentence">
      <figcaption>{caption}</figcaption>
      <Passage text={shown} spanStart={at < 0 ? 0 : at} spanEnd={at < 0 ? 0 : at + claim.length} />
    </figure>
  );
}

function ClaimDetails({
  group,
  documents,
  id,
  onReveal,
  revealNote,
  place,
}: {
  group: ClaimGroup;
  documents: ReadonlyMap<string, DocumentInfo>;
  id: string;
  onReveal: ((id: string) => void) | undefined;
  revealNote: string;
  place: ClaimPlace;
}) {
  const { item, ids, status } = group;
  const { reporting, otherTimes, silent } = claimSources(item.result, documents);
  const first = reporting[0] ?? null;
  // Opening the entry has shown its first occurrence, so a repeated claim's button goes on to the second.
  const [step, setStep] = useState(ids.length > 1 ? 1 : 0);
  // A rescan may leave fewer occurrences than the step had reached.
  const at = step < ids.length ? step : 0;
  const showNext = (): void => {
    setStep((at + 1) % ids.length);
    onReveal?.(ids[at] ?? group.id);
  };
  return (
    <div class="claim-details" id={id}>
      {onReveal !== undefined && (
        <p class="claim-actions">
          <button type="button" class="link-button" data-testid="show-on-page" onClick={showNext}>
            {ids.length > 1
              ? `Show place ${formatCount(at + 1)} of ${formatCount(ids.length)} on the page`
              : 'Show on page'}
          </button>
          {/* In the page while empty: a live region that appears only as it speaks is not heard in every screen reader. */}
          <span class="reveal-note" role="status" data-testid="reveal-note">
            {revealNote}
          </span>
        </p>
      )}
      <PageSentence
        sentence={item.claim.sentence}
        context={item.claim.context}
        text={item.claim.text}
        caption={PLACE_WORDS[place].ownSentence}
      />
      {status?.sourcesAlsoDisagree != null && (
        <p class="note disagree" data-testid="corpus-disagrees">
          {placeSentence(status.sourcesAlsoDisagree, place)}
        </p>
      )}
      {status?.sourcesVary != null && (
        <p class="note vary" data-testid="sources-vary">
          {placeSentence(status.sourcesVary, place)}
        </p>
      )}
      <h4 class="sub">Sources that state it</h4>
      {reporting.length > 0 ? (
        <ul class="sources">
          {reporting.map((source, i) => (
            <SourceRow
              key={source.doc}
              source={source}
              claim={item.claim}
              reference={i > 0 ? first : null}
              place={place}
            />
          ))}
        </ul>
      ) : (
        <p class="muted">No source states this fact.</p>
      )}
      {otherTimes.length > 0 && (
        <>
          <h4 class="sub">Counts of other times</h4>
          <p class="muted">
            These sources give the figure as it was counted at another time: a count that runs on, not a
            different fact.
          </p>
          <ul class="sources" data-testid="other-time-sources">
            {otherTimes.map((source) => (
              <SourceRow key={source.doc} source={source} claim={item.claim} reference={null} place={place} />
            ))}
          </ul>
        </>
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
    </div>
  );
}
