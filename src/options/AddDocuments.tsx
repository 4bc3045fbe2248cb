/**
 * Adding the user's own documents to the corpus: text files, or a pasted text, with what the user knows of
 * the source, or a Claim Lens export (ExportDocuments) read back. Files are read and decoded here (the same
 * checks as the build: not empty, not binary, UTF-8); the worker checks the rest, stores them on this machine
 * and indexes them. Nothing leaves the browser.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { isExportFileName } from '../core/corpus/documents-export';
import type { DocumentInfo } from '../core/types';
import { sendToWorker } from '../shared/rpc';
import type { NewDocument } from '../shared/messages';
import { collapseSpace, plural } from '../popup/labels';
import { formatCount } from '../core/text/format-count';
import { addInBatches, splitTooLong } from './add-in-batches';
import { refusalLines, withSources, type Refusal } from './group-refusals';
import { listSome } from './list-some';
import { focusWasLost } from './use-focus-after-removal';
import { orNull, readPickedFiles, type SourceFields } from './picked-files';
import { SourceFieldset } from './SourceFieldset';

const BLANK: SourceFields = { outlet: '', date: '', url: '' };

/** How many titles the success message names before "and N more". */
const TITLES_SHOWN = 10;

/** What an add did: the documents added, and each refused with why. */
interface AddResult {
  added: DocumentInfo[];
  rejected: Refusal[];
  /** How many documents each export picked held, by file name: its refusals are counted against them. */
  exportSizes: Map<string, number>;
}

/** How far a many-request add has got: documents answered of all sent. */
interface Progress {
  done: number;
  total: number;
}

/**
 * Why one source for several documents: the fields go to each of them, and a user who picked a folder of
 * articles from several outlets would otherwise label them all with one. Null when one document is added.
 */
export function sharedFieldsNote(files: number, pasted: boolean): string | null {
  const count = files + (pasted ? 1 : 0);
  if (count < 2) return null;
  if (!pasted)
    return `These apply to all ${formatCount(count)} files you picked; add files from different outlets separately.`;
  const picked = files === 1 ? 'the file you picked' : `the ${formatCount(files)} files you picked`;
  return `These apply to all ${formatCount(count)} documents, ${picked} and the pasted text; add documents from different outlets separately.`;
}

/** Longest opening of a pasted text that names it, in characters. */
const PASTED_OPENING = 48;

/**
 * The name of a pasted text given no title: "pasted text" and its opening words. It is what the corpus table
 * and the card list the text under when its first line reads as no title, and what a refusal names: two
 * untitled pastes were both "pasted text", told apart only by their ids.
 */
export function pastedName(text: string): string {
  const whole = collapseSpace(text);
  let opening = '';
  for (const word of whole.split(' ')) {
    const longer = opening === '' ? word : `${opening} ${word}`;
    if (longer.length > PASTED_OPENING) break;
    opening = longer;
  }
  if (opening === '') opening = whole.slice(0, PASTED_OPENING);
  return `pasted text “${opening}${opening.length < whole.length ? '…' : ''}”`;
}

/** Props of AddDocuments. */
export interface AddDocumentsProps {
  /** Called after any document was added, so the corpus view reloads. */
  onAdded: () => void;
  /**
   * Ids of the user's documents as the corpus view last loaded them. When one is gone (removed), the outcome of
   * the last add is taken down: it spoke of the corpus before, and "already in the corpus" may be false now.
   */
  yours?: readonly string[];
}

