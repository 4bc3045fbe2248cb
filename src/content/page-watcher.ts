/**
 * Watches the page for changes worth a rescan: edited or added text (MutationObserver), text shown or hidden
 * by a class, style or open state, a transition's or animation's end, or a resize across a CSS breakpoint
 * (checked only where claims are), and same-document navigations of
 * single-page apps. Changes are coalesced, and a page that never stops changing is rescanned ever less often,
 * so it cannot make Claim Lens eat its CPU.
 */
import { blockContainerOf, containsFlat } from './element-kinds';
import { LateShadowRoots } from './late-shadow-roots';
import { isRestyle, Restyles } from './restyles';
import { listenToShadowReads } from './shadow-reads';
import { after, type Timer } from './timers';

/** Quiet time after a change before rescanning. */
export const DEBOUNCE_MS = 300;
/** A burst of changes is rescanned at the latest after this long. */
export const MAX_WAIT_MS = 2_000;
/** Shortest gap between two rescans; doubles while the page keeps changing, up to MAX_INTERVAL_MS. */
export const MIN_INTERVAL_MS = 1_000;
export const MAX_INTERVAL_MS = 16_000;
/**
 * A change this soon after the reader clicked, tapped or pressed a key is theirs (a question opened, a tab chosen,
 * "read more"): it is rescanned at the first gap, not held back as a page that never stops changing is.
 */
export const READER_CHANGE_MS = 1_500;
/** Beyond this many changed containers, one full rescan is cheaper than many small ones. */
const MAX_ROOTS = 100;

/** What the watcher observes, in the document and in each shadow root read. */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  // contenteditable: an editor switched to read-only ("Preview") holds text now to read, and one made editable
  // holds text no longer ours to mark (see isSkippedElement).
  // No aria-hidden: what it hides from screen readers is read (see isSkippedElement).
  attributeFilter: ['hidden', 'open', 'class', 'style', 'contenteditable'],
  // No attributeOldValue: it copies every old style string, and the animated page of anim-bench.ts ran 139
  // ms of script a second with it against 89–100 without (see isRestyle for what it had been needed for).
};

/** What the watcher reports. */
export interface WatcherEvents {
  /** Containers whose content changed, or null for "rescan everything" (navigation, huge change). */
  onChange(roots: Element[] | null, navigated: boolean): void;
  /** True for nodes the content script itself added (card host, fallback marks). */
  isOwn(node: Node): boolean;
  /**
   * Of the read containers under `targets` (restyled elements), those shown or hidden since they were read;
   * they are rescanned like changed ones.
   */
  visibilityChanged(targets: readonly Element[]): Element[];
  /**
   * True when a claim shown on the page lost its text (its range collapsed): the page re-rendered it, and the
   * reader sees its highlight gone until a rescan.
   */
  lostClaims(): boolean;
}

/**
 * Keeps only the outermost of a set of elements, counting what is in a shadow tree as inside its host: a rescan of
 * the host's container reads the tree again, and a second rescan of a block in it would read its claims twice.
 */
export function outermost(elements: Iterable<Element>): Element[] {
  const list = [...elements];
  return list.filter((element) => !list.some((other) => other !== element && containsFlat(other, element)));
}

