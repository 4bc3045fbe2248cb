/**
 * Watches the page for changes worth a rescan: edited or added text (MutationObserver), text shown or hidden
 * by a class, style or open state, a transition's or animation's end, or a resize across a CSS breakpoint
 * (checked only where claims are), a new root element or design mode switched (the whole page), a date changed in
 * the page's metadata, and same-document navigations of single-page apps. Changes are coalesced, and a page that
 * never stops changing is rescanned ever less often, so it cannot make Claim Lens eat its CPU.
 */
import { blockContainerOf, containsFlat } from './element-kinds';
import { LateShadowRoots } from './late-shadow-roots';
import {
  changesPageDate,
  givesPageDate,
  headChangeRestyles,
  isDateAttribute,
  OBSERVED,
  replacesRoot,
} from './observed-changes';
import { isRestyle, Restyles } from './restyles';
import { listenToShadowReads } from './shadow-reads';
import { RescanPace } from './rescan-pace';
import { RenewableListeners } from './renewable-listeners';
import { DesignMode } from './design-mode';

/** Beyond this many changed containers, one full rescan is cheaper than many small ones. */
const MAX_ROOTS = 100;

/** What the watcher reports. */
export interface WatcherEvents {
  /**
   * Containers whose content changed, or null for "rescan everything" (navigation, new root, design mode switched,
   * huge change); `dated`: a date the page gives in its metadata changed in place (see isDateAttribute), and the
   * page's date is to be read again (`roots` may then be empty).
   */
  onChange(roots: Element[] | null, navigated: boolean, dated: boolean): void;
  /**
   * The document's root was replaced: by `document.open()` perhaps, which erased every listener of the window and
   * the document, so their holders add theirs again (see RenewableListeners).
   */
  reopened?(): void;
  /** True for nodes the content script itself added (card host, fallback marks). */
  isOwn(node: Node): boolean;
  /**
   * Of the read containers under `targets` (restyled elements), those shown or hidden since they were read;
   * they are rescanned like changed ones.
   */
  visibilityChanged(targets: readonly Element[]): Element[];
  /**
   * True when a claim shown on the page lost its text (its range collapsed: the page re-rendered it, and the reader
   * sees its highlight gone until a rescan) or had it changed: `edited` holds the nodes whose text or children the
   * batch changed (see ClaimEdits).
   */
  lostClaims(edited: ReadonlySet<Node>): boolean;
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
  /** A date of the page's metadata changed since the last rescan. */
  private dated = false;
  /** The document's design mode at the last look (see designModeSwitched). */
  private readonly designMode: DesignMode;
  private readonly pace = new RescanPace(() => this.fire());
  private url: string;
  private abort: AbortController | null = null;
  /** The window listeners, added again after document.open() (see RenewableListeners). */
  private listeners: RenewableListeners | null = null;
  /** Restyles and resizes, checked for claims shown or hidden by them. */
  private readonly restyles = new Restyles((restyled) => this.checkRestyled(restyled));
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
    this.designMode = new DesignMode(doc, () => this.designModeSwitched());
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
    this.designMode.reset();
    this.observer = new (view?.MutationObserver ?? MutationObserver)((records) => this.onRecords(records));
    // The document, not its root element: a page that replaces its <html> (or calls document.open() and writes a
    // new one) would leave an observer of the old root watching a tree no longer shown.
    this.observer.observe(this.doc, OBSERVED);
    // A change inside a shadow tree reaches no observer of the document: each tree read is observed on its own.
    this.stopListening = listenToShadowReads(this.doc, {
      rootRead: (root) => this.observeShadowRoot(root),
      hostless: (element) => this.noteHostless(element),
    });
    this.abort = new AbortController();
    this.listeners = new RenewableListeners(this.abort.signal, (signal) => this.listen(view, signal));
  }

  /** Listens on the window: for the address, the reader's input and resizes (see start). */
  private listen(view: Window | null, signal: AbortSignal): void {
    view?.addEventListener('popstate', () => this.checkUrl(), { signal });
    // The Navigation API sees the page's own history.pushState, which the isolated world cannot patch.
    const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
    navigation?.addEventListener('currententrychange', () => this.checkUrl(), { signal });
    // Capture and passive: only when, never what, and nothing the page can stop or wait for. Trusted events only:
    // a page that dispatched its own would win itself the reader's pace.
    // Design mode has no attribute to observe: it is looked at on each batch of changes and each input, which
    // typing in an editable document makes, and so does the reader's click after a page's editor closes.
    const input = (event: Event): void => {
      if (!event.isTrusted) return;
      this.pace.readerInput();
      this.designModeSwitched();
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
    this.listeners = null;
    this.designMode.stop();
    this.pace.stop();
    this.restyles.stop();
    this.roots.clear();
    this.full = false;
    this.dated = false;
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
    if (this.roots.size > MAX_ROOTS) this.wholePage();
    this.note();
  }

  private checkUrl(): void {
    const url = this.pageUrl();
    if (url === this.url) return;
    this.url = url;
    this.navigated = true;
    this.wholePage();
    this.note();
  }

  private onRecords(records: MutationRecord[]): void {
    // An editable document is the reader's to write in, not ours to read (see isSkippedElement).
    if (this.designModeSwitched() || this.designMode.isOn) return;
    let relevant = false;
    let reopened = false;
    // Nodes whose text or children changed: a claim's among them was edited in place (see lostClaims).
    const edited = new Set<Node>();
    for (const record of records) {
      if (this.full) {
        relevant = true;
        reopened ||= records.some(replacesRoot);
        break;
      }

      // Restyles first, before the ownership test: an animated page sends hundreds a frame, and noting one of the
      // content script's own elements only adds it to a later check that finds nothing under it.
      if (record.type === 'attributes' && isRestyle(record)) {
        this.restyles.note(record.target as Element);
        continue;
      }
      if (isDateAttribute(record)) {
        if (givesPageDate(record.target as Element)) this.dated = relevant = true;
        continue;
      }
      if (replacesRoot(record)) {
        // The old tree's highlights are drawn nowhere now, and the new one is unread.
        this.wholePage();
        this.pace.hurry();
        relevant = true;
        reopened = true;
        continue;
      }
      if (this.events.isOwn(record.target)) continue;
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        if (nodes.length > 0 && nodes.every((node) => this.events.isOwn(node))) continue;
      }
      if (changesPageDate(record)) this.dated = relevant = true;
      const container = blockContainerOf(record.target);
      if (!container) continue;
      // The root is the container of what has no block of its own: the <head>'s changes (scripts, styles, metas).
      if (container === this.doc.documentElement && this.doc.head?.contains(record.target)) {
        if (headChangeRestyles(record)) this.restyles.note(container);
        continue;
      }
      relevant = true;
      if (record.type !== 'attributes') edited.add(record.target);
      this.roots.add(container);
      if (this.roots.size > MAX_ROOTS) this.wholePage();
    }
    // document.open() erased the window's listeners, ours with the page's: they are added again, here and by the app.
    if (reopened) {
      this.listeners?.renew();
      this.events.reopened?.();
    }
    this.checkUrl();
    if (relevant && !this.pace.urgent && this.events.lostClaims(edited)) this.pace.hurry();
    if (relevant) this.note();
  }

  /** Rescans the whole page rather than containers. */
  private wholePage(): void {
    this.full = true;
    this.roots.clear();
  }

  /**
   * True when design mode was switched on or off since the last look: the whole page is read again at the first
   * gap, finding nothing while it is on (its highlights go) and all of it once it is off.
   */
  private designModeSwitched(): boolean {
    if (!this.observer || !this.designMode.switched()) return false;
    this.wholePage();
    this.pace.hurry();
    this.note();
    return true;
  }

  private checkRestyled(restyled: ReadonlySet<Element> | null): void {
    if (this.full) return;
    const root = this.doc.documentElement;
    if (!root) return;
    const targets = restyled ? outermost(restyled) : [root];
    const changed = this.events.visibilityChanged(targets);
    if (changed.length === 0) return;
    for (const container of changed) this.roots.add(container);
    if (this.roots.size > MAX_ROOTS) this.wholePage();
    this.note();
  }

  private note(): void {
    this.pace.note();
  }

  private fire(): void {
    const roots = this.full ? null : outermost(this.roots);
    const navigated = this.navigated;
    const dated = this.dated;
    this.roots.clear();
    this.full = false;
    this.navigated = false;
    this.dated = false;
    this.events.onChange(roots, navigated, dated);
  }
}
