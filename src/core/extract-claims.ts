import { SentenceFinder } from './text/sentences';
import { TermScanner, terms, type TermBuffer } from './text/terms';
import type { Claim, DateValue } from './types';
import { parseIso, today, type Ymd } from './extract/date-math';
import { hitReading, readHit } from './extract/read-hit';
import { DURATION_UNITS } from './extract/quantity-words';
import { isTimeSinceLast, restatesMeasure, SINCE_LAST } from './extract/quantity-context';
import { findQuotes } from './extract/quotes';
import { datelineReference, isDateline } from './extract/datelines';
import { isCitationDate } from './extract/citation-dates';
import { dateSubject, isPartOfGroup, quantitySubject } from './extract/subject';
import { quoteSubject } from './extract/quote-subject';
import { TriggerScanner } from './extract/triggers';
import { FigureThread } from './extract/figure-thread';
import { QUOTE_MARK } from './prefilter';

/** Options of extractClaims. */
export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) relative dates are read against; default: today. */
  referenceDate?: string;
  /**
   * Called once per sentence that holds a quantity or date hit, with the sentence's terms (as `terms()`
   * gives them: canonical, no figures), followed, for a sentence right after a figure's, by what that figure
   * is about (a figure here may take those terms, see Claim.context); when it returns false, no quantity or
   * date claim of that sentence is built. A page scanner passes "does this sentence share a term with the
   * corpus?": a claim whose sentence shares none cannot match, so its subject is not worth working out.
   * Quotes are not filtered. Without it, every claim is built.
   */
  keepSentence?: (terms: readonly string[]) => boolean;
  /**
   * Called with each dateline's date ("… Monitor AFP Thursday 14 Jul 2016 Air strikes …", see datelines.ts) and
   * where it starts, which is no claim but says when the text around it was reported (see report-days.ts).
   */
  onDateline?: (value: DateValue, start: number) => void;
  /**
   * Called with each bare weekday beside a verb of saying ("officials said Thursday", "told reporters on
   * Friday"): the day the report was made, which is no claim (two reports of one weekday share no fact) but, like a
   * dateline, says when the text around it was reported.
   */
  onSaid?: (value: DateValue) => void;
}

/** Words after a duration that say it is an age or a length, not what lasted. */
const AGE_OR_LENGTH: ReadonlySet<string> = new Set(terms('old long'));

/** Terms of the sentence being read; shared across calls (extraction never re-enters itself). */
const sentenceScanner = new TermScanner();
const triggers = new TriggerScanner();

/** Terms of the last sentence read: a sentence holding several claims is scanned once. */
let cachedText = '';
let cachedStart = -1;
let cachedEnd = -1;
let cached: TermBuffer | null = null;

/** The word terms of a buffer, figures and number words dropped: what `terms()` returns. */
function wordTerms(b: TermBuffer): string[] {
  const out: string[] = [];
  for (let k = 0; k < b.n; k++) if (b.number[k] === 0) out.push(b.term[k] ?? '');
  return out;
}

function sentenceTerms(text: string, ss: number, se: number): TermBuffer {
  if (cached === null || ss !== cachedStart || se !== cachedEnd || text !== cachedText) {
    cached = sentenceScanner.scan(text, ss, se);
    cachedText = text;
    cachedStart = ss;
    cachedEnd = se;
  }
  return cached;
}

/** The text of the last claim's sentence: the claims of one sentence share one string. */
let lastSentence: string | null = null;
let lastSentenceStart = -1;
let lastSentenceEnd = -1;

function sentenceText(text: string, ss: number, se: number): string {
  if (lastSentence === null || ss !== lastSentenceStart || se !== lastSentenceEnd) {
    lastSentence = text.slice(ss, se);
    lastSentenceStart = ss;
    lastSentenceEnd = se;
  }
  return lastSentence;
}

/** The last reference date parsed: a page's blocks are all read against the same one. */
let lastIso = '';
let lastDay: Ymd | null = null;