/** Observes one document until stopped. */
export class PageWatcher {
  private observer: MutationObserver | null = null;
  private readonly roots = new Set<Element>();
  private full = false;
  private navigated = false;
  private timer: Timer | null = null;
  private firstChange = 0;
  private lastChange = 0;
  private lastFire = -Infinity;
  private interval = MIN_INTERVAL_MS;
  /** The changes waiting took highlights away (see lostClaims): they are rescanned at the first gap. */
  private restoring = false;
  private url: string;
  private abort: AbortController | null = null;
  /** Restyles and resizes, checked for claims shown or hidden by them. */
  private readonly restyles = new Restyles((restyled) => this.checkRestyled(restyled));
  /** When the reader last clicked, tapped or pressed a key on the page. */
  private lastInput = -Infinity;
  /** Shadow roots observed since the start (an observer's registration on a node lasts until it disconnects). */
  private shadowRoots = new WeakSet<ShadowRoot>();
  /** Custom elements read without a shadow root, looked at again for a late one. */
  private readonly lateRoots = new LateShadowRoots((elements) => this.rootsAttached(elements));
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly events: WatcherEvents,
  ) {
    this.url = this.pageUrl();
  }

  private pageUrl(): string {
    const url = this.doc.location?.href ?? '';
    const hash = url.indexOf('#');
    return hash < 0 ? url : url.slice(0, hash);
  }

  /** Starts observing (idempotent). */
  start(): void {
    if (this.observer) return;
    const view = this.doc.defaultView;
    this.url = this.pageUrl();
    this.observer = new (view?.MutationObserver ?? MutationObserver)((records) => this.onRecords(records));
    this.observer.observe(this.doc.documentElement, OBSERVED);
    // A change inside a shadow tree reaches no observer of the document: each tree read is observed on its own.
    this.stopListening = listenToShadowReads(this.doc, {
      rootRead: (root) => this.observeShadowRoot(root),
      hostless: (element) => this.noteHostless(element),
    });
    this.abort = new AbortController();
    const signal = this.abort.signal;
    view?.addEventListener('popstate', () => this.checkUrl(), { signal });
    // The Navigation API sees the page's own history.pushState, which the isolated world cannot patch.
    const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
    navigation?.addEventListener('currententrychange', () => this.checkUrl(), { signal });
    // Capture and passive: only when, never what, and nothing the page can stop or wait for. Trusted events only:
    // a page that dispatched its own would win itself the reader's pace.
    const input = (event: Event): void => {
      if (event.isTrusted) this.lastInput = performance.now();
    };
    for (const type of ['pointerdown', 'keydown'])
      view?.addEventListener(type, input, { capture: true, passive: true, signal });
    if (view) this.restyles.listen(view, signal);
  }

  /** Stops observing (the document and every shadow root) and forgets pending changes. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.stopListening?.();
    this.stopListening = null;
    this.shadowRoots = new WeakSet();
    this.lateRoots.clear();
    this.abort?.abort();
    this.abort = null;
    this.timer?.cancel();
    this.timer = null;
    this.restyles.stop();
    this.roots.clear();
    this.full = false;
    this.restoring = false;
  }

  /** Drops queued records (the caller's own DOM edits, made just now). */
  discardOwnRecords(): void {
    this.observer?.takeRecords();
  }

  private observeShadowRoot(root: ShadowRoot): void {
    if (!this.observer || this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, OBSERVED);
  }

  private noteHostless(element: Element): void {
    if (this.observer && !this.events.isOwn(element)) this.lateRoots.note(element);
  }

  /** Rescans the containers of custom elements that attached a shadow root since they were read. */
  private rootsAttached(elements: readonly Element[]): void {
    for (const element of elements) {
      const container = blockContainerOf(element);
      if (container) this.roots.add(container);
    }
    if (this.roots.size > MAX_ROOTS) {
      this.full = true;
      this.roots.clear();
    }
    this.note();
  }

  private checkUrl(): void {
    const url = this.pageUrl();
    if (url === this.url) return;
    this.url = url;
    this.navigated = true;
    this.full = true;
    this.note();
  }

  private onRecords(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (this.full) {
        relevant = true;
        break;
      }

      // Restyles first, before the ownership test: an animated page sends hundreds a frame, and noting one of the
      // content script's own elements only adds it to a later check that finds nothing under it.
      if (record.type === 'attributes' && isRestyle(record)) {
        this.restyles.note(record.target as Element);
        continue;
      }
      if (this.events.isOwn(record.target)) continue;
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        if (nodes.length > 0 && nodes.every((node) => this.events.isOwn(node))) continue;
      }
      const container = blockContainerOf(record.target);
      if (!container) continue;
      relevant = true;
      this.roots.add(container);
      if (this.roots.size > MAX_ROOTS) {
        this.full = true;
        this.roots.clear();
      }
    }
    this.checkUrl();
    if (relevant && !this.restoring && this.events.lostClaims()) {
      // A live blog re-rendering its entries every few seconds is restless, but holding its rescans back left its
      // highlights gone most of the time. Restoring them is cheap: the answers are kept by text.
      this.restoring = true;
      this.timer?.cancel();
      this.timer = null;
    }
    if (relevant) this.note();
  }

  private checkRestyled(restyled: ReadonlySet<Element> | null): void {
    if (this.full) return;
    const targets = restyled ? outermost(restyled) : [this.doc.documentElement];
    const changed = this.events.visibilityChanged(targets);
    if (changed.length === 0) return;
    for (const container of changed) this.roots.add(container);
    if (this.roots.size > MAX_ROOTS) {
      this.full = true;
      this.roots.clear();
    }
    this.note();
  }

  private note(): void {
    const now = performance.now();
    if (this.timer === null) this.firstChange = now;
    this.lastChange = now;
    if (this.timer === null) this.arm(DEBOUNCE_MS);
  }

  private arm(delay: number): void {
    const now = performance.now();
    const gap = this.byReader(now) || this.restoring ? MIN_INTERVAL_MS : this.interval;
    const wait = Math.max(delay, this.lastFire + gap - now);
    this.timer = after(wait, () => this.fire());
  }

  /** True when the changes waiting came right after the reader's own input (see READER_CHANGE_MS). */
  private byReader(now: number): boolean {
    return (
      now - this.lastInput < READER_CHANGE_MS + MAX_WAIT_MS &&
      this.firstChange - this.lastInput < READER_CHANGE_MS
    );
  }

  private fire(): void {
    this.timer = null;
    const now = performance.now();
    const quietFor = now - this.lastChange;
    if (quietFor < DEBOUNCE_MS && now - this.firstChange < MAX_WAIT_MS) {
      this.arm(DEBOUNCE_MS - quietFor);
      return;
    }
    // A page still changing right after the last rescan gets a longer gap; a calm one earns it back. The reader's
    // own clicks are no sign of a restless page: opening one question after another must not slow each reveal.
    this.interval =
      now - this.lastFire < MAX_WAIT_MS + this.interval && !this.byReader(now)
        ? Math.min(this.interval * 2, MAX_INTERVAL_MS)
        : MIN_INTERVAL_MS;
    this.lastFire = now;
    const roots = this.full ? null : outermost(this.roots);
    const navigated = this.navigated;
    this.roots.clear();
    this.full = false;
    this.navigated = false;
    this.restoring = false;
    this.events.onChange(roots, navigated);
  }
}
