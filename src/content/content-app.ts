/**
 * The content script's state machine: on or off per the settings, scanning and watching while on, highlights
 * and card kept in step with the found claims, and a full clean-up when the extension goes away under the page.
 */
import type { RevealReply, TabState } from '../shared/messages';
import { offReason, type OffReason, type Settings } from '../shared/settings';
import { isContextGone, type AppPorts } from './app-ports';
import { CardController } from './card/card-controller';
import { BadgeReporter } from './badge-reporter';
import { CARD_TAG } from './card/card-host';
import { ClaimStepper } from './claim-stepper';
import { inPageOrder } from './found-claim';
import { createHighlighter, MARK_TAG, type Highlighter } from './highlighter';
import { HitIndex } from './hit-index';
import { ClaimEdits } from './claim-edits';
import { PageWatcher } from './page-watcher';
import { articleDays } from './article-dates';
import { PageDate } from './page-date';
import { mark, SCAN_DONE_MARK } from './scan-marks';
import { Scanner } from './scanner';
import { retryingOnce } from '../shared/promises';
import { WhenShown } from './when-shown';
import { SyncPace } from './sync-pace';
import { RenewableListeners } from './renewable-listeners';
import { every, type Timer } from './timers';

/** How often an orphaned script checks whether its extension is still there. */
const ALIVE_CHECK_MS = 2_000;

/** One page's Claim Lens. */
export class ContentApp {
  private off: OffReason = null;
  private started = false;
  private dead = false;
  private highlighter: Highlighter | null = null;
  private readonly scanner: Scanner;
  private readonly watcher: PageWatcher;
  private readonly cards: CardController;
  private readonly abort = new AbortController();
  private hitIndex: HitIndex | null = null;
  private readonly date: PageDate;
  /** The corpus documents by id, asked of the worker when a card first needs them (again after a failure). */
  private readonly documents = retryingOnce(() =>
    this.guard(this.ports.getDocuments()).then((list) => new Map(list.map((info) => [info.id, info]))),
  );
  private readonly badge: BadgeReporter;
  private aliveTimer: Timer | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly stepper: ClaimStepper;
  private readonly syncPace = new SyncPace(() => this.sync());
  private firstScanMarked = false;
  /**
   * True from the start until a whole-page scan has ended: before the settings are read no scan runs yet, and
   * "nothing found" then would be a guess, not an answer. (Once scans run, the scanner says when one does.)
   */
  private awaitingFullScan = true;
  /** Rescans for a corpus change wait here while the tab is hidden. */
  private readonly whenShown: WhenShown;
  private listeners: RenewableListeners | null = null;

  constructor(
    private readonly doc: Document,
    /** Cheap test that a text may hold a claim (the engine's prefilter); texts that fail it are not sent. */
    prefilter: (text: string) => boolean,
    private readonly ports: AppPorts,
  ) {
    this.date = new PageDate(doc);
    this.scanner = new Scanner({
      doc,
      prefilter,
      scanTexts: (texts, date, own) =>
        this.guard(ports.scanTexts(texts, date, own || this.date.isPublished(date))),
      referenceDate: () => this.date.current.day,
      articleDays: (pageDay) => articleDays(doc, pageDay),
      onChange: () => this.queueSync(),
    });
    const edits = new ClaimEdits();
    this.watcher = new PageWatcher(doc, {
      onChange: (roots, navigated, dated) => this.onPageChange(roots, navigated, dated),
      reopened: () => this.relisten(),
      isOwn: (node) => this.isOwn(node),
      visibilityChanged: (targets) => this.scanner.visibilityChanged(targets),
      lostClaims: (edited) => edits.lost(this.scanner.claims(), edited),
    });
    this.whenShown = new WhenShown(doc, this.abort.signal);
    this.cards = new CardController({
      doc,
      hitIndex: () => (this.hitIndex ??= new HitIndex(this.scanner.claims())),
      documents: () => this.documents.get(),
      openFullView: (id) => void this.guard(ports.openFullView(id)).catch(() => undefined),
      pageDated: () => this.date.current.published,
      signal: this.abort.signal,
    });
    this.badge = new BadgeReporter((count) => this.guard(ports.setBadge(count)));
    this.stepper = new ClaimStepper({
      doc,
      claims: () => this.scanner.claims(),
      highlighter: () => this.highlighter,
      cards: this.cards,
      active: () => !this.dead && this.off === null,
    });
  }

