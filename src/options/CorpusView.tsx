/**
 * The corpus: its documents (outlet, title, date; unknown metadata said plainly, never invented) and the
 * facts on which its own sources disagree.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Passage } from '../popup/components/Passage';
import { QuoteDiff } from '../popup/components/QuoteDiff';
import { dateLabel, KIND_LABEL, plural } from '../popup/labels';
import { hasChanges, wordDiff } from '../popup/word-diff';
import type { CorpusDisagreement } from '../core/types';
import type { CorpusInfo } from '../shared/messages';
import { sendToWorker } from '../shared/rpc';
import { isHttpUrl } from '../core/corpus/sources-meta';
import { AddDocuments } from './AddDocuments';
import { useFocusAfterRemoval } from './use-focus-after-removal';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the corpus metadata from the worker and shows it, with the form that adds the user's documents. */
export function CorpusView() {
  const [corpus, setCorpus] = useState<CorpusInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    sendToWorker('getCorpusInfo', {})
      .then((info) => {
        setCorpus(info);
        setError(null);
      })
      .catch((e: unknown) => setError(`The corpus could not be read: ${messageOf(e)}`));
  }, []);
  useEffect(load, [load]);
  const remove = (id: string): void => {
    const title = corpus?.documents.find((d) => d.id === id)?.title ?? id;
    // The text may exist nowhere else on this machine: ask before it is gone.
    if (!window.confirm(`Remove "${title}" from the corpus? Its text is deleted from this browser.`)) return;
    sendToWorker('removeDocument', { id })
      .then(load)
      .catch((e: unknown) => setError(`"${title}" could not be removed: ${messageOf(e)}`));
  };
  return (
    <>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {corpus === null && error === null && <p class="muted">Loading the corpus…</p>}
      {corpus !== null && (
        <CorpusDetails corpus={corpus} onRemove={remove}>
          <h3>Add your own documents</h3>
          <AddDocuments onAdded={load} />
        </CorpusDetails>
      )}
    </>
  );
}

/** The corpus tables, separate from loading so it renders from plain data in tests. */
export function CorpusDetails({
  corpus,
  onRemove,
  children,
}: {
  corpus: CorpusInfo;
  onRemove?: (id: string) => void;
  /** Shown right under the documents table (the form that adds to it). */
  children?: ComponentChildren;
}) {
  const mine = new Set(corpus.userDocuments);
  const focus = useFocusAfterRemoval(corpus.documents.filter((doc) => mine.has(doc.id)).map((doc) => doc.id));
  return (
    <>
      <h3 data-testid="corpus-count" tabIndex={-1} ref={focus.fallback}>
        {plural(corpus.documents.length, 'document', 'documents')}
        {mine.size > 0 && <span class="muted"> ({mine.size} added by you)</span>}
      </h3>
      {corpus.userProblems.length > 0 && (
        <ul class="error" role="alert" data-testid="user-problems">
          {corpus.userProblems.map((p) => (
            <li key={p}>Left out of the corpus: {p}</li>
          ))}
        </ul>
      )}
      <table class="documents" data-testid="documents">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {corpus.documents.map((doc) => (
            <tr key={doc.id} data-doc={doc.id}>
              <td class={doc.outlet === null ? 'muted' : ''}>{doc.outlet ?? 'unknown outlet'}</td>
              <td>
                {doc.url !== null && isHttpUrl(doc.url) ? (
                  <a href={doc.url} rel="noreferrer noopener" target="_blank">
                    {doc.title}
                  </a>
                ) : (
                  doc.title
                )}
                <div class="doc-id muted">{doc.id}</div>
              </td>
              <td class={doc.date === null ? 'muted' : ''}>{dateLabel(doc.date)}</td>
              <td>
                {mine.has(doc.id) ? (
                  onRemove && (
                    <button
                      type="button"
                      class="remove"
                      onClick={() => {
                        focus.removing(doc.id);
                        onRemove(doc.id);
                      }}
                      aria-label={`Remove ${doc.title}`}
                      ref={focus.control(doc.id)}
                    >
                      Remove
                    </button>
                  )
                ) : (
                  <span class="muted">bundled</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
      <h3>Where the sources disagree</h3>
      {corpus.disagreements.length === 0 ? (
        <p class="muted" data-testid="no-disagreements">
          The corpus sources do not contradict each other on any fact found.
        </p>
      ) : (
        <ul class="disagreements" data-testid="disagreements">
          {corpus.disagreements.map((d, i) => (
            <li key={i} class="disagreement">
              <h4>
                <span class="kind">{KIND_LABEL[d.kind]}</span> {d.topic}
              </h4>
              <DisagreementReports reports={d.reports} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The reports of one fact. Each after the first is compared word by word with the first, since two
 * wordings that differ by a word or two ("Bashar Al-Assad" and "Assad") otherwise read as the same.
 */
function DisagreementReports({ reports }: { reports: CorpusDisagreement['reports'] }) {
  const first = reports[0];
  // Computed once per corpus answer, not on every render of the page around it.
  const diffs = useMemo(
    () => reports.map((r, i) => (i > 0 && first !== undefined ? wordDiff(first.text, r.text) : null)),
    [reports, first],
  );
  return (
    <ul>
      {reports.map((r, i) => {
        const at = r.passage.indexOf(r.text);
        const diff = diffs[i] ?? null;
        return (
          <li key={r.doc} data-doc={r.doc}>
            <span class="outlet">{r.source}</span>: <strong>{r.text}</strong>
            <Passage text={r.passage} spanStart={at < 0 ? 0 : at} spanEnd={at < 0 ? 0 : at + r.text.length} />
            {diff !== null && first !== undefined && hasChanges(diff) && (
              <QuoteDiff
                caption={`Against ${first.source}`}
                parts={diff}
                addedBy={r.source}
                removedBy={first.source}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