/** The day relative dates are read against: the option's ISO date when valid, else today. */
function referenceDay(isoDate: string | undefined): Ymd {
  if (!isoDate) return today();
  if (isoDate !== lastIso) {
    lastDay = parseIso(isoDate);
    lastIso = isoDate;
  }
  return lastDay ?? today();
}

/** A news site's list of related headlines: a counter, "Related", a capital ("… 01 Related Daesh Shells …"). */
const RELATED_LIST = /\d Related \p{Lu}/u;

/**
 * Where in the sentence [from, to) of `text` a list of related headlines starts, or -1. Scraped text runs the list
 * into the article's last sentence ("… 01 Related Daesh Shells Syrias Deir ez-Zor Injures 10 People US-Led
 * Coalition Airstrikes Kill at Least 12 Civilians …"): its figures and dates are other articles' headlines.
 */
function relatedListAt(text: string, from: number, to: number): number {
  // Sentences are asked in order: the next " Related " found is kept, so a long text without one (or with one
  // at its end) is searched once, not once per sentence.
  if (relatedNext < from) {
    relatedNext = text.indexOf(' Related ', from);
    if (relatedNext < 0) relatedNext = text.length;
  }
  const at = relatedNext;
  if (at >= to) return -1;
  return RELATED_LIST.test(text.slice(Math.max(0, at - 1), at + 10)) ? at : -1;
}

/** The next " Related " in the text extractClaims reads (its length when none is left; -1 before a search). */
let relatedNext = -1;

function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * All factual claims in a text — quantities, dates and quoted statements — sorted by start (a quote
 * may contain quantity and date claims; all are reported). Spans are UTF-16 offsets into `text`.
 *
 * Cost: one regex scan for triggers, then small hand-written readers in bounded windows around each
 * hit, and one pass over the quote marks; every step is linear in the text, whatever its content.
 */
