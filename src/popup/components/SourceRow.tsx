/** One corpus source of an expanded claim: who, what, when, the passage, the relation and quote differences. */
import { useMemo } from 'preact/hooks';
import type { Claim } from '../../core/types';
import type { SourceView } from '../claim-view';
import { sourceWording } from '../../shared/source-wording';
import { inReportWords, SOURCE_SENTENCE, SOURCE_WORDS } from '../../shared/relation-words';
import { hasChanges, quoteWording, wordDiff } from '../word-diff';
import { dateLabel } from '../labels';
import { PLACE_WORDS, type ClaimPlace } from '../place-words';
import { Passage } from './Passage';
import { QuoteDiff } from './QuoteDiff';

/** Props of SourceRow. */
export interface SourceRowProps {
  source: SourceView;
  claim: Claim;
  /** The first reporting source, when this is a later one: quotes are also compared against it. */
  reference: SourceView | null;
  /** Where the claim comes from, for the words that name it: a page (the default) or a pasted text. */
  place?: ClaimPlace;
}

/** A reporting source; silent sources are listed by ClaimItem, not here. */
export function SourceRow({ source, claim, reference, place = 'page' }: SourceRowProps) {
  const words = PLACE_WORDS[place];
  const match = source.match;
  const isQuote = claim.value.type === 'quote' && match !== null;
  // Diffs are computed only here, when the claim is expanded, never while the list first renders.
  const pageDiff = useMemo(() => {
    if (!isQuote || match === null || claim.value.type !== 'quote') return null;
    return match.diff ?? wordDiff(claim.value.text, quoteWording(match));
  }, [isQuote, match, claim]);
  const sourceDiff = useMemo(() => {
    if (!isQuote || match === null || reference?.match == null) return null;
    return wordDiff(quoteWording(reference.match), quoteWording(match));
  }, [isQuote, match, reference]);
  // Quotes show their wording in the diff below, and an agreeing source says what the page says.
  const wording =
    match !== null && match.value.type !== 'quote' && source.status !== 'agrees'
      ? sourceWording(match)
      : null;
  return (
    <li class="source" data-testid="source" data-doc={source.doc} data-status={source.status}>
      <div class="source-head">
        <span class="outlet" data-testid="source-outlet">
          {source.outlet}
        </span>
        <span class={`badge tone-${source.status}`} data-testid="source-relation">
          {SOURCE_WORDS[source.status]}
        </span>
      </div>
      <p class="source-meta">
        {source.title !== null && (
          <>
            <cite class="title" data-testid="source-title">
              {source.title}
            </cite>
            {' · '}
          </>
        )}
        <span class="date" data-testid="source-date">
          {source.date}
        </span>
      </p>
      {match !== null && <Passage text={match.passage} spanStart={match.spanStart} spanEnd={match.spanEnd} />}
      <p class="relation-sentence">
        This source {SOURCE_SENTENCE[source.status]}
        {source.reported !== undefined ? `, ${inReportWords(source.reported, dateLabel)}` : ''}
        {wording !== null ? `: “${wording}”` : ''}.
      </p>
      {pageDiff !== null && (
        <QuoteDiff caption={words.againstOwn} parts={pageDiff} addedBy="this source" removedBy={words.own} />
      )}
      {sourceDiff !== null && reference !== null && hasChanges(sourceDiff) && (
        <QuoteDiff
          caption={`Against ${reference.outlet}`}
          parts={sourceDiff}
          addedBy="this source"
          removedBy={reference.outlet}
        />
      )}
    </li>
  );
}
