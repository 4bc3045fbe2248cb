/**
 * The check page's one request: a text to the worker, its claims with context back. Nothing is kept: the text
 * lives in the page's text box and in this state until the tab is closed.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { DocumentInfo, OtherClaim } from '../core/types';
import { CHECK_TEXT_LIMITS, type TabClaim } from '../shared/messages';
import { localDay } from '../shared/local-day';
import { sendToWorker } from '../shared/rpc';
import { documentMap } from '../popup/claim-view';

/** Where a check stands. */
export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; text: string }
  | {
      status: 'checked';
      /** The text as it was checked: the box may have changed since. */
      text: string;
      /** The day it was checked as written on ('' for none), as the date field had it: it may have changed since. */
      writtenOn: string;
      claims: TabClaim[];
      unmatched: number;
      /** The first of the claims without context, to list them (see MAX_OTHERS). */
      others: OtherClaim[];
      documents: ReadonlyMap<string, DocumentInfo>;
      corpusSize: number;
      /** The corpus document the text is a copy of, which is not counted as a source on it; null for none. */
      itself: DocumentInfo | null;
    }
  /** Refused on the page, before anything is sent. */
  | { status: 'too-long'; chars: number }
  | { status: 'no-corpus' }
  | { status: 'failed'; reason: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The state, and `check(text, writtenOn)`: `writtenOn` is the day the text was written (YYYY-MM-DD) when the reader
 * gave it, or '' for an undated text, whose relative dates are read against today. A check started while another
 * is under way replaces it: the older answer is not shown when it arrives.
 */
export function useCheck(): { state: CheckState; check: (text: string, writtenOn: string) => void } {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const latest = useRef(0);
  const check = useCallback((text: string, writtenOn: string): void => {
    const run = ++latest.current;
    if (text.length > CHECK_TEXT_LIMITS.chars) {
      setState({ status: 'too-long', chars: text.length });
      return;
    }
    setState({ status: 'checking', text });
    const dated = writtenOn !== '';
    const request = { text, referenceDate: dated ? writtenOn : localDay(new Date()), published: dated };
    sendToWorker('checkText', request).then(
      (reply) => {
        if (run !== latest.current) return;
        if (reply.kind === 'no-corpus') {
          setState({ status: 'no-corpus' });
          return;
        }
        setState({
          status: 'checked',
          text,
          writtenOn,
          // Ids for the list's entries (and their elements): the claims' order in the text.
          claims: reply.claims.map(({ claim, result }, i) => ({ id: `t${i}`, claim, result })),
          unmatched: reply.unmatched,
          others: reply.others,
          documents: documentMap(reply.documents),
          corpusSize: reply.corpusSize,
          itself: reply.itself ?? null,
        });
      },
      (error: unknown) => {
        if (run !== latest.current) return;
        setState({ status: 'failed', reason: messageOf(error) });
      },
    );
  }, []);
  return { state, check };
}