export function extractClaims(text: string, options?: ExtractOptions): Claim[] {
  // A dateline ("AFP Wednesday 29 Oct 2014 Syrian regime aircraft killed … on Wednesday") starts a report of that
  // day: the text after it counts its relative days from there, not from the reference, which may be a corpus's
  // recorded date weeks off or a reader's today.
  let ref = referenceDay(options?.referenceDate);
  const claims: Claim[] = [];
  let sentences = new SentenceFinder(text);
  cached = null;
  lastSentence = null;
  relatedNext = -1;
  const keep = options?.keepSentence;
  let keptStart = -1;
  let keptEnd = -1;
  let kept = true;
  // End of the last figure read with a unit: one in brackets right after it restates it.
  let measureEnd = -1;
  // The sentence last asked about a list of related headlines, and where its list starts (-1: none).
  let listStart = -1;
  let listFrom = -1;
  // A figure whose sentence names nothing but what it counts is about the figure's before it (Claim.context).
  const thread = new FigureThread(text);
  for (let pos = 0; triggers.next(text, pos);) {
    const s = triggers.start;
    const e = triggers.end;
    readHit(text, s, e, triggers.word, ref);
    pos = Math.max(hitReading.resumeAt, e);
    const kind = hitReading.kind;
    const hit = kind === 'date' ? hitReading.date : kind === 'quantity' ? hitReading.quantity : null;
    if (kind === null || hit === null) continue;
    const { start, end } = hit;
    if (hit.value.type === 'date' && isCitationDate(text, start)) continue;
    if (hit.value.type === 'date' && isDateline(text, start, end, hit.value)) {
      options?.onDateline?.(hit.value, start);
      const day = datelineReference(hit.value);
      ref = (day !== null ? parseIso(day) : null) ?? ref;
      continue;
    }
    if (hit.value.type === 'date' && kind === 'date' && hitReading.date?.said === true) {
      options?.onSaid?.(hit.value);
      continue;
    }
    if (hit.value.type === 'quantity' && hit.value.unit !== undefined) {
      const restated = restatesMeasure(text, measureEnd, start, end);
      measureEnd = end;
      if (restated) continue;
    }
    sentences.find(start);
    const ss = sentences.start;
    const se = sentences.end;
    if (ss !== listStart) {
      listStart = ss;
      listFrom = relatedListAt(text, ss, se);
    }
    if (listFrom >= 0 && start > listFrom) continue;
    const spans = sentenceTerms(text, ss, se);
    if (keep) {
      if (ss !== keptStart || se !== keptEnd) {
        // A figure here may take the thread's terms (see Claim.context): the gate must see them too.
        const own = wordTerms(spans);
        const borrowed = thread.termsFor(ss);
        kept = keep(borrowed.length > 0 ? [...own, ...borrowed] : own);
        keptStart = ss;
        keptEnd = se;
      }
      if (!kept) continue;
    }
    // A figure with nothing counted ("1, 2, 3", a bare total) cannot be matched: silence over noise.
    // What a figure counts is compared only for figures without a unit, and what a duration lasts (see
    // QuantityValue.counted).
    const counted: string[] | undefined =
      hit.value.type === 'quantity' && (hit.value.unit === undefined || DURATION_UNITS.has(hit.value.unit))
        ? []
        : undefined;
    // Read once: it shapes the subject, and the value says it (QuantityValue.part).
    const part = kind === 'quantity' && isPartOfGroup(text, start, end);
    const subject =
      kind === 'quantity'
        ? quantitySubject(text, spans, start, end, counted, part)
        : dateSubject(text, spans, start, end);
    if (subject.length === 0) continue;
    // A duration (the only figures with a unit that count anything) after "the first … in" is the time since.
    if (counted?.length === 0 && hit.value.type === 'quantity' && hit.value.unit !== undefined) {
      if (isTimeSinceLast(text, ss, start)) counted.push(SINCE_LAST);
    }
    const context = counted ? thread.follow(spans, ss, se, subject, counted) : undefined;
    // "Ten days old", "three weeks long": an age or a length, of something named elsewhere in the sentence.
    if (
      counted &&
      counted.length > 0 &&
      hit.value.type === 'quantity' &&
      !AGE_OR_LENGTH.has(counted[0] ?? '')
    ) {
      hit.value.counted = counted;
      if (part) hit.value.part = true;
    }
    const claim: Claim = {
      kind,
      text: text.slice(start, end),
      start,
      end,
      value: hit.value,
      subject,
      sentence: sentenceText(text, ss, se),
    };
    // Set after the literal rather than spread into it: a spread costs a copy per claim.
    if (context !== undefined) claim.context = context;
    claims.push(claim);
  }
  // No quote mark (see prefilter): findQuotes would find nothing.
  const quotes = QUOTE_MARK.test(text) ? findQuotes(text) : [];
  sentences = new SentenceFinder(text);
  let lastNamed: string | undefined;
  for (const q of quotes) {
    sentences.find(q.start);
    const ss = sentences.start;
    const se0 = sentences.end;
    sentences.find(Math.max(q.start, q.end - 1));
    const se = sentences.end;
    let speaker: string | undefined;
    const byPronoun = q.speaker?.pronoun === true;
    if (q.speaker && !byPronoun) {
      speaker = q.speaker.name;
      lastNamed = speaker;
    } else if (q.speaker) {
      speaker = lastNamed;
    }
    const context = q.text.length < 60 ? sentenceTerms(text, ss, Math.max(se0, se)) : null;
    const subject = quoteSubject(q.text, context, q.start, q.end);
    if (subject.length === 0) continue;
    const value: Claim['value'] = speaker
      ? { type: 'quote', text: q.text, speaker }
      : { type: 'quote', text: q.text };
    if (speaker && byPronoun) value.speakerByPronoun = true;
    if (q.parts) value.parts = q.parts;
    claims.push({
      kind: 'quote',
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      value,
      subject,
      sentence: text.slice(Math.min(ss, q.start), Math.max(se, q.end)),
    });
  }
  claims.sort(byPosition);
  return claims;
}
