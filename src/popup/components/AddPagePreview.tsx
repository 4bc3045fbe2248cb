/** The preview of "Add this page": what will be added, its title and outlet editable, before it is. */
import type { RefObject } from 'preact';
import { collapseSpace, dateLabel, MAX_LABEL_CHARS, plural, UNTITLED_PAGE } from '../labels';
import { UNKNOWN_OUTLET } from '../../shared/source-name';
import type { PageArticle } from '../page-article';

/**
 * The title as typed, spaces collapsed; null when left empty. An emptied box is taken at its word, as a page
 * without a title (listed under its outlet, as the preview then says), not quietly refilled with the title it
 * replaced: the title added is the one shown.
 */
export function editedTitle(typed: string): string | null {
  const title = collapseSpace(typed);
  return title === '' ? null : title;
}

/** Props of Preview. */
export interface PreviewProps {
  article: PageArticle;
  id: string;
  adding: boolean;
  addRef: RefObject<HTMLButtonElement>;
  /** The title box's text. */
  title: string;
  onTitle(title: string): void;
  /** The outlet box's text: a page seldom names its outlet where it can be read, so the reader may. */
  outlet: string;
  onOutlet(outlet: string): void;
  onAdd(): void;
  onCancel(): void;
}

/** What will be added, its title and outlet editable, and the two buttons that add it or not. */
export function Preview({
  article,
  id,
  adding,
  addRef,
  title,
  onTitle,
  outlet,
  onOutlet,
  onAdd,
  onCancel,
}: PreviewProps) {
  const untitled = editedTitle(title) === null;
  const outletName = editedTitle(outlet);
  return (
    // A form, so that Enter in the title box adds, as it does on the focused add button.
    <form
      class="add-page-preview"
      data-testid="add-page-preview"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
    >
      <h2 class="add-page-heading">Add to your documents?</h2>
      <label class="add-page-title-field" for={`${id}-title`}>
        Title
      </label>
      <input
        type="text"
        class="add-page-title"
        id={`${id}-title`}
        data-testid="add-page-title"
        value={title}
        maxLength={MAX_LABEL_CHARS}
        readOnly={adding}
        aria-describedby={untitled ? `${id}-untitled` : undefined}
        onInput={(event) => onTitle(event.currentTarget.value)}
      />
      {untitled && (
        <p class="muted" id={`${id}-untitled`} data-testid="add-page-untitled">
          No title: it will be listed as {outletName ?? `“${UNTITLED_PAGE}”`}.
        </p>
      )}
      <label class="add-page-title-field" for={`${id}-outlet`}>
        Outlet
      </label>
      <input
        type="text"
        class="add-page-title add-page-outlet"
        id={`${id}-outlet`}
        data-testid="add-page-outlet"
        value={outlet}
        placeholder={UNKNOWN_OUTLET}
        maxLength={MAX_LABEL_CHARS}
        readOnly={adding}
        onInput={(event) => onOutlet(event.currentTarget.value)}
      />
      <p class="muted" id={`${id}-facts`} data-testid="add-page-facts">
        {outletName ?? UNKNOWN_OUTLET} · {article.date === null ? 'date unknown' : dateLabel(article.date)} ·{' '}
        {plural(article.words, 'word', 'words')}
      </p>
      <blockquote class="add-page-opening" data-testid="add-page-opening">
        {article.opening}
      </blockquote>
      <p class="add-page-buttons">
        <button
          type="submit"
          class="primary"
          ref={addRef}
          data-testid="add-page-confirm"
          aria-describedby={`${id}-facts`}
          aria-busy={adding || undefined}
          aria-disabled={adding || undefined}
        >
          Add to my documents
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="add-page-cancel"
          disabled={adding}
          onClick={onCancel}
        >
          Cancel
        </button>
      </p>
    </form>
  );
}
