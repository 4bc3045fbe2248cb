import { isNewline, isUpper } from '../text/chars';
import { tokenize, type Token } from '../text/tokenize';
import { MONTHS, WEEKDAYS } from './dates';

/** Verbs that attribute a quote. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'stressed',
  'warned',
  'warns',
  'declared',
  'insisted',
  'explained',
  'noted',
  'wrote',
  'writes',
  'asked',
  'replied',
  'announced',
  'argued',
  'claimed',
  'commented',
  'continued',
  'remarked',
  'tweeted',
  'acknowledged',
  'admitted',
  'urged',
  'vowed',
  'cautioned',
  'concluded',
  'emphasised',
  'emphasized',
  'recalled',
  'suggested',
  'observed',
  'insists',
  'adding',
  'saying',
  'telling',
  'posted',
  'responded',
  'confirmed',
  'denied',
  'predicted',
  'pledged',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** Lower-case words allowed inside a name ("Bashar al-Assad", "Staffan de Mistura"). */
const PARTICLES = new Set([
  'al',
  'el',
  'de',
  'da',
  'di',
  'bin',
  'ibn',
  'abu',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
]);

/** Who said a quote: a name as written, or a pronoun the caller resolves. */
export interface SpeakerHit {
  name: string;
  pronoun: boolean;
}

/** How far from the quote mark an attribution may sit. */
const WINDOW = 160;
/** Words between a name and its verb: "Riad Hijab, chief coordinator of the … Committee (HNC), told". */
const MAX_VERB_DISTANCE = 16;

function isNameToken(text: string, t: Token): boolean {
  if (t.numeric) return false;
  if (PARTICLES.has(t.lower)) return true;
  if (!isUpper(text.charCodeAt(t.start))) return false;
  return (
    !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower)
  );
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
function nameRun(text: string, toks: Token[], k: number, dir: 1 | -1): [number, number] | null {
  const first = toks[k];
  if (!first || !isNameToken(text, first) || PARTICLES.has(first.lower)) return null;
  let a = k;
  let b = k;
  for (let n = 0; n < 6; n++) {
    const nextIdx = dir === 1 ? b + 1 : a - 1;
    const t = toks[nextIdx];
    if (!t || !isNameToken(text, t)) break;
    const gapOk =
      dir === 1 ? nameGlue(text, toks[b]?.end ?? 0, t.start) : nameGlue(text, t.end, toks[a]?.start ?? 0);
    if (!gapOk) break;
    if (dir === 1) b = nextIdx;
    else a = nextIdx;
  }
  // A particle cannot end a name.
  while (b > a && PARTICLES.has(toks[b]?.lower ?? '')) b--;
  while (a < b && PARTICLES.has(toks[a]?.lower ?? '')) a++;
  return [a, b];
}

function spanText(text: string, toks: Token[], a: number, b: number): string {
  return text.slice(toks[a]?.start ?? 0, toks[b]?.end ?? 0);
}

/** End of the attribution window: the first sentence end, line break or quote mark after `from`. */
function windowEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + WINDOW);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isNewline(c) || c === 34 || c === 0x201c || c === 0x201d || c === 0x2018) return i;
    if ((c === 46 || c === 33 || c === 63) && (text.charCodeAt(i + 1) === 32 || i + 1 >= text.length)) {
      // "Rep. Eliot": a title's full stop does not end the attribution.
      const before = text.slice(Math.max(from, i - 4), i);
      if (!/(^|[^A-Za-z])(Rep|Sen|Mr|Mrs|Ms|Dr|Gen|Gov|Col|Lt|St|[A-Z])$/.test(before)) return i;
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
  const toks = tokenize(text, pos, end);
  let v = -1;
  for (let k = 0; k < toks.length && k <= MAX_VERB_DISTANCE; k++) {
    if (SPEECH_VERBS.has(toks[k]?.lower ?? '')) {
      v = k;
      break;
    }
  }
  const t0 = toks[0];
  if (t0 && t0.lower === 'according') {
    const run = toks[1]?.lower === 'to' ? nameRun(text, toks, 2, 1) : null;
    return run ? { name: spanText(text, toks, run[0], run[1]), pronoun: false } : null;
  }
  if (v < 0 || !t0) return null;
  if (v === 0) {
    const run = nameRun(text, toks, 1, 1);
    return run ? { name: spanText(text, toks, run[0], run[1]), pronoun: false } : null;
  }
  if (PRONOUNS.has(t0.lower) && v <= 2) return { name: t0.lower, pronoun: true };
  const lead = nameRun(text, toks, 0, 1);
  if (
    lead &&
    (lead[1] + 1 === v || text.slice(toks[lead[1]]?.end ?? 0, toks[lead[1] + 1]?.start ?? 0).includes(','))
  ) {
    return { name: spanText(text, toks, lead[0], lead[1]), pronoun: false };
  }
  if (DETERMINERS.has(t0.lower) && v <= 9) return { name: spanText(text, toks, 0, v - 1), pronoun: false };
  const before = toks[v - 1];
  if (before && PRONOUNS.has(before.lower)) return { name: before.lower, pronoun: true };
  const back = nameRun(text, toks, v - 1, -1);
  return back ? { name: spanText(text, toks, back[0], back[1]), pronoun: false } : null;
}

/** The speaker named before a quote that opens at `pos`: "Kerry said “…", "Kerry stressed: “…". */
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
  const toks = tokenize(text, start, pos);
  let v = toks.length - 1;
  if (toks[v]?.lower === 'that') v--;
  const verb = toks[v];
  if (!verb || !SPEECH_VERBS.has(verb.lower)) return null;
  const prev = toks[v - 1];
  if (prev && PRONOUNS.has(prev.lower)) return { name: prev.lower, pronoun: true };
  const back = nameRun(text, toks, v - 1, -1);
  return back ? { name: spanText(text, toks, back[0], back[1]), pronoun: false } : null;
}

/**
 * True when the text between two quote parts is only an attribution that breaks one statement:
 * "…,” Kerry said. “…" or "…,” he said, “…". The first part must end mid-sentence (a comma) and the
 * gap must end in punctuation, so "the “frayed” ceasefire and said that its “patience…”" stays two.
 */
export function isAttributionGap(text: string, from: number, to: number): boolean {
  if (to - from > 100) return false;
  const gap = text.slice(from, to).trim();
  const before = text.slice(Math.max(0, from - 3), from);
  if (!before.includes(',') && !gap.startsWith(',')) return false;
  const last = gap.charCodeAt(gap.length - 1);
  if (last !== 46 && last !== 44 && last !== 58) return false;
  const toks = tokenize(text, from, to);
  if (toks.length === 0 || toks.length > 14) return false;
  for (let i = from; i < to; i++) if (isNewline(text.charCodeAt(i))) return false;
  return toks.some((t) => SPEECH_VERBS.has(t.lower));
}