/** The form. */
export function AddDocuments({ onAdded, yours }: AddDocumentsProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [pasted, setPasted] = useState('');
  const [title, setTitle] = useState('');
  const [fields, setFields] = useState<SourceFields>(BLANK);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<AddResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const before = useRef(yours);
  useEffect(() => {
    const known = before.current;
    before.current = yours;
    if (known === undefined || yours === undefined) return;
    const now = new Set(yours);
    if (known.some((id) => !now.has(id))) {
      setResult(null);
      setError(null);
    }
  }, [yours]);
  const [formKey, setFormKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [landed, setLanded] = useState(0);
  // The button is disabled while adding and the form rebuilt after it, so focus falls to the page's start; a
  // keyboard user is taken to the outcome instead: what went wrong first, else what was added.
  useEffect(() => {
    if (landed === 0 || !focusWasLost(document)) return;
    (errorsRef.current ?? resultRef.current)?.focus();
  }, [landed]);
  const noteId = useId();

  /** Forgets the picked files, in the input too: a refused file stays refused, and is not sent again. */
  const clearFiles = (): void => {
    setFiles([]);
    if (fileInput.current !== null) fileInput.current.value = '';
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProgress(null);
    setError(null);
    setResult(null);
    try {
      const read = await readPickedFiles(files, fields);
      const documents = read.documents;
      if (pasted.trim() !== '') {
        documents.push({
          name: orNull(title) ?? pastedName(pasted),
          text: pasted,
          title: orNull(title),
          outlet: orNull(fields.outlet),
          date: orNull(fields.date),
          url: orNull(fields.url),
        });
      }
      const { fit, tooLong } = splitTooLong(documents);
      setProgress({ done: 0, total: fit.length });
      const exportOf = (doc: NewDocument): string | undefined => read.fromExport.get(doc);
      const refused: Refusal[] = [
        ...read.rejected,
        ...withSources(
          tooLong.map(({ doc }) => doc),
          tooLong.map(({ doc, reason }) => ({ name: doc.name, reason })),
          exportOf,
        ),
      ];
      const { reply, error: failed } = await addInBatches(
        fit,
        async (batch) => {
          const part = await sendToWorker('addDocuments', { documents: batch });
          refused.push(...withSources(batch, part.rejected, exportOf));
          return part;
        },
        { onProgress: (done, total) => setProgress({ done, total }) },
      );
      const exportSizes = new Map<string, number>();
      for (const file of read.fromExport.values()) exportSizes.set(file, (exportSizes.get(file) ?? 0) + 1);
      setResult({ added: reply.added, rejected: refused, exportSizes });
      // After a failure the form keeps the user's choice: sending it again adds the rest (the others are refused
      // as already in the corpus).
      if (failed !== null) setError(failed);
      // Every picked file got its answer, added or refused with why: the next add is about new files only.
      else clearFiles();
      if (reply.added.length > 0) onAdded();
      if (reply.added.length > 0 && failed === null) {
        setPasted('');
        setTitle('');
        setFields(BLANK);
        setFormKey((k) => k + 1);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      setProgress(null);
      setLanded((n) => n + 1);
    }
  };

  const nothing = files.length === 0 && pasted.trim() === '';
  const exports = files.filter((file) => isExportFileName(file.name)).length;
  const note = sharedFieldsNote(files.length - exports, pasted.trim() !== '');
  const counting = busy && progress !== null && progress.total > 1;
  return (
    <form class="add-documents" key={formKey} onSubmit={(e) => void submit(e)} data-testid="add-documents">
      <p class="muted">
        Add articles you want to check pages against. They are kept in this browser only and matched like the
        bundled documents, on pages already open too (each is checked again when you next look at it).
      </p>
      <label class="field">
        Text files (.txt, UTF-8), saved web pages (.html: their article is kept), or a Claim Lens export
        (.json)
        <input
          type="file"
          multiple
          accept=".txt,text/plain,.json,application/json,.html,.htm,text/html"
          data-testid="add-files"
          ref={fileInput}
          onChange={(e) => setFiles([...((e.currentTarget as HTMLInputElement).files ?? [])])}
        />
      </label>
      <details class="paste">
        <summary>Or paste a text</summary>
        <label class="field">
          Title
          <input type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label class="field">
          Text
          <textarea
            rows={6}
            value={pasted}
            data-testid="add-text"
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
        </label>
      </details>
      <SourceFieldset fields={fields} onFields={setFields} note={note} noteId={noteId} exports={exports} />
      <button type="submit" class="primary" disabled={busy || nothing} data-testid="add-submit">
        {busy ? 'Adding…' : 'Add to the corpus'}
        {/* Out of the button's name: a screen reader on it would read out every step. The status says it once. */}
        {counting && (
          <span aria-hidden="true"> {`${formatCount(progress.done)} of ${formatCount(progress.total)}`}</span>
        )}
      </button>
      <div role="status" data-testid="add-result" tabIndex={-1} ref={resultRef}>
        {counting && <p>Adding {formatCount(progress.total)} documents…</p>}
        {result !== null && result.added.length > 0 && (
          <p>
            Added {plural(result.added.length, 'document', 'documents')}:{' '}
            {listSome(
              result.added.map((d) => d.title),
              TITLES_SHOWN,
            )}
            .
          </p>
        )}
        {result !== null && result.added.length === 0 && result.rejected.length === 0 && error === null && (
          <p>Nothing was added.</p>
        )}
      </div>
      {((result?.rejected.length ?? 0) > 0 || error !== null) && (
        // The alert around the list, not on it: role="alert" on the <ul> took its list role away, and a screen
        // reader no longer said how many files were refused, nor let the reader move from one to the next.
        <div class="error" role="alert" data-testid="add-errors" tabIndex={-1} ref={errorsRef}>
          <ul>
            {error !== null && <li>{error}</li>}
            {refusalLines(result?.rejected ?? [], result?.exportSizes).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
