/**
 * The popup: the current tab's claims with context, their sources and variance, and the per-site switch.
 * The same view serves the toolbar popup and, with `?tab=`, the larger full view in a tab of its own.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { CHECK_PAGE } from '../shared/check-handoff';
import { sendToTab } from '../shared/rpc';
import { offReason, siteKey, type OffReason } from '../shared/settings';
import { groupClaims, groupOf } from './claim-groups';
import { documentMap, summaryLine } from './claim-view';
import { AddPage } from './components/AddPage';
import { ClaimList } from './components/ClaimList';
import { CorpusFooter } from './components/CorpusFooter';
import { EmptyState, unreadFramesNote, emptyStatus, type EmptyKind } from './components/EmptyState';
import { SiteSwitch } from './components/SiteSwitch';
import { StepKeys } from './components/StepKeys';
import { fullViewUrl, type PopupTarget } from './popup-target';
import { usePopupData } from './use-popup-data';
import { replyProblem, REVEAL_NOTE_WORDS, useRevealNote, type RevealReport } from './use-reveal-note';

/** Props of App. */
export interface AppProps {
  target: PopupTarget;
}

/** The popup's root component. */
export function App({ target }: AppProps) {
  const data = usePopupData(target);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(target.claimId === null ? [] : [target.claimId]),
  );
  const scrolledToTarget = useRef(false);
  const full = target.tabParam !== null;
  const state = data.tab.kind === 'ready' ? data.tab.state : null;
  const host = state !== null && siteKey(state.host) !== null ? state.host : null;
  // Settings answer for the site at once after a switch; the tab's own `off` lags until it has reacted.
  const off: OffReason =
    state === null
      ? null
      : data.settings !== null && host !== null
        ? offReason(data.settings, host)
        : state.off;
  const siteOn =
    data.settings !== null && host !== null
      ? offReason({ ...data.settings, paused: false }, host) === null
      : state?.off === null || state?.off === 'paused';
  const claims = useMemo(() => (state !== null && off === null ? state.claims : []), [state, off]);
  const groups = useMemo(() => groupClaims(claims), [claims]);
  const documents = useMemo(() => documentMap(data.corpus?.documents ?? null), [data.corpus]);
  // By ids, not by object: a poll while the page scans brings the same list anew, and must not clear the note.
  const listKey = useMemo(() => claims.map((claim) => claim.id).join('\n'), [claims]);
  const revealNote = useRevealNote(listKey);

  let empty: EmptyKind | null = null;
  if (data.tab.kind === 'loading') empty = 'loading';
  else if (data.tab.kind === 'page-loading') empty = 'page-loading';
  else if (data.tab.kind === 'unreachable') empty = 'unreachable';
  else if (data.tab.kind === 'closed') empty = 'closed';
  else if (off !== null) empty = off;
  // Without a corpus nothing can match: "no claims with context" would tell the reader the page has none. So it
  // waits for the corpus's answer too: a tab whose scan failed for want of a corpus looks like one that found none.
  else if (claims.length === 0)
    empty = state?.scanning
      ? 'scanning'
      : data.corpusUnavailable
        ? 'no-corpus'
        : data.corpus === null
          ? 'loading'
          : 'none';

  const status =
    empty !== null
      ? emptyStatus(empty)
      : `${summaryLine(claims, groups)}${state?.scanning ? ' · still scanning' : ''}`;

  useEffect(() => {
    if (full && state !== null) document.title = `Claim Lens — ${state.title || state.host}`;
    else if (full && data.tab.kind === 'closed') document.title = 'Claim Lens — tab closed';
  }, [full, state?.title, state?.host, data.tab.kind]);

  // `#claim=` from the page's card: bring that claim into view once it is listed. A layout effect, so the claim
  // is scrolled to and focused in the same frame that first shows it expanded, not a frame later.
  useLayoutEffect(() => {
    if (target.claimId === null || scrolledToTarget.current) return;
    // The claim may be a later occurrence of a repeated one, listed under the first.
    const group = groupOf(groups, target.claimId);
    if (group === undefined) return;
    const element = document.getElementById(`claim-${group.id}`);
    if (element === null) return;
    scrolledToTarget.current = true;
    element.scrollIntoView?.({ block: 'start' });
    element.querySelector<HTMLButtonElement>('.claim-toggle')?.focus();
  }, [groups, target.claimId]);

  /**
   * Asks the page to show a claim. Opening an entry only points at it, and says nothing when that fails; "Show on
   * page" (`report`) is the reader's own request, and a press that shows nothing is said beside the button.
   */
  const reveal = (id: string, open = false, report?: RevealReport): void => {
    if (data.tabId === null) return;
    void sendToTab(data.tabId, 'revealClaim', { id, open }).then(
      (reply) => report?.(id, replyProblem(reply)),
      () => report?.(id, 'unreachable'),
    );
  };
  /** Opens or closes the entry whose first occurrence is `id`; it is open when any of its occurrences is. */
  const toggle = (id: string): void => {
    const ids = groupOf(groups, id)?.ids ?? [id];
    const opening = !ids.some((one) => expanded.has(one));
    const next = new Set(expanded);
    if (opening) next.add(id);
    else for (const one of ids) next.delete(one);
    setExpanded(next);
    // Another entry shown on the page: the last press's note no longer holds.
    if (opening) {
      revealNote.begin();
      reveal(id);
    }
  };
  const showOnPage = (id: string): void => {
    const report = revealNote.begin();
    const tabId = data.tabId;
    if (!full || tabId === null) {
      reveal(id, true, report);
      return;
    }
    // The full view hides the page: it is asked first, and brought forward only once it has shown the claim, so that
    // a note saying it could not is seen here, where the reader still is, not in the full view they were taken from.
    // The page scrolls at once while hidden (scrollBehavior) and starts the mark's time when shown: the reader
    // arrives at the claim, marked, as at a link's target. A later press, or a new list, comes first.
    reveal(id, true, (shownId, problem) => {
      const current = report(shownId, problem);
      if (current && problem === null) void ext.tabs.update(tabId, { active: true }).catch(() => undefined);
      return current;
    });
  };
  const openFullView = (): void => {
    if (data.tabId === null) return;
    void ext.tabs.create({ url: fullViewUrl(data.tabId) }).then(() => window.close());
  };
  // The toolbar popup closes once the new tab is open; the full view is a tab of its own, and stays.
  const openCheck = (): void => {
    void ext.tabs.create({ url: ext.runtime.getURL(CHECK_PAGE) }).then(() => full || window.close());
  };

  const framesNote = unreadFramesNote(state?.unreadFrames ?? 0);
  // Any page whose content script answers can be added, a site switched off too: its switch is about reading pages
  // for claims as they are browsed, and adding one is the reader's own request for this page.
  const addUnavailable =
    data.tab.kind === 'ready'
      ? null
      : data.tab.kind === 'loading' || data.tab.kind === 'page-loading'
        ? 'Waiting for the page…'
        : data.tab.kind === 'closed'
          ? 'There is no page to add: its tab was closed.'
          : 'Claim Lens can’t read this page, so it can’t be added.';
  return (
    <div class={full ? 'app full' : 'app'}>
      <header class="top">
        <h1>Claim Lens</h1>
        {state !== null && state.title !== '' && (
          // Cut with an ellipsis in a narrow popup: the whole title shows on hover.
          <p class="page-title" data-testid="page-title" title={state.title}>
            {state.title}
          </p>
        )}
        {/* In the banner, with the page it switches, so that landmark navigation reaches it. */}
        {host !== null && (
          <SiteSwitch host={host} on={siteOn} paused={off === 'paused'} onChange={data.setSite} />
        )}
      </header>
      <main>
        <p class="status" role="status" aria-live="polite" data-testid="status">
          {status}
        </p>
        {empty !== null ? (
          <EmptyState
            kind={empty}
            host={host}
            unreadFrames={state?.unreadFrames ?? 0}
            language={state?.language}
            onReload={data.tabId === null ? undefined : data.reloadTab}
          />
        ) : (
          <>
            <ClaimList
              groups={groups}
              documents={documents}
              expanded={expanded}
              onToggle={toggle}
              onReveal={showOnPage}
              revealNote={
                revealNote.note === null
                  ? null
                  : { id: revealNote.note.id, text: REVEAL_NOTE_WORDS[revealNote.note.problem] }
              }
            />
            {/* Claims in a frame are missing from the list; a reader who sees them there should know why. */}
            {framesNote !== '' && (
              <p class="muted frames-note" data-testid="unread-frames">
                {framesNote}
              </p>
            )}
            {/* Where the reader has claims to step through; in the full view too, saying where the keys work. */}
            <StepKeys full={full} onOpened={() => full || window.close()} />
          </>
        )}
      </main>
      <CorpusFooter
        corpus={data.corpus}
        corpusUnavailable={data.corpusUnavailable}
        disagreementsFailed={data.disagreementsFailed}
        paused={data.settings?.paused ?? null}
        onPause={data.setPaused}
        onOpenFullView={full || data.tabId === null ? undefined : openFullView}
        onOpenOptions={() => void ext.runtime.openOptionsPage()}
        onOpenCheck={openCheck}
      >
        <AddPage
          tabId={data.tabId}
          unavailable={addUnavailable}
          onAdded={data.reloadCorpus}
          onOpenOptions={() => void ext.runtime.openOptionsPage()}
        />
      </CorpusFooter>
    </div>
  );
}
