/**
 * What the user says of the source of the documents being added (outlet, date, address), each optional, with why
 * a blank date matters and, for several files at once, that the fields go to each.
 */
import type { SourceFields } from './picked-files';

/** The source fields' inputs, in the order shown. */
export const SOURCE_INPUTS: { key: keyof SourceFields; label: string; type: string; hint?: string }[] = [
  { key: 'outlet', label: 'Outlet', type: 'text' },
  {
    key: 'date',
    label: 'Date published',
    type: 'date',
    // Blank is allowed and common, but it changes what readers see: say how, where the choice is made.
    hint: 'The date tells an older count from a newer one: without it, a toll reported years ago is shown as a rival of today’s.',
  },
  { key: 'url', label: 'Web address', type: 'url' },
];

/** Props of SourceFieldset. */
export interface SourceFieldsetProps {
  fields: SourceFields;
  onFields(fields: SourceFields): void;
  /** Said when the fields go to several documents at once (see sharedFieldsNote), or null. */
  note: string | null;
  /** The id the note takes, and the prefix of the fields' hints. */
  noteId: string;
  /** How many of the picked files are exports, which keep the sources saved in them. */
  exports: number;
}

/** The fieldset of the source fields. */
export function SourceFieldset({ fields, onFields, note, noteId, exports }: SourceFieldsetProps) {
  return (
    <fieldset class="source-fields">
      <legend>
        {note === null ? 'About the source' : 'About the source, the same for every document added'}{' '}
        (optional; leave blank when unknown)
      </legend>
      {note !== null && (
        <p class="source-note" id={noteId} data-testid="add-source-note">
          {note}
        </p>
      )}
      {exports > 0 && (
        <p class="source-note" data-testid="add-export-note">
          An export keeps the sources saved in it; these fields are for text files and pasted text.
        </p>
      )}
      {SOURCE_INPUTS.map(({ key, label, type, hint }) => {
        const described = [note === null ? '' : noteId, hint === undefined ? '' : `${noteId}-${key}`]
          .filter((id) => id !== '')
          .join(' ');
        return (
          <label class="field" key={key}>
            {label}
            <input
              type={type}
              value={fields[key]}
              data-testid={`add-${key}`}
              aria-describedby={described === '' ? undefined : described}
              onInput={(e) => onFields({ ...fields, [key]: e.currentTarget.value })}
            />
            {hint !== undefined && (
              <span class="field-hint muted" id={`${noteId}-${key}`} data-testid={`add-${key}-hint`}>
                {hint}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
