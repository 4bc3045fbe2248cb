/**
 * What the content script needs of the extension, as one interface: main.ts wires it to the real messages and
 * storage, unit tests to fakes.
 */
import type { DocumentInfo, ScannedClaim } from '../core/types';
import type { Settings } from '../shared/settings';

/** The extension side, as the content script uses it (replaced by fakes in unit tests). */
export interface AppPorts {
  /**
   * The worker's scanTexts: per text, its claims with context. `published`: `referenceDate` is the page's own
   * publication date (see WorkerProtocol.scanTexts).
   */
  scanTexts(texts: string[], referenceDate: string, published: boolean): Promise<ScannedClaim[][]>;
  setBadge(count: number): Promise<unknown>;
  getSettings(): Promise<Settings>;
  getDocuments(): Promise<DocumentInfo[]>;
  openFullView(claimId: string): Promise<unknown>;
  /**
   * Tells the popups and full views following this tab that its claims changed (see FOLLOW_TAB_PORT). Never
   * throws: a view that cannot be told is dropped.
   */
  stateChanged(): void;
  /** Calls back whenever the stored settings change; returns an unsubscribe function. */
  onSettingsChanged(listener: () => void): () => void;
  /** False once the extension was updated, disabled or removed. */
  alive(): boolean;
}

/**
 * True when an error means the extension is gone rather than a single request failed. Not "Receiving end does not
 * exist": a worker being stopped or started says that too (see sendToWorker), and the extension's being gone is
 * then told by `alive()`.
 */
export function isContextGone(error: unknown): boolean {
  return error instanceof Error && /context invalidated|extension context/i.test(error.message);
}
