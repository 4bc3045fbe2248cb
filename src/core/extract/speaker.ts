import { isNewline, isUpper } from '../text/chars';
import { scanTokens, TokenBuffer } from '../text/token-scan';
import { MONTHS, WEEKDAYS } from './date-words';
import {
  CLAUSE_WORDS,
  DESCRIPTION_ENDS,
  DESCRIPTION_GLUE,
  PARTICLES,
  POST_QUALIFIERS,
  POSTS,
  SPEECH_VERBS,
} from './speaker-words';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);

/** Who said a quote: a name as written, or a pronoun the caller resolves. */
export interface SpeakerHit {
  name: string;
  pronoun: boolean;
}

/** How far from the quote mark an attribution may sit. */
const WINDOW = 160;
/** Words between a name and its verb: "Riad Hijab, chief coordinator of the … Committee (HNC), told". */
const MAX_VERB_DISTANCE = 16;

/**
 * The tokens of the window being read, in a buffer reused from call to call (the same tokens as
 * `tokenize`, without an object per token): attribution is looked for around every quote.
 */
const toks = new TokenBuffer();

/** Lower-case form of token k; '' for a figure or past either end (no word list holds ''). */
function lowerAt(k: number): string {
  if (k < 0 || k >= toks.n) return '';
  return toks.info[k]?.lower ?? '';
}

function startAt(k: number): number {
  return toks.start[k] ?? 0;
}

function endAt(k: number): number {
  return toks.end[k] ?? 0;
}

function isNameToken(text: string, k: number): boolean {
  if (k < 0 || k >= toks.n || !toks.info[k]) return false;
  const lower = lowerAt(k);
  if (PARTICLES.has(lower)) return true;
  if (!isUpper(text.charCodeAt(startAt(k)))) return false;
  return !WEEKDAYS.has(lower) && !MONTHS.has(lower) && !DETERMINERS.has(lower) && !PRONOUNS.has(lower);
}

/** True when only name glue (spaces, hyphens, full stops of titles and initials) sits between tokens. */
function nameGlue(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 46 && c !== 0xa0 && c !== 0x2010) return false;
  }
  return true;
}

/** The run of name tokens starting at index k going forward (dir 1) or ending at k going back (-1). */
function nameRun(text: string, k: number, dir: 1 | -1): [number, number] | null {
  if (!isNameToken(text, k) || PARTICLES.has(lowerAt(k))) return null;
  let a = k;
  let b = k;
  for (let n = 0; n < 6; n++) {
    const nextIdx = dir === 1 ? b + 1 : a - 1;
    if (!isNameToken(text, nextIdx)) break;
    const gapOk =
      dir === 1 ? nameGlue(text, endAt(b), startAt(nextIdx)) : nameGlue(text, endAt(nextIdx), startAt(a));
    if (!gapOk) break;
    if (dir === 1) b = nextIdx;
    else a = nextIdx;
  }
  // A particle cannot end a name.
  while (b > a && PARTICLES.has(lowerAt(b))) b--;
  while (a < b && PARTICLES.has(lowerAt(a))) a++;
  return [a, b];
}

function spanText(text: string, a: number, b: number): string {
  return text.slice(startAt(a), endAt(b));
}

/** A named speaker made of the tokens of a name run, or null when there is no run. */
function named(text: string, run: [number, number] | null): SpeakerHit | null {
  return run ? { name: spanText(text, run[0], run[1]), pronoun: false } : null;
}

/** Titles and initials whose full stop does not end an attribution: "Rep. Eliot". */
const TITLE_BEFORE_STOP = /(^|[^A-Za-z])(Rep|Sen|Mr|Mrs|Ms|Dr|Gen|Gov|Col|Lt|St|[A-Z])$/;

/** End of the attribution window: the first sentence end, line break or quote mark after `from`. */
function windowEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + WINDOW);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isNewline(c) || c === 34 || c === 0x201c || c === 0x201d || c === 0x2018) return i;
    if ((c === 46 || c === 33 || c === 63) && (text.charCodeAt(i + 1) === 32 || i + 1 >= text.length)) {
      // "Rep. Eliot": a title's full stop does not end the attribution.
      const before = text.slice(Math.max(from, i - 4), i);
      if (!TITLE_BEFORE_STOP.test(before)) return i;
    }
  }
  return stop;
}

/**
 * The speaker named after a quote that ends at `pos`: "…,” Kerry said", "…” said Rep. Eliot Engel",
 * "…” Riad Hijab, chief coordinator …, told reporters", "…” a senior official said", "…, he said".
 */
