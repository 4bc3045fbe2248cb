/**
 * What the reader meets of a document's shadow trees, told to whoever watches the document (the page watcher): a
 * change inside a shadow tree reaches no observer of the document, so each shadow root read is observed on its
 * own, and a custom element read before it had one may attach one later (an upgrade after load).
 *
 * Per document and outside the reader's signature, so that the scanner, which calls the reader, needs no part in it.
 */

/** What a watcher hears of the reads of its document. */
export interface ShadowReadListener {
  /** An open shadow root whose tree was read. */
  rootRead(root: ShadowRoot): void;
  /** A custom element read while it had no shadow root (or only a closed one). */
  hostless(element: Element): void;
}

const listeners = new WeakMap<Document, Set<ShadowReadListener>>();

/** Tells `listener` of the shadow trees read in `doc` from now on; returns a function that stops it. */
export function listenToShadowReads(doc: Document, listener: ShadowReadListener): () => void {
  let set = listeners.get(doc);
  if (!set) listeners.set(doc, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(doc) === set) listeners.delete(doc);
  };
}

/** Tells every listener of `doc` about one read, or null when nobody listens: the reader then tells nothing. */
export function shadowReadsOf(doc: Document): ShadowReadListener | null {
  const set = listeners.get(doc);
  if (!set || set.size === 0) return null;
  return {
    rootRead: (root) => set.forEach((listener) => listener.rootRead(root)),
    hostless: (element) => set.forEach((listener) => listener.hostless(element)),
  };
}