  private isOwn(node: Node): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    return element !== null && element.closest(`${CARD_TAG}, ${MARK_TAG}`) !== null;
  }

  /** Reads the settings and starts (or stays off); watches for setting changes and for orphaning. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.unsubscribe = this.ports.onSettingsChanged(() => void this.refreshSettings());
    this.aliveTimer = every(ALIVE_CHECK_MS, () => {
      if (!this.ports.alive()) this.teardown();
      // A page's own find-in-page widget may empty CSS.highlights; nothing tells us, so look now and then.
      else this.highlighter?.restore();
    });
    // Back from the back-forward cache, the page is the same but its tab's badge was reset by the navigation.
    this.listeners = new RenewableListeners(this.abort.signal, (signal) =>
      this.doc.defaultView?.addEventListener(
        'pageshow',
        (event) => {
          if (!(event as PageTransitionEvent).persisted || this.dead) return;
          this.badge.reset(this.off === null ? this.scanner.claims().length : 0);
        },
        { signal },
      ),
    );
    await this.refreshSettings();
  }

  /** Adds every window and document listener again: document.open() erased them (see RenewableListeners). */
  private relisten(): void {
    this.listeners?.renew();
    this.cards.relisten();
    this.whenShown.relisten();
  }

  private async refreshSettings(): Promise<void> {
    if (this.dead) return;
    let settings: Settings;
    try {
      settings = await this.guard(this.ports.getSettings());
    } catch {
      // No settings, no scan: say so rather than "still scanning" for ever.
      this.awaitingFullScan = false;
      return;
    }
    this.applyOff(offReason(settings, this.doc.location?.hostname ?? ''));
  }

  /** Switches on or off; off removes every trace at once, on scans again without a reload. */
  applyOff(reason: OffReason): void {
    if (this.dead) return;
    const wasOn = this.highlighter !== null;
    this.off = reason;
    if (reason !== null) {
      if (!wasOn) return void this.badge.report(0);
      this.watcher.stop();
      this.scanner.clear();
      this.cards.close();
      this.highlighter?.destroy();
      this.highlighter = null;
      this.hitIndex = null;
      this.badge.report(0);
      return;
    }
    if (wasOn) return;
    // Nothing watched the page while off: a document written over it meanwhile erased our listeners.
    this.relisten();
    this.highlighter = createHighlighter(this.doc, () => this.watcher.discardOwnRecords());
    this.watcher.start();
    this.runScan(null);
  }

  private runScan(roots: Element[] | null): void {
    this.scanner.scan(roots).then(
      (completed) => {
        if (completed && roots === null) this.awaitingFullScan = false;
        if (!completed || this.dead) return;
        // A finished scan shows its last results now rather than after the coalescing delay.
        this.syncPace.flush();
        if (roots === null && !this.firstScanMarked) {
          this.firstScanMarked = true;
          mark(SCAN_DONE_MARK);
        }
      },
      (error: unknown) => {
        if (roots === null) this.awaitingFullScan = false;
        if (isContextGone(error) || !this.ports.alive()) this.teardown();
      },
    );
  }

  private onPageChange(roots: Element[] | null, navigated: boolean, dated: boolean): void {
    if (this.dead || this.off !== null) return;
    if (!this.ports.alive()) return this.teardown();
    if (navigated) this.stepper.reset();
    // Claims read against an old date go with it: the whole page is read again.
    if (this.date.changed(navigated, dated)) return this.runScan(null);
    // A date changed in the page's metadata to the same day changes no text.
    if (roots === null || roots.length > 0) this.runScan(roots);
  }

  /** Coalesces the many small changes of a scan (one per match batch) into a few highlight updates. */
  private queueSync(): void {
    this.hitIndex = null;
    this.syncPace.queue(this.scanner.scanning);
  }

  private sync(): void {
    if (this.dead) return;
    const claims = this.scanner.claims();
    this.highlighter?.sync(claims);
    this.hitIndex = null;
    this.cards.follow(claims);
    // The first claims found: the card that may open over one of them will have its outlets at once.
    if (claims.length > 0) this.cards.prefetch();
    this.badge.report(this.off === null ? claims.length : 0);
    this.ports.stateChanged();
  }

  /** Passes a request through, tearing everything down when it shows the extension is gone. */
  private async guard<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      if (isContextGone(error) || !this.ports.alive()) this.teardown();
      throw error;
    }
  }

  /**
   * The worker's corpus changed (the user added or removed a document): what it answered may be wrong now, so
   * the page is scanned again, at once when it is in view and otherwise when it is next shown, so that a
   * change does not make every open tab ask the worker at the same moment.
   */
  corpusChanged(): void {
    if (this.dead) return;
    this.documents.drop();
    this.scanner.forgetAnswers();
    this.whenShown.run(() => {
      if (this.dead || this.off !== null || this.highlighter === null) return;
      this.runScan(null);
    });
  }

  /** What the popup shows for this tab. */
  state(): TabState {
    const claims = this.off === null ? inPageOrder(this.scanner.claims()) : [];
    return {
      host: this.doc.location?.hostname ?? '',
      title: this.doc.title,
      off: this.off,
      scanning: this.off === null && (this.awaitingFullScan || this.scanner.scanning),
      claims: claims.map(({ id, claim, result }) => ({ id, claim, result })),
    };
  }

  /** Scrolls a claim into the middle of the view and marks it briefly (`open`: its card too), or says why not. */
  reveal(id: string, open = false): RevealReply {
    return open ? this.stepper.show(id, true) : this.stepper.reveal(id);
  }

  /** Moves to the next or previous claim, reveals it and opens its card with keyboard focus. */
  step(direction: 1 | -1): boolean {
    return this.stepper.step(direction);
  }

  /** Removes everything this script added to the page, without touching the extension APIs. */
  teardown(): void {
    if (this.dead) return;
    this.dead = true;
    this.watcher.stop();
    this.scanner.clear();
    this.abort.abort();
    this.cards.destroy();
    try {
      this.highlighter?.destroy();
    } catch {
      // The page may have replaced the highlight registry; nothing of ours is left to remove.
    }
    this.highlighter = null;
    this.stepper.stop();
    this.badge.stop();
    this.syncPace.cancel();
    this.aliveTimer?.cancel();
    try {
      this.unsubscribe?.();
    } catch {
      // Removing a listener from a dead extension context may throw; it can no longer fire anyway.
    }
  }

  /** True once torn down. */
  get isDead(): boolean {
    return this.dead;
  }
}
