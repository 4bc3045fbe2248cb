/**
 * The hover card: what the corpus says about one claim. Page and corpus text are rendered only as
 * Preact text nodes, so nothing from either can become markup.
 */
import type { ClaimResult, DiffPart, DocumentInfo, OtherTimeCount, SourceMatch } from '../../core/types';
import {
  claimStatus,
  NO_SOURCE_WORDS,
  reportedWhen,
  SOURCE_WORDS,
  writtenWhen,
  writtenWhenNote,
  type SourceStatus,
} from '../../shared/relation-words';
import { outletOf } from '../../shared/source-name';
import { sourceWording } from '../../shared/source-wording';
import type { FoundClaim } from '../found-claim';
import { formatDate, formatSourceValue, formatValue, tidy } from '../format-value';
import { formatCount } from '../../core/text/format-count';

/** Props of the card. */
export interface CardProps {
  claim: FoundClaim;
  /** Document metadata by id; null while it is still being fetched. */
  documents: ReadonlyMap<string, DocumentInfo> | null;
  /** See CardView.pageDated; a page is taken as dated when this is left out. */
  pageDated?: boolean;
  onOpenFullView: () => void;
  onClose: () => void;
}

/** Most sources one card lists; the full view has the rest. */
const MAX_SOURCES = 4;

/** Collapses whitespace runs but keeps a boundary space, so emphasis does not glue or split words. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

function Passage({ match }: { match: SourceMatch }) {
  const { passage, spanStart, spanEnd } = match;
  const valid = spanStart >= 0 && spanEnd > spanStart && spanEnd <= passage.length;
  // A document the user added may be in a right-to-left script: its text takes its own direction.
  if (!valid)
    return (
      <blockquote class="passage" dir="auto">
        {tidy(passage)}
      </blockquote>
    );
  return (
    <blockquote class="passage" dir="auto">
      {squash(passage.slice(0, spanStart)).trimStart()}
      <mark>{squash(passage.slice(spanStart, spanEnd))}</mark>
      {squash(passage.slice(spanEnd)).trimEnd()}
    </blockquote>
  );
}

/**
 * The words the page and the source word differently. A screen reader says nothing of `<ins>` and `<del>`, and
 * reads no `aria-label` on a paragraph: each change is said in hidden words beside it, as the popup's diff does.
 */
function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff">
      <span class="sr-only">Wording differences, page to source: </span>
      {parts.map((part, i) =>
        part.added ? (
          <span key={i} class="change">
            <span class="sr-only">[only in the source: </span>
            <ins title="in the source, not on this page">{part.value}</ins>
            <span class="sr-only">]</span>
          </span>
        ) : part.removed ? (
          <span key={i} class="change">
            <span class="sr-only">[only on this page: </span>
            <del title="on this page, not in the source">{part.value}</del>
            <span class="sr-only">]</span>
          </span>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

/** One source of the card: what it says, and how it stands on the claim. */
interface CardSource {
  match: SourceMatch;
  status: SourceStatus;
  /** When a count of another time was reported, which dates it better than its document's date. */
  reported?: Pick<OtherTimeCount, 'reported' | 'bound' | 'likely'>;
}

/** The matches, then the counts of other times (see OtherTimeCount), each with its status. */
function cardSources(result: ClaimResult): CardSource[] {
  const sources: CardSource[] = result.matches.map((match) => ({ match, status: match.relation }));
  for (const count of result.otherCounts ?? []) {
    const status = count.when === 'earlier' ? 'earlier-count' : 'later-count';
    sources.push({ match: count, status, reported: count });
  }
  return sources;
}

function SourceItem({ source, info }: { source: CardSource; info: DocumentInfo | undefined }) {
  const { match, status } = source;
  const outlet = outletOf(info, match.source);
  const title = info?.title && info.title !== outlet ? info.title : null;
  const written = (day: string) => formatDate({ type: 'date', start: day, end: day, precision: 'day' });
  // Said as the popup says it: a reader weighing "a different number" needs to know when, or that no one knows.
  const date = source.reported ? reportedWhen(source.reported, written) : writtenWhen(info, written);
  return (
    <li class="source">
      <div class="meta">
        {/* First, floated to the first line's end (see CARD_CSS): the outlet and date wrap around it, and it never
            goes to a line of its own beside a long date, as the last item of a wrapping row did. */}
        <span class={`rel rel-${status}`}>{SOURCE_WORDS[status]}</span>
        <span class="outlet">{outlet}</span>
        {/* Joined by a no-break space: the dot stays on the outlet's line when the date wraps to the next. */}
        <span class="sep" aria-hidden="true">
          {'\u00a0· '}
        </span>
        <span class="date" title={source.reported ? undefined : writtenWhenNote(info)}>
          {date}
        </span>
      </div>
      {title && (
        <div class="title" dir="auto">
          {title}
        </div>
      )}
      {/* In the source's own words: a value re-printed from the engine's reading reads "$13,700,000,000". */}
      {match.value.type !== 'quote' && (
        <div class="says">Says: {sourceWording(match) ?? formatSourceValue(match.value)}</div>
      )}
      <Passage match={match} />
      {match.diff && match.diff.some((part) => part.added || part.removed) && <Diff parts={match.diff} />}
    </li>
  );
}

/** The card's content for one claim. */
export function Card({ claim, documents, pageDated = true, onOpenFullView, onClose }: CardProps) {
  const { claim: found, result } = claim;
  // The found claim's relation came from the same rule; recomputing keeps the badge's words and tone together.
  const status = claimStatus(result);
  const relation = status?.relation ?? claim.relation;
  const text = tidy(found.text);
  const readAs = formatValue(found.value, { hideGuessedYear: !pageDated });
  const label = `Claim Lens: ${text.slice(0, 80)}`;
  const sources = cardSources(result);
  const shown = sources.slice(0, MAX_SOURCES);
  const more = sources.length - shown.length;
  return (
    <div class={`card rel-${relation}`} role="dialog" aria-label={label} tabIndex={-1}>
      <div class="head">
        <span class={`badge rel-${relation}`}>{status?.label ?? NO_SOURCE_WORDS}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {/* Before the (scrollable, hence focusable) body in tab order; shown last by CSS `order`, outside the body, so
          that however short the card is cut, its head and this button stay in it and only the body scrolls. */}
      <button type="button" class="open" onClick={onOpenFullView}>
        Open full view
      </button>
      <div class="body">
        <p class="claim">{text}</p>
        {/* Only when it adds something: "Some 42,000" read as "some 42,000" is the same words. A quote's reading is
            its own words again, which a long quote had made most of the card: only who said it is new. */}
        {found.value.type === 'quote'
          ? found.value.speaker && (
              <p class="value">
                Said by: <strong>{tidy(found.value.speaker)}</strong>
              </p>
            )
          : readAs.toLowerCase() !== text.toLowerCase() && (
              <p class="value">
                Read as: <strong>{readAs}</strong>
              </p>
            )}
        {result.variance.summary && <p class="summary">{result.variance.summary}</p>}
        {status?.sourcesVary && <p class="vary">{status.sourcesVary}</p>}
        {status?.sourcesAlsoDisagree && <p class="vary">{status.sourcesAlsoDisagree}</p>}
        <ul class="sources">
          {shown.map((source) => (
            <SourceItem
              key={`${source.match.doc}:${source.match.passageStart}`}
              source={source}
              info={documents?.get(source.match.doc)}
            />
          ))}
        </ul>
        {more > 0 && <p class="more">and {formatCount(more)} more in the full view</p>}
      </div>
    </div>
  );
}