export function speakerAfter(text: string, pos: number, limit: number): SpeakerHit | null {
  const end = windowEnd(text, pos, limit);
  scanTokens(text, pos, end, toks);
  let v = -1;
  for (let k = 0; k < toks.n && k <= MAX_VERB_DISTANCE; k++) {
    if (SPEECH_VERBS.has(lowerAt(k))) {
      v = k;
      break;
    }
  }
  const first = lowerAt(0);
  if (toks.n > 0 && first === 'according')
    return lowerAt(1) === 'to' ? named(text, nameRun(text, 2, 1)) : null;
  if (v < 0 || toks.n === 0) return null;
  if (v === 0)
    return (
      named(text, withTitledName(text, nameRun(text, 1, 1)) ?? postedName(text, 1)) ??
      describedAfterVerb(text)
    );
  if (PRONOUNS.has(first) && v <= 2) return { name: first, pronoun: true };
  const lead = nameRun(text, 0, 1);
  if (lead && (lead[1] + 1 === v || text.slice(endAt(lead[1]), nextStart(lead[1] + 1)).includes(','))) {
    return named(text, lead);
  }
  if (DETERMINERS.has(first) && v <= 9) return { name: spanText(text, 0, v - 1), pronoun: false };
  const before = lowerAt(v - 1);
  if (PRONOUNS.has(before)) return { name: before, pronoun: true };
  return named(text, nameRun(text, v - 1, -1));
}

/**
 * A name run followed by one or two words for a post and a second name is one speaker, whose own name comes
 * last: "said UNICEF director Anthony Lake", "said Observatory head Rami Abdel Rahman", "said Rovers manager
 * Sergio Vallet". Read as "UNICEF" alone, the speaker's surname would be the organisation's. So is a post of
 * something ("said Secretary of State John Kerry"), read as "Secretary" before.
 */
function withTitledName(text: string, run: [number, number] | null): [number, number] | null {
  if (!run) return null;
  let k = run[1] + 1;
  if (run[0] === run[1] && POSTS.has(lowerAt(run[0])) && lowerAt(k) === 'of' && glued(text, k)) {
    const person = nameRun(text, k + 1, 1);
    return person && glued(text, k + 1) ? [run[0], person[1]] : run;
  }
  for (let n = 0; n < 2 && POSTS.has(lowerAt(k)) && glued(text, k); n++) k++;
  if (k === run[1] + 1 || !glued(text, k)) return run;
  const person = nameRun(text, k, 1);
  return person ? [run[0], person[1]] : run;
}

/** True when only name glue sits between token k and the one before it. */
function glued(text: string, k: number): boolean {
  return nameGlue(text, endAt(k - 1), startAt(k));
}

/**
 * A post in lower case, then the name, right after a leading verb: "said mayor Anna Berg", "said coach Louis
 * Grant", "said former president Mohammed Morsi". Null without a post word or a name after it.
 */
function postedName(text: string, k: number): [number, number] | null {
  let j = k;
  while (j < k + 3 && (POSTS.has(lowerAt(j)) || POST_QUALIFIERS.has(lowerAt(j))) && glued(text, j + 1)) j++;
  if (j === k || !POSTS.has(lowerAt(j - 1))) return null;
  const person = nameRun(text, j, 1);
  return person ? [k, person[1]] : null;
}

/** Most words of a speaker described after the verb: "said the mayor of Ambleside". */
const MAX_DESCRIBED = 6;

/**
 * The speaker described, not named, right after a leading verb ("…,” said the mayor of Ambleside"), up to
 * the first punctuation: still someone, so the quote before is theirs and not the last named speaker's.
 */
function describedAfterVerb(text: string): SpeakerHit | null {
  if (toks.n < 3 || !DETERMINERS.has(lowerAt(1))) return null;
  let b = 2;
  while (
    b + 1 < toks.n &&
    b < MAX_DESCRIBED &&
    !DESCRIPTION_ENDS.has(lowerAt(b + 1)) &&
    /^(?:[ \t]+|-)$/.test(text.slice(endAt(b), startAt(b + 1)))
  )
    b++;
  // A cut phrase ends on a full word: "the commander in Aleppo province" cut at six words is "the commander in".
  while (b > 2 && DESCRIPTION_GLUE.has(lowerAt(b))) b--;
  return { name: spanText(text, 1, b), pronoun: false };
}

