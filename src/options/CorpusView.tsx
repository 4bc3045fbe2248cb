/**
 * The corpus: its documents (outlet, title, date; unknown metadata said plainly, never invented) and the
 * facts on which its own sources disagree.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import { dateLabel, plural } from '../popup/labels';
import { UNKNOWN_OUTLET } from '../shared/source-name';
import type { DocumentInfo } from '../core/types';
import type { CorpusInfo } from '../shared/messages';
import { sendToWorker } from '../shared/rpc';
import { isHttpUrl } from '../core/corpus/sources-meta';
import { AddDocuments } from './AddDocuments';
import { ExportDocuments } from './ExportDocuments';
import { useFocusAfterRemoval } from './use-focus-after-removal';
import { Disagreements } from './Disagreements';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Past this many documents the table gets a filter: the one row a user looks for is lost among hundreds. */
export const FILTER_FROM = 25;

/** Whether `doc` shows `needle` (lower case) in its outlet as shown, its title or its id. */
function matchesFilter(doc: DocumentInfo, needle: string): boolean {
  return [doc.outlet ?? UNKNOWN_OUTLET, doc.title, doc.id].some((field) =>
    field.toLowerCase().includes(needle),
  );
}

/** Loads the corpus metadata from the worker and shows it, with the form that adds the user's documents. */
export function CorpusView() {
  const [corpus, setCorpus] = useState<CorpusInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  const reload = useCallback(
    () =>
      sendToWorker('getCorpusInfo', {})
        .then((info) => {
          setCorpus(info);
          setError(null);
        })
        .catch((e: unknown) => setError(`The corpus could not be read: ${messageOf(e)}`)),
    [],
  );
  const load = useCallback(() => void reload(), [reload]);
  useEffect(load, [load]);
  const remove = (id: string): void => {
    if (removing.has(id)) return;
    const title = corpus?.documents.find((d) => d.id === id)?.title ?? id;
    // The text may exist nowhere else on this machine: ask before it is gone.
    if (!window.confirm(`Remove "${title}" from the corpus? Its text is deleted from this browser.`)) return;
    // The worker indexes the corpus again before it answers, seconds with hundreds of documents: the row says
    // so until the reloaded corpus no longer lists it.
    setRemoving((ids) => new Set(ids).add(id));
    sendToWorker('removeDocument', { id })
      .then(reload)
      .catch((e: unknown) => setError(`"${title}" could not be removed: ${messageOf(e)}`))
      .finally(() =>
        setRemoving((ids) => {
          const left = new Set(ids);
          left.delete(id);
          return left;
        }),
      );
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
        <CorpusDetails corpus={corpus} onRemove={remove} removing={removing}>
          <h3>Add your own documents</h3>
          <AddDocuments onAdded={load} />
          {corpus.userDocuments.length > 0 && (
            <>
              <h3>Keep a copy of your documents</h3>
              <ExportDocuments count={corpus.userDocuments.length} />
            </>
          )}
        </CorpusDetails>
      )}
    </>
  );
}

/** The corpus tables, separate from loading so it renders from plain data in tests. */
export function CorpusDetails({
  corpus,
  onRemove,
  removing,
  children,
}: {
  corpus: CorpusInfo;
  onRemove?: (id: string) => void;
  /** Ids of the documents being removed: their button waits, disabled, for the worker's answer. */
  removing?: ReadonlySet<string>;
  /**
   * Shown before the documents (the form that adds to them): after them, a user with hundreds of documents
   * had to scroll past every one to reach it.
   */
  children?: ComponentChildren;
}) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const mine = new Set(corpus.userDocuments);
  const documents = useMemo(() => new Map(corpus.documents.map((doc) => [doc.id, doc])), [corpus.documents]);
  const filtering = corpus.documents.length > FILTER_FROM;
  // A filter left typed in when removals bring the table under FILTER_FROM no longer applies: its input is gone.
  const needle = filtering ? filter.trim().toLowerCase() : '';
  const shown =
    needle === '' ? corpus.documents : corpus.documents.filter((doc) => matchesFilter(doc, needle));
  // Only the rows shown: focus after a removal goes to a neighbour the user can see.
  const focus = useFocusAfterRemoval(shown.filter((doc) => mine.has(doc.id)).map((doc) => doc.id));
  return (
    <>
      {children}
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
      {filtering && (
        <div class="documents-filter">
          <label class="field" for={filterId}>
            Filter documents <span class="muted">(outlet, title or id)</span>
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            data-testid="documents-filter"
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
          <p role="status" data-testid="documents-shown">
            Showing {shown.length} of {corpus.documents.length}
          </p>
        </div>
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
          {shown.length === 0 && needle !== '' && (
            <tr>
              <td colSpan={4} class="muted" data-testid="no-documents-match">
                No document matches “{filter.trim()}”.
              </td>
            </tr>
          )}
          {shown.map((doc) => (
            <tr key={doc.id} data-doc={doc.id}>
              <td class={doc.outlet === null ? 'muted' : ''}>{doc.outlet ?? UNKNOWN_OUTLET}</td>
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
                    <RemoveButton
                      title={doc.title}
                      busy={removing?.has(doc.id) ?? false}
                      onClick={() => {
                        focus.removing(doc.id);
                        onRemove(doc.id);
                      }}
                      control={focus.control(doc.id)}
                    />
                  )
                ) : (
                  <span class="muted">bundled</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Where the sources disagree</h3>
      {corpus.disagreements.length === 0 ? (
        <p class="muted" data-testid="no-disagreements">
          The corpus sources do not contradict each other on any fact found.
        </p>
      ) : (
        <Disagreements disagreements={corpus.disagreements} documentOf={(doc) => documents.get(doc)} />
      )}
    </>
  );
}

/**
 * A document's Remove button. While the removal is under way it is disabled and says so, and is no target for
 * the focus a neighbour's removal hands on: a disabled button cannot take it.
 */
function RemoveButton({
  title,
  busy,
  onClick,
  control,
}: {
  title: string;
  busy: boolean;
  onClick: () => void;
  control: (element: HTMLElement | null) => void;
}) {
  return (
    <button
      type="button"
      class="secondary remove"
      disabled={busy}
      onClick={onClick}
      aria-label={`${busy ? 'Removing' : 'Remove'} ${title}`}
      ref={busy ? undefined : control}
    >
      {busy ? 'Removing…' : 'Remove'}
    </button>
  );
}
