/** The actions of a document of the user's in the corpus table: Edit (its details, in a row under it) and Remove. */
import type { DocumentInfo } from '../core/types';
import { RemoveButton } from './RemoveButton';

/** Props of DocumentActions; an action without its handler is not offered. */
export interface DocumentActionsProps {
  doc: DocumentInfo;
  /** True while its details are being edited. */
  editing: boolean;
  onEdit?: (() => void) | undefined;
  /** True while its removal is under way. */
  busy: boolean;
  onRemove?: (() => void) | undefined;
  /** Ref callback for the Remove button, which takes focus when a neighbour goes (see useFocusAfterRemoval). */
  control: (element: HTMLElement | null) => void;
}

/** Edit and Remove, each named for the document. */
export function DocumentActions({ doc, editing, onEdit, busy, onRemove, control }: DocumentActionsProps) {
  return (
    <>
      {onEdit && (
        <button
          type="button"
          class="link-button edit"
          aria-label={`Edit the details of ${doc.title}`}
          aria-expanded={editing}
          onClick={onEdit}
        >
          Edit
        </button>
      )}
      {onRemove && <RemoveButton title={doc.title} busy={busy} onClick={onRemove} control={control} />}
    </>
  );
}
