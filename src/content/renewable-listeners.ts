/**
 * Event listeners that can be added again. `document.open()` erases every listener of the document and of its
 * window, the content script's with the page's (the isolated world shares the nodes' listener lists): after a page
 * wrote a new document over itself, no card opened on hover and no resize was heard. The page watcher sees the
 * document's root replaced (see replacesRoot) and each holder of window or document listeners adds them anew.
 */
export class RenewableListeners {
  private current: AbortController | null = null;

  constructor(
    /** Aborting it removes the listeners for good (the content script's clean-up). */
    private readonly life: AbortSignal,
    /** Adds the listeners, each with `signal`. */
    private readonly add: (signal: AbortSignal) => void,
  ) {
    this.renew();
  }

  /** Removes the listeners still there and adds them all again (none once `life` has aborted). */
  renew(): void {
    this.current?.abort();
    this.current = null;
    if (this.life.aborted) return;
    const own = new AbortController();
    this.current = own;
    this.add(AbortSignal.any([this.life, own.signal]));
  }
}
