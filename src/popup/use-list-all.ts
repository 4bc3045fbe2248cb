/**
 * A long list shown in part until the user asks for all of it (the popup's claims, the options page's corpus table
 * and disagreements). The button that asked goes once clicked, and focus with it: the first entry it brought takes
 * focus instead, so that a keyboard user reads on from there.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Whether all is listed, the way to list all, and the ref for the first entry past the part shown first. */
export function useListAll<E extends HTMLElement>(): {
  all: boolean;
  listAll: () => void;
  firstMore: { current: E | null };
} {
  const [all, setAll] = useState(false);
  const firstMore = useRef<E>(null);
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  return { all, listAll: () => setAll(true), firstMore };
}
