/**
 * Keeps keyboard focus in a list whose items the user can remove. The removed item's button takes focus with
 * it, and the browser then drops focus to the page's start: a keyboard or screen-reader user loses their place.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * True when nothing the user chose has focus: it went with an element that was removed or disabled. Only then
 * is focus moved for them; a user who has moved on keeps theirs.
 */
export function focusWasLost(doc: Document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || !active.isConnected;
}

/** What `useFocusAfterRemoval` gives a list. */
export interface FocusAfterRemoval {
  /** Call when the user asks to remove the item `key` (before any confirmation: it may not happen). */
  removing(key: string): void;
  /** Ref callback for item `key`'s control that takes focus when a neighbour goes. */
  control(key: string): (element: HTMLElement | null) => void;
  /** Ref callback for what takes focus when no item is left (give it tabIndex -1 unless it is focusable). */
  fallback(element: HTMLElement | null): void;
}

/**
 * After the item the user removed has left `keys`, focus moves to the same control of the item after it, else
 * of the one before, else to the fallback. Only when focus was lost with the item: a user who has moved on
 * meanwhile keeps their focus.
 */
export function useFocusAfterRemoval(keys: readonly string[]): FocusAfterRemoval {
  const controls = useRef(new Map<string, HTMLElement>());
  const fallback = useRef<HTMLElement | null>(null);
  const pending = useRef<{ key: string; next: readonly string[] } | null>(null);
  const api = useRef<FocusAfterRemoval | null>(null);
  const current = useRef(keys);
  current.current = keys;
  api.current ??= {
    removing(key) {
      const list = current.current;
      const at = list.indexOf(key);
      if (at < 0) return;
      pending.current = { key, next: [list[at + 1], list[at - 1]].filter((k) => k !== undefined) };
    },
    control(key) {
      return (element) => {
        if (element) controls.current.set(key, element);
        else controls.current.delete(key);
      };
    },
    fallback(element) {
      fallback.current = element;
    },
  };
  useLayoutEffect(() => {
    const wanted = pending.current;
    if (wanted === null || keys.includes(wanted.key)) return;
    pending.current = null;
    if (!focusWasLost(fallback.current?.ownerDocument ?? globalThis.document)) return;
    const target =
      wanted.next.map((key) => controls.current.get(key)).find((element) => element?.isConnected) ??
      fallback.current;
    target?.focus();
  });
  return api.current;
}
