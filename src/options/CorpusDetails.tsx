/**
 * The corpus's tables: its documents (outlet, title, date; unknown metadata said plainly, never invented), with a
 * filter past a few dozen and each user document's actions, and the facts on which its own sources disagree.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { dateLabel, plural } from '../popup/labels';
import { formatCount } from '../core/text/format-count';
import { UNKNOWN_OUTLET } from '../shared/source-name';
import { writtenWhen, writtenWhenNote } from '../shared/relation-words';
import type { DocumentInfo } from '../core/types';
import type { CorpusInfo } from '../shared/messages';
import { isHttpUrl } from '../core/corpus/sources-meta';
import { useFocusAfterRemoval } from './use-focus-after-removal';
import { DisagreementsSection } from './Disagreements';
import { useListAll } from '../popup/use-list-all';
import { DocumentActions } from './DocumentActions';
import { EditDocument } from './EditDocument';
import type { DocumentDetails } from '../core/corpus/user-documents';
import { RemoveUnreadable, type UnreadableRemoval } from './RemoveUnreadable';

/** Past this many documents the table gets a filter: the one row a user looks for is lost among hundreds. */
export const FILTER_FROM = 25;

/**
 * Rows the table lists until the user asks for all. With every row of 4,750 documents listed, the page took
 * 2.2–2.5 s to show after a reload and about 0.3 s a key typed in the filter (Chromium); the filter, not the
 * scroll bar, is how one document among thousands is found.
 */
export const ROWS_SHOWN = 200;

/** Whether `doc` shows `needle` (lower case) in its outlet as shown, its title or its id. */
function matchesFilter(doc: DocumentInfo, needle: string): boolean {
  return [doc.outlet ?? UNKNOWN_OUTLET, doc.title, doc.id].some((field) =>
    field.toLowerCase().includes(needle),
  );
}

