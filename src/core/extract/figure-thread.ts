/**
 * The thread of a paragraph's figures: a figure whose sentence names nothing but what it counts ("Another 45 were
 * injured there, it said.") is about the event of the figure in the sentence before ("38 people died in a double
 * bombing just outside Tartous"). Such a figure takes that sentence as its context (Claim.context) and what it is
 * about as part of its subject.
 */
import type { TermBuffer } from '../text/terms';
import { OUTCOME_TERMS } from '../text/outcomes';

/** Longest run of sentences before a figure that its context is drawn from. */
const MAX_THREAD = 600;

/** Most words a sentence may have besides what its figure counts and still need the sentences before it. */
const FOLLOW_UP_TERMS = 2;

/**
 * A clause at a sentence's end that credits it to a source: ", the Britain-based group said.", ", according to
 * local activists." It says who reported the figure, not what the figure is about.
 */
const SOURCE_TAIL =
  /,\s+(?:according to\s[^,;]{1,80}|[^,;]{1,60}?\s(?:said|says|reported|reports|added|told\s[^,;]{1,40}))[\s.!"”’']*$/u;

/** Longest sentence tail SOURCE_TAIL is tried on: its longest match, with room for the closing marks. */
const SOURCE_TAIL_CHARS = 100;

/** Where the sentence [ss, se) of `text` credits itself to a source at its end; `se` when it does not. */
function sourceTailStart(text: string, ss: number, se: number): number {
  const from = Math.max(ss, se - SOURCE_TAIL_CHARS);
  const found = SOURCE_TAIL.exec(text.slice(from, se));
  return found ? from + found.index : se;
}

/**
 * True when a sentence names little besides what its figure counts: "Another 45 were injured there, it said",
 * not "Dozens of terrorists were killed as the army stepped up its operations", which says what happened.
 * Words from `until` on (the source the sentence is credited to) do not count.
 */
function saysLittle(b: TermBuffer, counted: readonly string[], until: number): boolean {
  let other = 0;
  for (let k = 0; k < b.n && (b.start[k] ?? 0) < until; k++) {
    const term = b.term[k] ?? '';
    if (b.number[k] === 0 && !counted.includes(term) && ++other > FOLLOW_UP_TERMS) return false;
  }
  return true;
}

/** The terms of `subject` that are not in `counted`, in order (a loop, not a closure: this runs per figure). */
function termsBeyond(subject: readonly string[], counted: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of subject) if (!counted.includes(t)) out.push(t);
  return out;
}

/** True when every term is an outcome (true for none). */
function allOutcomes(terms: readonly string[]): boolean {
  for (const t of terms) if (!OUTCOME_TERMS.has(t)) return false;
  return true;
}

/** One text's thread, read figure by figure in text order (a new one per text). */
export class FigureThread {
  /** The sentences since the last figure that named what it is about besides what it counts, and those terms. */
  private start = -1;
  private end = -1;
  private terms: readonly string[] = [];
  /** The sentence last joined to the thread, and the sentences before it that it took as its context. */
  private followStart = -1;
  private followContext = '';

  constructor(private readonly text: string) {}

  /**
   * True when the sentence starting at `ss` comes right after the thread's sentences, in the same paragraph, and
   * they are not too long to be one event's account.
   */
  private continues(ss: number): boolean {
    if (this.end < 0 || this.end > ss || ss - this.start > MAX_THREAD) return false;
    // A line break ends the thread: the page scanner reads each paragraph apart, and the CLI must find what it finds.
    for (let i = this.end; i < ss; i++) {
      const c = this.text.charCodeAt(i);
      if (c > 32 || c === 10) return false;
    }
    return true;
  }

  /** The terms a figure of the sentence starting at `ss` may take from the thread (for the sentence gate). */
  termsFor(ss: number): readonly string[] {
    return this.continues(ss) ? this.terms : [];
  }

  /**
   * Reads one figure of the sentence [ss, se) (whose terms are `b`) with its `subject` and what it `counted`:
   * returns its context and adds the thread's terms to `subject` when it follows the thread; starts a new thread
   * when the figure names more than what it counts.
   */
  follow(
    b: TermBuffer,
    ss: number,
    se: number,
    subject: string[],
    counted: readonly string[],
  ): string | undefined {
    const beyond = termsBeyond(subject, counted);
    // Named nothing but what it counts and what happened to it ("injured" before "and 12 were missing").
    const bare = allOutcomes(beyond) && saysLittle(b, counted, sourceTailStart(this.text, ss, se));
    // The sentence's first such figure joins it to the thread; the others of the sentence follow it.
    if (bare && ss !== this.followStart && this.continues(ss)) {
      this.followStart = ss;
      this.followContext = this.text.slice(this.start, this.end).trim();
      this.end = se;
    }
    if (bare && ss === this.followStart) {
      for (const t of this.terms) if (!subject.includes(t)) subject.push(t);
      return this.followContext;
    }
    if (beyond.length > 0) {
      this.start = ss;
      this.end = se;
      this.terms = beyond;
    }
    return undefined;
  }
}
