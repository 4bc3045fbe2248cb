/**
 * The popups and full views following this tab (see FOLLOW_TAB_PORT): each holds a port open to this
 * script, and is told when the claims change so that it asks for them again, instead of polling.
 */
import type { TabChangedNotice } from '../shared/messages';

/** The part of a runtime port this needs (a fake in unit tests). */
export interface FollowerPort {
  postMessage(message: TabChangedNotice): void;
  onDisconnect: { addListener(listener: () => void): void };
}

const NOTICE: TabChangedNotice = { type: 'tabChanged' };

/** The ports of the views following this tab. */
export class TabFollowers {
  private readonly ports = new Set<FollowerPort>();

  /** Follows a newly connected view until its port closes. */
  add(port: FollowerPort): void {
    this.ports.add(port);
    port.onDisconnect.addListener(() => this.ports.delete(port));
  }

  /**
   * Tells every following view that the tab's state changed. A port that throws (its view closed between the
   * disconnect and this call) is dropped rather than failing the page's update.
   */
  notify(): void {
    for (const port of this.ports) {
      try {
        port.postMessage(NOTICE);
      } catch {
        this.ports.delete(port);
      }
    }
  }

  /** How many views follow the tab. */
  get size(): number {
    return this.ports.size;
  }
}
