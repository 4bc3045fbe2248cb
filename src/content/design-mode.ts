/**
 * Whether the document is in design mode (`document.designMode = 'on'`): an editable document is the reader's to
 * write in, not ours to read (see isSkippedElement). Design mode has no attribute to observe, so it is looked at on
 * each batch of changes and each input, and, while it is on, every DESIGN_LOOK_MS for its end: switched off by a
 * script or a bookmarklet with no change after it, it was noticed only at the reader's next click or key, the page
 * left unmarked meanwhile. One property read a second, and only while in design mode.
 */
import { inDesignMode } from './element-kinds';
import { every, type Timer } from './timers';

/** How often a document in design mode is looked at for its end. */
const DESIGN_LOOK_MS = 1_000;

/** Design mode of one document, as last looked at. */
export class DesignMode {
  private on = false;
  private look: Timer | null = null;

  constructor(
    private readonly doc: Document,
    /** Called when a timed look finds design mode switched off. */
    private readonly ended: () => void,
  ) {}

  /** True when the document was in design mode at the last look. */
  get isOn(): boolean {
    return this.on;
  }

  /** Looks now without reporting: the state the watcher starts from. */
  reset(): void {
    this.on = inDesignMode(this.doc);
    this.lookWhileOn();
  }

  /** True when design mode was switched on or off since the last look. */
  switched(): boolean {
    const on = inDesignMode(this.doc);
    if (on === this.on) return false;
    this.on = on;
    this.lookWhileOn();
    return true;
  }

  /** Stops looking. */
  stop(): void {
    this.look?.cancel();
    this.look = null;
  }

  private lookWhileOn(): void {
    if (!this.on) return this.stop();
    this.look ??= every(DESIGN_LOOK_MS, () => this.ended());
  }
}