/** The corpus tables, separate from loading so it renders from plain data in tests. */
export function CorpusDetails({
  corpus,
  onRemove,
  onRemoveMany,
  onUpdate,
  onRemoveUnreadable,
  removing,
  unavailable = false,
  disagreementsFailed = false,
}: {
  corpus: CorpusInfo;
  /** The corpus came without its disagreements (still being found), and the answer that was to bring them failed. */
  disagreementsFailed?: boolean;
  /**
   * The corpus could not be loaded: `corpus` holds the user's documents alone, read from storage, and the
   * disagreements, which need the whole corpus, are unknown.
   */
  unavailable?: boolean;
  onRemove?: (id: string) => void;
  /** Removes several of the user's documents at once: those the filter shows, or all of them. */
  onRemoveMany?: (ids: readonly string[]) => void;
  /** Saves the corrected details of one of the user's documents; rejects with why they were not saved. */
  onUpdate?: (id: string, details: DocumentDetails) => Promise<void>;
  /**
   * Removes the stored entries that are not documents (`corpus.unreadable`, of which `expected` were shown);
   * resolves once the corpus is loaded again. Without it, none are offered for removal.
   */
  onRemoveUnreadable?: (expected: number) => Promise<UnreadableRemoval>;
  /** Ids of the documents being removed: their button waits, disabled, for the worker's answer. */
  removing?: ReadonlySet<string>;
}) {
  const [filter, setFilter] = useState('');
  // The document whose details are being corrected, in a row under its own.
  const [editing, setEditing] = useState<string | null>(null);
  const { all: allRows, listAll, firstMore } = useListAll<HTMLTableRowElement>();
  const filterId = useId();
  const countId = useId();
  const mine = new Set(corpus.userDocuments);
  const documents = useMemo(() => new Map(corpus.documents.map((doc) => [doc.id, doc])), [corpus.documents]);
  const filtering = corpus.documents.length > FILTER_FROM;
  // A filter left typed in when removals bring the table under FILTER_FROM no longer applies: its input is gone.
  const needle = filtering ? filter.trim().toLowerCase() : '';
  const shown =
    needle === '' ? corpus.documents : corpus.documents.filter((doc) => matchesFilter(doc, needle));
  const listed = allRows ? shown : shown.slice(0, ROWS_SHOWN);
  // The user's documents among those the filter finds, listed or not: what "Remove" many takes.
  const shownMine = shown.filter((doc) => mine.has(doc.id)).map((doc) => doc.id);
  // Only the rows listed: focus after a removal goes to a neighbour the user can see.
  const focus = useFocusAfterRemoval(listed.filter((doc) => mine.has(doc.id)).map((doc) => doc.id));
  const heading = useRef<HTMLHeadingElement | null>(null);
  return (
    <>
      <h3
        id={countId}
        data-testid="corpus-count"
        tabIndex={-1}
        ref={(element) => {
          heading.current = element;
          focus.fallback(element);
        }}
      >
        {unavailable
          ? plural(corpus.documents.length, 'document you added', 'documents you added')
          : plural(corpus.documents.length, 'document', 'documents')}
        {mine.size > 0 && !unavailable && <span class="muted"> ({formatCount(mine.size)} added by you)</span>}
      </h3>
      {corpus.userProblems.length > 0 && (
        // Around the list, not on it, which would take its list role away (see AddDocuments' refusals).
        <div class="error" role="alert" data-testid="user-problems">
          <ul>
            {corpus.userProblems.map((p) => (
              <li key={p}>Left out of the corpus: {p}</li>
            ))}
          </ul>
        </div>
      )}
      {/* After the line that says entries could not be read, and apart from it: that list is an alert, announced
          whole at each change, and the offer stays to say what it did once the line is gone. */}
      {onRemoveUnreadable && (
        <RemoveUnreadable
          count={corpus.unreadable ?? 0}
          onRemove={onRemoveUnreadable}
          focusAfter={() => heading.current?.focus()}
        />
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
            {listed.length < shown.length
              ? `Showing the first ${formatCount(listed.length)} of ${formatCount(shown.length)}` +
                (needle === '' ? '' : ` that match (${formatCount(corpus.documents.length)} in all)`)
              : `Showing ${formatCount(shown.length)} of ${formatCount(corpus.documents.length)}`}
          </p>
        </div>
      )}
      {onRemoveMany && shownMine.length > 1 && (
        <p class="remove-many">
          <button
            type="button"
            class="secondary"
            data-testid="remove-shown"
            disabled={shownMine.every((id) => removing?.has(id) ?? false)}
            onClick={() => onRemoveMany(shownMine)}
          >
            {needle === '' || shownMine.length === mine.size
              ? `Remove all ${formatCount(shownMine.length)} of your documents`
              : `Remove the ${formatCount(shownMine.length)} of your documents that match`}
          </button>
        </p>
      )}
      {/* Named by the heading above it, which says whose documents they are and how many: a table without a name is
          announced as a bare "table" among the page's others. */}
      <table class="documents" data-testid="documents" aria-labelledby={countId}>
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
          {listed.map((doc, i) => [
            <tr
              key={doc.id}
              data-doc={doc.id}
              tabIndex={i === ROWS_SHOWN ? -1 : undefined}
              ref={i === ROWS_SHOWN ? firstMore : undefined}
            >
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
              <td class={doc.date === null ? 'muted' : ''} title={writtenWhenNote(doc)}>
                {writtenWhen(doc, dateLabel)}
              </td>
              <td>
                {mine.has(doc.id) ? (
                  <DocumentActions
                    doc={doc}
                    editing={editing === doc.id}
                    onEdit={onUpdate && (() => setEditing(editing === doc.id ? null : doc.id))}
                    busy={removing?.has(doc.id) ?? false}
                    onRemove={
                      onRemove &&
                      (() => {
                        focus.removing(doc.id);
                        onRemove(doc.id);
                      })
                    }
                    control={focus.control(doc.id)}
                  />
                ) : (
                  <span class="muted">bundled</span>
                )}
              </td>
            </tr>,
            editing === doc.id && onUpdate && (
              <tr key={`${doc.id}-edit`} class="edit-row">
                <td colSpan={4}>
                  <EditDocument
                    doc={doc}
                    onSave={async (details) => {
                      await onUpdate(doc.id, details);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ),
          ])}
        </tbody>
      </table>
      {listed.length < shown.length && (
        <p class="more-documents">
          <button type="button" class="secondary" data-testid="show-all-documents" onClick={listAll}>
            List all {formatCount(shown.length)}
          </button>
        </p>
      )}
      <h3>Where the sources disagree</h3>
      <DisagreementsSection
        disagreements={unavailable ? undefined : corpus.disagreements}
        failed={disagreementsFailed}
        documents={corpus.documents.length}
        documentOf={(doc) => documents.get(doc)}
      />
    </>
  );
}
