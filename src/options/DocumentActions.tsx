/** The actions of a document of the user's in the corpus table: Edit (its details, in a row under it) and Remove. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DocumentInfo } from '../core/types';
import { RemoveButton } from './RemoveButton';
import { focusWasLost } from './use-focus-after-removal';

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

/**
 * Edit and Remove, each named for the document. When its edit row closes (saved, cancelled, Escape), Edit takes
 * focus back: the row's button that had it went with the row, and the browser dropped focus to the page's start.
 */
export function DocumentActions({ doc, editing, onEdit, busy, onRemove, control }: DocumentActionsProps) {
  const edit = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  // A layout effect: the row is gone from the DOM by now, and focus comes back before the next frame is painted.
  useLayoutEffect(() => {
    const closed = wasEditing.current && !editing;
    wasEditing.current = editing;
    // A user who moved on meanwhile (to another document's Edit) keeps their focus.
    if (closed && edit.current !== null && focusWasLost(edit.current.ownerDocument)) edit.current.focus();
  }, [editing]);
  return (
    <>
      {onEdit && (
        <button
          type="button"
          class="link-button edit"
          aria-label={`Edit the details of ${doc.title}`}
          aria-expanded={editing}
          onClick={onEdit}
          ref={edit}
        >
          Edit
        </button>
      )}
      {onRemove && <RemoveButton title={doc.title} busy={busy} onClick={onRemove} control={control} />}
    </>
  );
}
