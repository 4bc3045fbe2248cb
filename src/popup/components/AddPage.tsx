/**
 * "Add this page to your documents": the article on the page, read out of it in the popup, shown before it is
 * kept (title, outlet, date, length, its first sentences), then added to the corpus like a document added on the
 * options page. Two presses: one to read, one to add. The title and outlet can be corrected before adding
 * (AddPagePreview.tsx): Readability sometimes takes a section's name or keeps the site's. A page already among the reader's documents is said to
 * be so on the first press, with no preview and no "Add" the worker would refuse (see saved-page.ts).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { sendToWorker } from '../../shared/rpc';
import { dateLabel } from '../labels';
import type { PageArticle } from '../page-article';
import { readPage, type PageOutcome } from '../read-page';
import type { SavedPage } from '../saved-page';
import { editedTitle, Preview } from './AddPagePreview';

/** Props of AddPage. */
export interface AddPageProps {
  tabId: number | null;
  /** Why this page cannot be added (its content script does not answer), or null when it can. */
  unavailable: string | null;
  /** Called once a document was added, so that the corpus's size is asked again. */
  onAdded(): void;
  /** Opens the options page, where a document saved from this page can be removed; absent, none is offered. */
  onOpenOptions?: () => void;
}

/** Where the add is: nothing asked yet, reading the page, showing what would be added, adding, or its outcome. */
type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; article: PageArticle }
  | { kind: 'adding'; article: PageArticle }
  | { kind: 'outcome'; tone: 'added' | 'refused'; message: string }
  | { kind: 'saved'; saved: SavedPage; changed: boolean | null };

/**
 * The words for a page already among the reader's documents, and what to do when its text is not what was saved
 * (`changed`; null when the page could not be read to tell). Replacing is left to the reader, in two steps they
 * see (remove, then add): a document removed by a press in the popup could be the only copy of a page that is
 * gone from the web.
 */
export function savedMessage(saved: SavedPage, changed: boolean | null): string {
  const when = saved.added === null ? '' : ` on ${dateLabel(saved.added)}`;
  const already = `This page is already in your documents: you added it as “${saved.title}”${when}.`;
  return changed === true
    ? `${already} The page now reads differently; to keep this version instead, remove that one in Options, then add the page again.`
    : already;
}

/** The words of a refusal of the page by the worker (see checkNewDocument): its reasons read after a name. */
export function refusedMessage(reason: string): string {
  return /^(is|contains|cannot|could not) /.test(reason)
    ? `This page was not added: it ${reason}.`
    : `This page was not added: ${reason}.`;
}

/** The button, the preview and the outcome. */
export function AddPage({ tabId, unavailable, onAdded, onOpenOptions }: AddPageProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  // The title and outlet boxes' text while the preview is open, set from what was read when it opens.
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const previewId = useId();
  const reasonId = useId();
  const previewing = step.kind === 'preview' || step.kind === 'adding';

  // The preview takes focus on its add button (Enter adds, as a second press would); when it closes, focus goes
  // back to the button that opened it rather than to the popup's start.
  const [refocus, setRefocus] = useState<'add' | 'start' | null>(null);
  useEffect(() => {
    if (refocus === 'add') addRef.current?.focus();
    else if (refocus === 'start') startRef.current?.focus();
    setRefocus(null);
  }, [refocus]);

  // Set at once, not at the next render: two quick presses must read once and add once.
  const working = useRef(false);

  const start = async (): Promise<void> => {
    if (tabId === null || working.current) return;
    working.current = true;
    setStep({ kind: 'reading' });
    const outcome = await readPage(tabId).catch((error: unknown): PageOutcome => ({
      kind: 'unreadable',
      reason: `Claim Lens could not read this page (${error instanceof Error ? error.message : String(error)}).`,
    }));
    working.current = false;
    if (outcome.kind === 'article') {
      setTitle(outcome.article.title ?? '');
      setOutlet(outcome.article.outlet ?? '');
      setStep({ kind: 'preview', article: outcome.article });
      setRefocus('add');
    } else if (outcome.kind === 'saved') setStep(outcome);
    else setStep({ kind: 'outcome', tone: 'refused', message: outcome.reason });
  };

  const add = async (article: PageArticle): Promise<void> => {
    if (working.current) return;
    working.current = true;
    setStep({ kind: 'adding', article });
    let next: Step;
    try {
      const { newDocument } = await import('../page-article');
      const reply = await sendToWorker('addDocuments', { documents: [newDocument(article)] });
      const added = reply.added[0];
      const refused = reply.rejected[0];
      if (added !== undefined) {
        next = { kind: 'outcome', tone: 'added', message: `Added “${added.title}” to your documents.` };
        onAdded();
      } else
        next = {
          kind: 'outcome',
          tone: 'refused',
          message: refusedMessage(refused?.reason ?? 'the corpus gave no answer'),
        };
    } catch (error) {
      next = {
        kind: 'outcome',
        tone: 'refused',
        message: `This page could not be added: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    working.current = false;
    setStep(next);
    setRefocus('start');
  };

  const cancel = (): void => {
    setStep({ kind: 'idle' });
    setRefocus('start');
  };

  const disabled = unavailable !== null || tabId === null;
  const busy = step.kind === 'reading';
  return (
    <section class="add-page" aria-label="Add this page to your documents" data-testid="add-page">
      {!previewing && (
        <button
          type="button"
          class="secondary"
          ref={startRef}
          data-testid="add-page-start"
          disabled={disabled}
          aria-describedby={disabled && unavailable !== null ? reasonId : undefined}
          aria-busy={busy || undefined}
          aria-disabled={busy || undefined}
          onClick={() => void start()}
        >
          Add this page to your documents
        </button>
      )}
      {disabled && unavailable !== null && (
        <p class="muted add-page-note" id={reasonId} data-testid="add-page-unavailable">
          {unavailable}
        </p>
      )}
      {previewing && (
        <Preview
          article={step.article}
          id={previewId}
          adding={step.kind === 'adding'}
          addRef={addRef}
          title={title}
          onTitle={setTitle}
          outlet={outlet}
          onOutlet={setOutlet}
          onAdd={() => void add({ ...step.article, title: editedTitle(title), outlet: editedTitle(outlet) })}
          onCancel={cancel}
        />
      )}
      <p
        class={step.kind === 'outcome' && step.tone === 'refused' ? 'error add-page-note' : 'add-page-note'}
        role="status"
        data-testid="add-page-status"
      >
        {step.kind === 'reading'
          ? 'Reading the page…'
          : step.kind === 'adding'
            ? 'Adding it to your documents…'
            : step.kind === 'outcome'
              ? step.message
              : step.kind === 'saved'
                ? savedMessage(step.saved, step.changed)
                : ''}
      </p>
      {step.kind === 'saved' && step.changed === true && onOpenOptions !== undefined && (
        <p class="add-page-note">
          <button type="button" class="link-button" data-testid="add-page-options" onClick={onOpenOptions}>
            Open your documents in Options
          </button>
        </p>
      )}
    </section>
  );
}
