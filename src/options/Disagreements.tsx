/**
 * The facts on which the corpus's own sources disagree, as the options page lists them: each report in its
 * source's words, compared word by word with the first.
 */
import { useMemo } from 'preact/hooks';
import { Passage } from '../popup/components/Passage';
import { QuoteDiff } from '../popup/components/QuoteDiff';
import { dateLabel, KIND_LABEL, plural } from '../popup/labels';
import { formatCount } from '../core/text/format-count';
import { hasChanges, wordDiff } from '../popup/word-diff';
import type { CorpusDisagreement, DocumentInfo } from '../core/types';
import { reportLabels } from './report-labels';
import { reportTally, tallyLine } from './report-tally';
import { useListAll } from '../popup/use-list-all';

/** Disagreements listed before "Show all": hundreds of user documents bring hundreds of them. */
export const DISAGREEMENTS_SHOWN = 20;

/**
 * What the corpus view says of its disagreements: unknown while the corpus cannot load (`undefined`), being found
 * (null: seconds after a change at thousands of documents, see getCorpusInfo) or why they are not coming, none,
 * or the list.
 */
export function DisagreementsSection({
  disagreements,
  failed,
  documents,
  documentOf,
}: {
  disagreements: readonly CorpusDisagreement[] | null | undefined;
  /** The answer that was to bring them failed. */
  failed: boolean;
  /** How many documents they are found among. */
  documents: number;
  documentOf: (doc: string) => DocumentInfo | undefined;
}) {
  if (disagreements === undefined)
    return (
      <p class="muted" data-testid="disagreements-unknown">
        Not known until the corpus loads: the disagreements are found across all its documents.
      </p>
    );
  if (disagreements === null)
    return failed ? (
      <p class="error" data-testid="disagreements-failed">
        The disagreements could not be found just now. Reload this page to try again.
      </p>
    ) : (
      <p class="muted" role="status" data-testid="disagreements-pending">
        Finding the facts on which the sources of {plural(documents, 'document', 'documents')} disagree…
      </p>
    );
  if (disagreements.length === 0)
    return (
      <p class="muted" data-testid="no-disagreements">
        The corpus sources do not contradict each other on any fact found.
      </p>
    );
  return <Disagreements disagreements={disagreements} documentOf={documentOf} />;
}

/** The corpus disagreements, the first DISAGREEMENTS_SHOWN of them until the user asks for all. */
export function Disagreements({
  disagreements,
  documentOf,
}: {
  disagreements: readonly CorpusDisagreement[];
  /** A document's metadata: its outlet names a report, its title tells apart reports of one outlet. */
  documentOf: (doc: string) => DocumentInfo | undefined;
}) {
  const { all, listAll, firstMore } = useListAll<HTMLLIElement>();
  const hidden = all ? 0 : Math.max(0, disagreements.length - DISAGREEMENTS_SHOWN);
  const listed = hidden === 0 ? disagreements : disagreements.slice(0, DISAGREEMENTS_SHOWN);
  return (
    <>
      <ul class="disagreements" data-testid="disagreements">
        {listed.map((d, i) => (
          <li
            key={i}
            class="disagreement"
            tabIndex={i === DISAGREEMENTS_SHOWN ? -1 : undefined}
            ref={i === DISAGREEMENTS_SHOWN ? firstMore : undefined}
          >
            <h4>
              <span class="kind">{KIND_LABEL[d.kind]}</span> {d.topic}
            </h4>
            <DisagreementReports kind={d.kind} reports={d.reports} documentOf={documentOf} />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p class="more-disagreements">
          <span class="muted">
            The first {DISAGREEMENTS_SHOWN} of {formatCount(disagreements.length)} are shown.
          </span>{' '}
          <button type="button" class="secondary" data-testid="show-all-disagreements" onClick={listAll}>
            Show all {formatCount(disagreements.length)}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * The reports of one fact, each with its source's date when known (two figures a year apart may both be right),
 * under a tally of who says what once there are several. Each after the first is compared word by word with the
 * first, since two wordings that differ by a word or two ("Bashar Al-Assad" and "Assad") otherwise read as the
 * same.
 */
function DisagreementReports({
  kind,
  reports,
  documentOf,
}: {
  kind: CorpusDisagreement['kind'];
  reports: CorpusDisagreement['reports'];
  documentOf: (doc: string) => DocumentInfo | undefined;
}) {
  const first = reports[0];
  const labels = reportLabels(reports, documentOf);
  const firstLabel = labels[0] ?? '';
  // Computed once per corpus answer, not on every render of the page around it.
  const diffs = useMemo(
    () => reports.map((r, i) => (i > 0 && first !== undefined ? wordDiff(first.text, r.text) : null)),
    [reports, first],
  );
  const tally = useMemo(() => tallyLine(reportTally(reports, kind)), [reports, kind]);
  return (
    <>
      {tally !== '' && (
        <p class="report-tally muted" data-testid="report-tally">
          {tally}
        </p>
      )}
      <ul>
        {reports.map((r, i) => {
          const at = r.passage.indexOf(r.text);
          const diff = diffs[i] ?? null;
          // A date that does not parse reads "undated": said of no report, since most have no date.
          const when = dateLabel(documentOf(r.doc)?.date);
          const date = when === 'undated' ? null : (documentOf(r.doc)?.date ?? null);
          return (
            <li key={r.doc} data-doc={r.doc}>
              {/* The report's words are marked in its passage: printed again before it, they read twice. */}
              <span class="outlet">{labels[i]}</span>
              {date && (
                <span class="report-date muted">
                  , <time dateTime={date}>{when}</time>
                </span>
              )}
              <Passage
                text={r.passage}
                spanStart={at < 0 ? 0 : at}
                spanEnd={at < 0 ? 0 : at + r.text.length}
              />
              {diff !== null && first !== undefined && hasChanges(diff) && (
                <QuoteDiff
                  caption={`Against ${firstLabel}`}
                  parts={diff}
                  addedBy={labels[i] ?? r.source}
                  removedBy={firstLabel}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
