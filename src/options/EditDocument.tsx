/**
 * Correcting the title, outlet, date and address of a document the user added, in a row under it: a file added
 * with the wrong date, or none, changes which of two counts reads as the older (see the add form's date hint), and
 * removing it to add it again would lose when it was added.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocumentInfo } from '../core/types';
import type { DocumentDetails } from '../core/corpus/user-documents';
import { orNull } from './picked-files';
import { SOURCE_INPUTS } from './SourceFieldset';

/** Props of EditDocument. */
export interface EditDocumentProps {
  doc: DocumentInfo;
  /** Saves the details; rejects with why they were not saved (a date that is not one), shown in the form. */
  onSave(details: DocumentDetails): Promise<void>;
  onCancel(): void;
}

/** The inputs of the form, in the order shown: the title, then the add form's source fields. */
const INPUTS = [{ key: 'title', label: 'Title', type: 'text' } as const, ...SOURCE_INPUTS];

/** The form, its boxes filled with the document's details as they are. */
export function EditDocument({ doc, onSave, onCancel }: EditDocumentProps) {
  const [values, setValues] = useState({
    title: doc.title,
    outlet: doc.outlet ?? '',
    date: doc.date ?? '',
    url: doc.url ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const save = (event: Event): void => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    onSave({
      title: orNull(values.title),
      outlet: orNull(values.outlet),
      date: orNull(values.date),
      url: orNull(values.url),
    })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };
  return (
    <form
      class="edit-document"
      data-testid="edit-document"
      aria-label={`Details of ${doc.title}`}
      onSubmit={save}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      {INPUTS.map(({ key, label, type }, i) => (
        <label class="field" key={key}>
          {label}
          <input
            type={type}
            value={values[key]}
            ref={i === 0 ? first : undefined}
            data-testid={`edit-${key}`}
            onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
          />
        </label>
      ))}
      {error !== null && (
        <p class="error" role="alert" data-testid="edit-error">
          {error}
        </p>
      )}
      <p class="edit-buttons">
        <button type="submit" class="primary" disabled={saving} data-testid="edit-save">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" class="secondary" onClick={onCancel} data-testid="edit-cancel">
          Cancel
        </button>
      </p>
    </form>
  );
}
