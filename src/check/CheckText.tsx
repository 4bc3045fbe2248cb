/**
 * "Check a text": a reader pastes a text from anywhere Claim Lens cannot read for itself (a PDF in the browser's
 * viewer, an e-mail, an app, a printed article) and sees its claims and what the corpus says about them, as the
 * popup shows them for a web page. The context menu's "Check with Claim Lens" opens it with the selection in it.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { takeHandedText, type Handed } from '../shared/check-handoff';
import { CHECK_TEXT_LIMITS } from '../shared/messages';
import { localDay } from '../shared/local-day';
import { groupClaims, type ClaimGroup } from '../popup/claim-groups';
import { summaryLine } from '../popup/claim-view';
import { ClaimList } from '../popup/components/ClaimList';
import {
  checkKeys,
  cutNote,
  itselfNote,
  lengthLine,
  nothingFound,
  staleNote,
  tooLong,
  unmatchedLine,
} from './check-words';
import { useCheck, type CheckState } from './use-check';
import { looksEnglish } from '../core/text/english-text';
import { OtherClaims } from './OtherClaims';

/** Props of CheckText. */
export interface CheckTextProps {
  /** The page's query string (location.search): it may name a text handed over by the context menu. */
  search: string;
}

/** What the page says of a handed text it could not get, or got only part of; null when there is nothing to say. */
function handedNote(handed: Handed | null): string | null {
  if (handed?.kind === 'text' && handed.cut !== null) return cutNote(handed.cut, handed.text.length);
  if (handed?.kind === 'gone')
    return 'The selected text is no longer here: it is handed to this page once, and is not kept. Select it again and choose “Check with Claim Lens”, or paste it below.';
  if (handed?.kind === 'failed')
    return 'The selected text could not be handed to this page: the browser would not keep it. Copy it and paste it below.';
  return null;
}

/** The status line: what the check found, or why there is nothing to show. */
function statusOf(state: CheckState, entries: readonly ClaimGroup[]): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'checking':
      return 'Checking…';
    case 'checked':
      return state.claims.length > 0
        ? summaryLine(state.claims, entries, 'text')
        : nothingFound(state.unmatched, state.corpusSize).status;
    case 'too-long':
      return 'The text is too long to check at once';
    case 'no-corpus':
      return 'The text could not be looked up';
    case 'failed':
      return 'The text could not be checked';
  }
}

