/**
 * What the popup says beside "Show on page" when pressing it showed nothing on the page. The content script says
 * why (RevealMiss): the page took the claim's text away, hid the part it is in, or cut it off where no scroll
 * reaches, or Claim Lens was switched off there; each is said plainly, since the reader can do something about
 * some (open the hidden part) and nothing about others. A reply that does not say why is said in general words
 * (`not-shown`), and a request that fails (the page went away, the content script is gone) apart: the page was not
 * reached.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { REVEAL_MISSES, type RevealMiss } from '../shared/messages';

/** Why a press of "Show on page" showed nothing: why the page could not show the claim, or that it was not reached. */
export type RevealProblem = RevealMiss | 'not-shown' | 'unreachable';

/** The note beside one entry's "Show on page": `id` is the occurrence the press asked for. */
export interface RevealNote {
  id: string;
  problem: RevealProblem;
}

/** The words of each note, for a reader who does not know how the page is read. */
export const REVEAL_NOTE_WORDS: Readonly<Record<RevealProblem, string>> = {
  gone: 'Claim Lens can’t show this claim: the page has removed or changed its text since this list was made.',
  hidden:
    'Claim Lens can’t show this claim: the part of the page it is in is hidden just now (a closed section, another tab). Open that part on the page, then try again.',
  'cut-off':
    'Claim Lens can’t show this claim: it is on the page, but cut off where scrolling can’t reach it (inside a box, or past the page’s edge).',
  off: 'Claim Lens has been switched off on this page, so it can’t show this claim.',
  'not-shown':
    'Claim Lens can’t show this claim: it may no longer be on the page, or be somewhere the page can’t scroll to.',
  unreachable: 'Claim Lens can’t reach the page just now: it may have been reloaded, left or closed.',
};

/**
 * What a `revealClaim` reply says went wrong: null when the claim was shown, or for a reply of another shape (it
 * said nothing before either); `not-shown` when it says "not found" without a reason this popup knows.
 */
export function replyProblem(reply: unknown): RevealProblem | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const { found, reason } = reply as { found?: unknown; reason?: unknown };
  if (found !== false) return null;
  return (REVEAL_MISSES as readonly unknown[]).includes(reason) ? (reason as RevealMiss) : 'not-shown';
}

/**
 * Reports how one reveal went: null when the claim was shown, else why not. A report that comes after a later
 * reveal, or after the list changed, is dropped: its note would be about something no longer asked or listed.
 * Returns false when it was dropped, so that nothing else is done on its behalf (bringing the page forward).
 */
export type RevealReport = (id: string, problem: RevealProblem | null) => boolean;

/** The note, and `begin`, called as a reveal is asked for: it clears the note and returns where to report. */
export interface RevealNoteState {
  note: RevealNote | null;
  begin(): RevealReport;
}

/**
 * Keeps the note of the last reveal; `listKey` names the listed claims (their ids), so that a new list, or none
 * (the page went away), clears it.
 */
export function useRevealNote(listKey: string): RevealNoteState {
  const [note, setNote] = useState<RevealNote | null>(null);
  // Counts reveals and lists: a reply is only taken while it is still the latest thing that happened.
  const latest = useRef(0);
  useEffect(() => {
    latest.current++;
    setNote(null);
  }, [listKey]);
  const begin = useCallback((): RevealReport => {
    const mine = ++latest.current;
    setNote(null);
    return (id, problem) => {
      if (latest.current !== mine) return false;
      if (problem !== null) setNote({ id, problem });
      return true;
    };
  }, []);
  return { note, begin };
}
