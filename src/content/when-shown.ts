import { RenewableListeners } from './renewable-listeners';

/**
 * Work for a tab the user is looking at: run now when the page is shown, or once when it is next shown. Many
 * tabs told of one change at once then do the work one by one, as the user visits them.
 */
export class WhenShown {
  private pending: (() => void) | null = null;
  private readonly listeners: RenewableListeners;

  constructor(
    private readonly doc: Document,
    /** Aborting it stops listening (the content script's clean-up). */
    signal: AbortSignal,
  ) {
    this.listeners = new RenewableListeners(signal, (own) =>
      doc.addEventListener('visibilitychange', () => this.flush(), { signal: own }),
    );
  }

  /** Listens again, after `document.open()` erased the listener (see RenewableListeners). */
  relisten(): void {
    this.listeners.renew();
  }

  /** Runs `work` now if the page is shown; otherwise when it is next shown (a later call replaces it). */
  run(work: () => void): void {
    this.pending = work;
    this.flush();
  }

  private flush(): void {
    if (this.pending === null || this.doc.visibilityState === 'hidden') return;
    const work = this.pending;
    this.pending = null;
    work();
  }
}