/** The check page's root component. */
export function CheckText({ search }: CheckTextProps) {
  const [text, setText] = useState('');
  const [writtenOn, setWrittenOn] = useState('');
  const [handed, setHanded] = useState<Handed | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { state, check } = useCheck();
  const ids = { text: useId(), length: useId(), date: useId(), dateHint: useId() };

  // A text handed over by the context menu: filled in and checked at once, as the reader asked.
  useEffect(() => {
    void takeHandedText(search)
      .catch((): Handed => ({ kind: 'gone' }))
      .then((got) => {
        setHanded(got);
        if (got.kind !== 'text') return;
        setText(got.text);
        // The page's own date, as a scan of the page reads it against.
        const day = got.writtenOn ?? '';
        setWrittenOn(day);
        // Only part of a selection over the limit is here: it waits for the reader's Check, so that its results
        // are not taken for the whole selection's.
        if (got.cut?.kind !== 'over-limit') check(got.text, day);
      });
    // Read once: the text's key is deleted as it is read.
  }, []);

  const claims = state.status === 'checked' ? state.claims : [];
  const groups = useMemo(() => groupClaims(claims), [claims]);
  const run = (): void => {
    if (text.trim() === '') return;
    setExpanded(new Set());
    check(text, writtenOn);
  };
  const submit = (event: Event): void => {
    event.preventDefault();
    run();
  };
  // Ctrl+Enter (Cmd+Enter on a Mac) checks from the box, as in most paste-and-check tools: after a paste the
  // reader's hands are on the keyboard. Plain Enter stays a line break, and an input method's Enter is its own.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    event.preventDefault();
    if (state.status !== 'checking') run();
  };
  const toggle = (id: string): void => {
    const next = new Set(expanded);
    if (!next.delete(id)) next.add(id);
    setExpanded(next);
  };

  const over = text.length > CHECK_TEXT_LIMITS.chars;
  const note = handedNote(handed);
  // Results for another text or day say so, but not over an empty box: Check cannot be pressed again there.
  const stale =
    state.status === 'checked' && text.trim() !== ''
      ? staleNote(state.text !== text, state.writtenOn !== writtenOn)
      : '';
  // navigator.platform is deprecated but the one name every browser still gives ("MacIntel" on any Mac).
  const keys = checkKeys(navigator.platform);
  return (
    <main class="check">
      <h1>Check a text</h1>
      <p class="muted intro">
        Paste a text Claim Lens cannot read on a page for you: from a PDF, an e-mail, an app or a printed
        article. Its figures, dates and quotes are compared with the corpus of news articles, as on a web
        page. The text stays in this browser: it is not stored, and nothing is sent anywhere.
      </p>
      {note !== null && (
        <p class="note handed" role="alert" data-testid="handed-note">
          {note}
        </p>
      )}
      <form class="check-form" onSubmit={submit} data-testid="check-form">
        <label class="field" for={ids.text}>
          Text to check
        </label>
        <textarea
          id={ids.text}
          rows={12}
          value={text}
          spellcheck={false}
          aria-describedby={ids.length}
          aria-invalid={over}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          data-testid="check-input"
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <p id={ids.length} class={over ? 'length error' : 'length muted'} data-testid="check-length">
          {over ? tooLong(text.length) : lengthLine(text.length)}
        </p>
        <label class="field" for={ids.date}>
          Written on (optional)
        </label>
        <input
          id={ids.date}
          type="date"
          value={writtenOn}
          max={localDay(new Date())}
          aria-describedby={ids.dateHint}
          data-testid="check-date"
          onInput={(e) => setWrittenOn(e.currentTarget.value)}
        />
        <p id={ids.dateHint} class="hint muted">
          The day the text was written, when you know it: “last Friday” is read as the Friday before it, and a
          day’s toll is compared with reports of that time. Left empty, the text is read as of today, like a
          page that gives no date. A dateline in the text (“Published April 8 2017”) dates what follows it, as
          does a byline at its top (“By Jane Doe, April 8 2017”).
        </p>
        <p class="submit-row">
          <button
            type="submit"
            class="primary"
            title={`Check the text (${keys})`}
            disabled={text.trim() === '' || state.status === 'checking'}
            aria-busy={state.status === 'checking'}
            data-testid="check-submit"
          >
            {state.status === 'checking' ? 'Checking…' : 'Check'}
          </button>
          {/* Hidden from screen readers: the text box announces its shortcut itself (aria-keyshortcuts). */}
          <span class="muted key-hint" aria-hidden="true" data-testid="check-keys">
            or {keys}
          </span>
        </p>
      </form>
      <section class="check-results" aria-labelledby="results-heading">
        <h2 id="results-heading">What the corpus says</h2>
        {/* Always in the page, so that screen readers announce each new status, the results' arrival included. */}
        <p class="status" role="status" aria-live="polite" data-testid="check-status">
          {statusOf(state, groups)}
        </p>
        {stale !== '' && (
          <p class="note stale" data-testid="check-stale">
            {stale}
          </p>
        )}
        {state.status === 'checked' && state.itself !== null && (
          <p class="note itself" data-testid="check-itself">
            {itselfNote(state.itself)}
          </p>
        )}
        <Results state={state} groups={groups} expanded={expanded} onToggle={toggle} />
      </section>
    </main>
  );
}

/** Below the status line: the claims with context and the count of the others, or why there are none. */
function Results({
  state,
  groups,
  expanded,
  onToggle,
}: {
  state: CheckState;
  groups: readonly ClaimGroup[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  if (state.status === 'too-long')
    return (
      <p class="error" data-testid="check-too-long">
        {tooLong(state.chars)}
      </p>
    );
  if (state.status === 'no-corpus')
    return (
      <div class="note corpus-unavailable" data-testid="check-no-corpus">
        <p>
          <strong>
            Claim Lens could not load its corpus of news articles, so it cannot look up the claims in this
            text for now.
          </strong>
        </p>
        <p>
          Reloading Claim Lens on the browser’s extensions page may bring the corpus back. Your text is still
          in the box above: press Check again afterwards.
        </p>
      </div>
    );
  if (state.status === 'failed')
    return (
      <p class="error" data-testid="check-failed">
        The text could not be checked: {state.reason}.
      </p>
    );
  if (state.status !== 'checked') return null;
  const others = unmatchedLine(state.unmatched, state.claims.length);
  // The claims without context, under their count: below the explanation when none has context, else the list.
  const othersList =
    others === '' ? null : (
      <OtherClaims text={state.text} summary={others} others={state.others} total={state.unmatched} />
    );
  if (state.claims.length === 0) {
    // Documents on other subjects are no help to a text the engine cannot read.
    const english = looksEnglish(state.text);
    return (
      <div class="nothing" data-testid="check-nothing">
        <p>{nothingFound(state.unmatched, state.corpusSize, english).explanation}</p>
        {state.unmatched > 0 && english !== false && (
          <p>
            <button type="button" class="link-button" onClick={() => void ext.runtime.openOptionsPage()}>
              Add documents on the options page
            </button>
          </p>
        )}
        {othersList}
      </div>
    );
  }
  return (
    <>
      <ClaimList
        groups={groups}
        documents={state.documents}
        expanded={expanded}
        onToggle={onToggle}
        place="text"
      />
      {othersList}
    </>
  );
}