/** Start of token k, or 0 past the last token (as `toks[k]?.start ?? 0` read on a token array). */
function nextStart(k: number): number {
  return k < toks.n ? startAt(k) : 0;
}

/** Most words between a speech verb and the "that" or colon that opens its quote: "told a news conference in Oslo:". */
const MAX_AFTER_VERB = 8;

/**
 * The speaker named before a quote that opens at `pos`: "Kerry said “…", "Kerry stressed: “…", and, when "that"
 * or a colon or comma opens the quote, with an addressee or a time between ("Kerry told reporters that “…",
 * "Kerry said on Wednesday: “…"). Without that opening word the words after a verb are what was said ("Kerry
 * warned Russia to respect the “frayed” ceasefire"), and the quote only a word of it.
 */
export function speakerBefore(text: string, pos: number, floor: number): SpeakerHit | null {
  const from = Math.max(floor, pos - WINDOW);
  let start = from;
  for (let i = pos - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isNewline(c) || c === 34 || c === 0x201d || c === 0x201c) {
      start = i + 1;
      break;
    }
  }
  scanTokens(text, start, pos, toks);
  let v = toks.n - 1;
  if (v < 0) return null;
  const opened = lowerAt(v) === 'that' || /[:,]\s*$/.test(text.slice(endAt(v), pos));
  if (lowerAt(v) === 'that') v--;
  if (opened) {
    // The speech verb nearest the quote, with only an addressee or a time between.
    let k = v;
    while (k >= 0 && k > v - MAX_AFTER_VERB && !SPEECH_VERBS.has(lowerAt(k)) && !CLAUSE_WORDS.has(lowerAt(k)))
      k--;
    // A capitalised verb is a headline's ("Nurse Writes Letter to Patients: ‘…’"), whose capitals name nothing.
    if (
      k >= 0 &&
      SPEECH_VERBS.has(lowerAt(k)) &&
      !isUpper(text.charCodeAt(startAt(k))) &&
      !/[.!?;]/.test(text.slice(endAt(k), startAt(v)))
    )
      v = k;
  }
  if (v < 0 || !SPEECH_VERBS.has(lowerAt(v))) return null;
  return subjectOf(text, v);
}

/**
 * Who the speech verb at token `v` is said of: the pronoun or name right before it, or, when a comma parts that
 * name from the verb, the name before the clause's first comma: in "Kerry, speaking in Oslo, said" the name
 * before the verb closes an aside. A clause that opens with no name has no speaker to give.
 */
function subjectOf(text: string, v: number): SpeakerHit | null {
  const prev = lowerAt(v - 1);
  if (PRONOUNS.has(prev)) return { name: prev, pronoun: true };
  const run = nameRun(text, v - 1, -1);
  if (!run || !text.slice(endAt(run[1]), startAt(v)).includes(',')) return named(text, run);
  // The aside's start: the first comma after the clause's start, the window's start or a sentence end.
  let first = -1;
  for (let k = run[0] - 1; k >= 0; k--) {
    const gap = text.slice(endAt(k), startAt(k + 1));
    if (/[.!?;]/.test(gap)) break;
    if (gap.includes(',')) first = k;
  }
  if (first < 0) return null;
  const subject = nameRun(text, first, -1);
  return subject ? named(text, subject) : null;
}

/**
 * True when the text between two quote parts is only an attribution that breaks one statement:
 * "…,” Kerry said. “…" or "…,” he said, “…". The first part must end mid-sentence (a comma), the
 * gap must end in punctuation, so "the “frayed” ceasefire and said that its “patience…”" stays two, and it
 * must hold one attribution, not also a second that introduces the next quote as someone else's.
 */
export function isAttributionGap(text: string, from: number, to: number): boolean {
  if (to - from > 100) return false;
  const gap = text.slice(from, to).trim();
  const before = text.slice(Math.max(0, from - 3), from);
  if (!before.includes(',') && !gap.startsWith(',')) return false;
  const last = gap.charCodeAt(gap.length - 1);
  if (last !== 46 && last !== 44 && last !== 58) return false;
  scanTokens(text, from, to, toks);
  if (toks.n === 0 || toks.n > 14) return false;
  for (let i = from; i < to; i++) if (isNewline(text.charCodeAt(i))) return false;
  // One attribution: a second verb introduces the next quote as someone else's ("…,” he said. A Turkish
  // official told reporters: “…").
  let verbs = 0;
  for (let k = 0; k < toks.n; k++) if (SPEECH_VERBS.has(lowerAt(k))) verbs++;
  return verbs === 1;
}
