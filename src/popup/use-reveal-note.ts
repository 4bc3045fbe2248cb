/**
 * What the popup says beside "Show on page" when pressing it showed nothing on the page. The content script
 * answers `found: false` both for a claim whose text the page removed since the list was made and for one in a
 * box no scroll can show (hidden, cut off), and its reply does not say which: so one sentence covers both. A
 * request that fails (the page went away, the content script is gone) is said apart: the page was not reached.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Why a press of "Show on page" showed nothing: the page could not show the claim, or was not reached. */
export type RevealProblem = 'not-shown' | 'unreachable';

/** The note beside one entry's "Show on page": `id` is the occurrence the press asked for. */
export interface RevealNote {
  id: string;
  problem: RevealProblem;
}

/** The words of each note, for a reader who does not know how the page is read. */
export const REVEAL_NOTE_WORDS: Readonly<Record<RevealProblem, string>> = {
  'not-shown':
    'Claim Lens can’t show this claim: it may no longer be on the page, or be somewhere the page can’t scroll to.',
  unreachable: 'Claim Lens can’t reach the page just now: it may have been reloaded, left or closed.',
};

/**
 * Reports how one reveal went: null when the claim was shown, else why not. A report that comes after a later
 * reveal, or after the list changed, is dropped: its note would be about something no longer asked or listed.
 */
export type RevealReport = (id: string, problem: RevealProblem | null) => void;

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
      if (latest.current === mine && problem !== null) setNote({ id, problem });
    };
  }, []);
  return { note, begin };
}
