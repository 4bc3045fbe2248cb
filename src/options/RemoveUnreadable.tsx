/**
 * Removing the stored entries that are not readable documents, under the line that says they could not be read.
 * They are kept unless the user asks (a newer version of Claim Lens may read them, or a person repair them), and
 * the export leaves them out: the question, asked in the page, says so and offers the export first.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { plural } from '../popup/labels';
import { focusWasLost } from './use-focus-after-removal';
import { saveDocumentsExport, type ExportOutcome } from './save-documents-export';
import './remove-unreadable.css';

/** What the worker answers a removal (see removeUnreadableEntries in messages.ts). */
export interface UnreadableRemoval {
  removed: number;
  /** How many unreadable entries storage held: not the number asked when it changed since the page loaded. */
  found: number;
}

/** Props of RemoveUnreadable. */
export interface RemoveUnreadableProps {
  /** How many stored entries could not be read now: with none, nothing is offered (a result said stays). */
  count: number;
  /** Removes them, `expected` being the number the user agreed to; resolves once the corpus is loaded again. */
  onRemove(expected: number): Promise<UnreadableRemoval>;
  /** Gives focus to what follows once nothing is left to remove (the button and its question are gone). */
  focusAfter(): void;
}

/** What the user was told of the last removal. */
interface Said {
  ok: boolean;
  text: string;
}

/** The result of a removal, as the page says it. */
export function removalText(expected: number, { removed, found }: UnreadableRemoval): Said {
  if (removed > 0)
    return { ok: true, text: `Removed ${plural(removed, 'unreadable entry', 'unreadable entries')}.` };
  if (found === expected) return { ok: false, text: 'Nothing was removed.' };
  return {
    ok: false,
    text: `Nothing was removed: the stored entries changed since this page loaded (${plural(found, 'unreadable entry', 'unreadable entries')} now).`,
  };
}

/**
 * The button "Remove N unreadable entries", the question it asks in the page (export first, remove, or cancel;
 * Escape cancels), and a live region saying what was done. Focus moves into the question, back to the button when
 * it is cancelled or entries are left, and to `focusAfter` once none are.
 */
export function RemoveUnreadable({ count, onRemove, focusAfter }: RemoveUnreadableProps) {
  const [phase, setPhase] = useState<'idle' | 'asking' | 'removing'>('idle');
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<ExportOutcome | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  // Where focus goes once the next render is in the DOM: the question's first button, or back out of it.
  const focusNext = useRef<'question' | 'back' | null>(null);
  const id = useId();
  const entries = plural(count, 'unreadable entry', 'unreadable entries');

  useLayoutEffect(() => {
    const wanted = focusNext.current;
    if (wanted === null) return;
    focusNext.current = null;
    if (wanted === 'question') first.current?.focus();
    // A user who moved on meanwhile (the removal takes seconds) keeps their focus.
    else if (focusWasLost(document)) {
      if (opener.current !== null) opener.current.focus();
      else focusAfter();
    }
  });

  const ask = (): void => {
    setExported(null);
    setSaid(null);
    focusNext.current = 'question';
    setPhase('asking');
  };
  const cancel = (): void => {
    if (phase !== 'asking') return;
    focusNext.current = 'back';
    setPhase('idle');
  };
  const exportFirst = async (): Promise<void> => {
    if (exporting) return;
    setExporting(true);
    setExported(null);
    setExported(await saveDocumentsExport());
    setExporting(false);
  };
  const remove = async (): Promise<void> => {
    if (phase !== 'asking') return;
    const expected = count;
    setPhase('removing');
    try {
      setSaid(removalText(expected, await onRemove(expected)));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setSaid({ ok: false, text: `The unreadable entries could not be removed: ${reason}` });
    }
    focusNext.current = 'back';
    setPhase('idle');
  };

  return (
    <div class="remove-unreadable" data-testid="remove-unreadable">
      {phase === 'idle' && count > 0 && (
        <button
          type="button"
          class="secondary"
          ref={opener}
          data-testid="remove-unreadable-open"
          onClick={ask}
        >
          Remove {entries}
        </button>
      )}
      {phase !== 'idle' && (
        <div
          role="group"
          class="remove-unreadable-question"
          aria-labelledby={`${id}-question`}
          data-testid="remove-unreadable-question"
          onKeyDown={(event) => event.key === 'Escape' && cancel()}
        >
          <p id={`${id}-question`}>
            <strong>Remove {entries} for good?</strong>
          </p>
          <p id={`${id}-details`}>
            They are stored entries Claim Lens cannot read as documents: damaged, or written by a newer
            version of Claim Lens. The export leaves them out, so once removed they cannot be brought back.
            Your documents stay as they are; export them first if you want a copy.
          </p>
          <p class="remove-unreadable-buttons">
            <button
              type="button"
              class="secondary"
              ref={first}
              aria-describedby={`${id}-details`}
              aria-busy={exporting}
              data-testid="remove-unreadable-export"
              onClick={() => void exportFirst()}
            >
              {exporting ? 'Exporting…' : 'Export your documents first'}
            </button>
            <button
              type="button"
              class="primary"
              aria-describedby={`${id}-details`}
              aria-busy={phase === 'removing'}
              aria-disabled={phase === 'removing'}
              data-testid="remove-unreadable-confirm"
              onClick={() => void remove()}
            >
              {phase === 'removing' ? 'Removing…' : `Remove ${entries}`}
            </button>
            <button
              type="button"
              class="secondary"
              aria-disabled={phase === 'removing'}
              data-testid="remove-unreadable-cancel"
              onClick={cancel}
            >
              Cancel
            </button>
          </p>
          <p
            role="status"
            class={exported?.ok === false ? 'error' : ''}
            data-testid="remove-unreadable-exported"
          >
            {exported?.text}
          </p>
        </div>
      )}
      <p role="status" class={said?.ok === false ? 'error' : ''} data-testid="remove-unreadable-result">
        {said?.text}
      </p>
    </div>
  );
}
