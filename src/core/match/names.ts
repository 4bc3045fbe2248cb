/**
 * The names a sentence gives: capitalised words, read whole ("Harbor City Transit"), with the first word of a
 * sentence, calendar words and titles left out unless something shows a name. Names tell one report's places,
 * people and groups from another's (see anchors.ts and subject.ts).
 */
import { boundedMemo } from '../text/bounded-memo';
import { TITLES as TITLE_WORDS } from '../text/abbreviations';
import { terms } from '../text/terms';
import { inWireDateline } from './wire-dateline';
import { nameGroups } from './name-groups';

/** Titles often written with a full stop before a name ("Mr. Lavrov", "Gen. Dunford"), as a regex alternation. */
const TITLES = TITLE_WORDS.join('|');

/** Capitalised words that are no names: calendar words, words that open sentences, titles. */
const NOT_NAMES = new RegExp(
  '^(january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
    `i|the|a|an|in|on|at|but|and|he|she|it|we|they|this|that|there|${TITLES})$`,
  'i',
);

/**
 * Words that, capitalised before a figure, label a class or a step ("a Category 4 storm", "Phase 2", "Level 3",
 * "Week 5") rather than name anything: two storms of one category are not one storm. Other words keep their
 * names before a figure ("Division 30", "Resolution 2254", "Aleppo 3 killed" in a headline).
 */
const LABELS =
  /^(?:category|level|phase|stage|grade|class|tier|step|round|game|week|day|season|episode|chapter|section|article|part|number|no)$/i;
/** A figure right after a word. */
const DIGIT_NEXT = /^ \d/;

/** A capitalised word, or capitals with full stops ("U.S.", "U.N."), which terms() reads as the acronym. */
const NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}’']*\p{L})/gu;

/**
 * Terms of the capitalised words in `sentence`, skipping the first word (capitalised anyway, unless something
 * shows it is a name: see nameAtStart), calendar words and titles. Words next to each other are one name, read as
 * a whole, so that "United Nations" gives the term of "UN".
 */
export function entityTerms(sentence: string): string[] {
  return termsOfNames(sentenceNames(sentence));
}

/** The terms of some names, each once, in order. */
export function termsOfNames(names: readonly NameTerms[]): string[] {
  const out = new Set<string>();
  for (const name of names) for (const t of name) out.add(t);
  return [...out];
}

/** A name as its terms: "Harbor City Transit" is ["harbor", "citi", "transit"]. */
export type NameTerms = readonly string[];

/** A name of a sentence with where it stands. */
export interface NameSpan {
  terms: NameTerms;
  start: number;
  end: number;
}

/**
 * The names of `sentence` (as entityTerms finds them), each kept whole: "Harbor City Transit" and "Lakeview
 * Transit" share a term but are two names (see sameName).
 */
export function sentenceNames(sentence: string): NameTerms[] {
  return sentenceNameSpans(sentence).map((name) => name.terms);
}

/**
 * The names of `sentence` and its actors (see actorNames), read in one pass, with where each name starts
 * (`starts[i]` is where `names[i]` does; an actor is the same array as its name).
 */
export function namesAndActors(sentence: string): {
  names: NameTerms[];
  actors: NameTerms[];
  starts: number[];
} {
  const spans = sentenceNameSpans(sentence);
  const actors: NameTerms[] = [];
  // An institution's name joined by "for" or "of" is one name here: "…, the Syrian Observatory for Human Rights
  // said" credits the whole of it, though its words are read as two names.
  for (const group of nameGroups(sentence, spans))
    if (isActor(sentence, group.start, group.end)) for (const span of group.spans) actors.push(span.terms);
  return { names: spans.map((name) => name.terms), actors, starts: spans.map((name) => name.start) };
}

/**
 * True when the name at `sentence[start, end)` is credited with what the sentence says: a verb of saying right
 * after it ("… Reuters reported", "The Commission said turnout …") or a lead before it ("according to the UN").
 * Wider than a source as isActor reads it, which keeps a speaker with no comma before it as an actor.
 */
export function isCredited(sentence: string, start: number, end: number): boolean {
  SOURCE_VERB.lastIndex = end;
  return (
    SOURCE_VERB.test(sentence) ||
    SOURCE_LEAD.test(sentence.slice(Math.max(0, start - SOURCE_LEAD_CHARS), start))
  );
}

/** sentenceNames with where each name stands (see figure-places.ts). */
export function sentenceNameSpans(sentence: string): NameSpan[] {
  const out: NameSpan[] = [];
  let run = '';
  let runStart = -1;
  let runEnd = -1;
  // exec on the one regex rather than matchAll, which makes a copy of it per call; nothing here re-enters.
  NAME.lastIndex = 0;
  for (let m = NAME.exec(sentence); m !== null; m = NAME.exec(sentence)) {
    const at = m.index;
    // The first non-space character before the word (what trimEnd would leave last): none or an opener means
    // the word starts a sentence or a quotation.
    let k = at - 1;
    while (k >= 0 && SPACE.test(sentence.charAt(k))) k--;
    const kind = wordKind(m[0]);
    const skipped =
      (kind & NOT_A_NAME) !== 0 ||
      ((kind & A_LABEL) !== 0 && DIGIT_NEXT.test(sentence.slice(at + m[0].length, at + m[0].length + 2))) ||
      ((k < 0 ||
        (OPENERS.includes(sentence.charAt(k)) && !afterTitle(sentence, k) && !closesQuote(sentence, k))) &&
        !nameAtStart(sentence, m[0], at));
    if (
      skipped ||
      !(at === runEnd + 1 ? sentence.charCodeAt(runEnd) === 32 : articleBetween(sentence, run, runEnd, at))
    ) {
      flushName(out, run, runStart, runEnd);
      run = '';
    }
    if (skipped) continue;
    if (run === '') runStart = at;
    run = run === '' ? m[0] : `${run} ${m[0]}`;
    runEnd = at + m[0].length;
  }
  flushName(out, run, runStart, runEnd);
  return out;
}

/**
 * Between two words of one Arabic place name: the article, written in lower case and joined by a hyphen ("Bab
 * al-Nasr", "Deir ez-Zor"), after a word that names a kind of place (see PLACE_HEADS).
 */
const ARTICLE = /^ (?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ul)-$/;

/**
 * Arabic words for a kind of place that begin a place's name: gate, monastery, hill, inn, cape, bridge, spring,
 * village, mountain, valley, house, quarter. Alone they name no place: "Bab al-Nasr" and "Bab al-Maqam" are two
 * districts of Aleppo, not one "Bab", so the name is read whole. A person's name keeps its parts ("Bashar
 * al-Assad" is also "Assad").
 */
const PLACE_HEADS =
  /^(?:bab|deir|dayr|tal|tell|khan|ras|jisr|ain|ayn|kafr|kfar|jabal|jebel|wadi|beit|bayt|hay|hayy|souq|suq|maarat|maaret)$/i;

/**
 * True when `from`–`to` of `sentence` is an Arabic article (ARTICLE) after `run`, a name so far whose last word
 * begins a place's name (PLACE_HEADS).
 */
function articleBetween(sentence: string, run: string, from: number, to: number): boolean {
  return (
    to > from &&
    to - from <= 5 &&
    ARTICLE.test(sentence.slice(from, to)) &&
    PLACE_HEADS.test(run.slice(run.lastIndexOf(' ') + 1))
  );
}

/** Flags of a capitalised word: one of NOT_NAMES (possessive aside), one of LABELS. */
const NOT_A_NAME = 1;
const A_LABEL = 2;

/** The flags of a capitalised word, kept per word: the same ones recur in sentence after sentence. */
const wordKind = boundedMemo(
  4096,
  (word: string): number =>
    (NOT_NAMES.test(word.replace(POSSESSIVE, '')) ? NOT_A_NAME : 0) | (LABELS.test(word) ? A_LABEL : 0),
);

/** Adds the name `run` (words read so far, if any) at [start, end) to `out`, when it gives terms. */
function flushName(out: NameSpan[], run: string, start: number, end: number): void {
  if (run === '') return;
  const terms = nameTerms(run);
  if (terms.length > 0) out.push({ terms, start, end });
}

/** After a name: the rest of a hyphenated modifier ("Western-backed", "New York-based"). */
const MODIFIER_REST = /-\p{Ll}/uy;
/** After a name: a verb that makes it the source of what precedes it ("…, Reuters reported."). */
const SOURCE_VERB =
  /,?\s+(?:said|says|reported|reports|estimated|estimates|announced|added|noted|wrote|stated|confirmed|tweeted|told)\b/uy;
/**
 * Before a name: words that make it a source ("according to the Observatory", "told Reuters", "…, said the UN",
 * "a source at Aleppo Police Command said").
 * A "said" without a comma before it is no lead: in "Kerry said the United States will …" the States are an actor.
 */
const SOURCE_LEAD =
  /(?:according to|told|citing|cited by|,\s*said|\bsources? (?:at|in|from|within))\s+(?:the\s+)?$/iu;
/** Before a name: the comma of a clause that credits the report ("…, the Commerce Department said"). */
const SOURCE_COMMA = /,\s*(?:the\s+)?$/iu;
/** How far back SOURCE_LEAD looks: the longest lead with its article. */
const SOURCE_LEAD_CHARS = 20;

/**
 * After a possessive name: the count it gives ("the Observatory's toll", "the UN's latest estimate", "the
 * ministry's figures"), which makes the name the source of a figure, not who or what the figure is about.
 */
const OWN_COUNT = new RegExp(
  '\\s+(?:(?:latest|new|own|updated|revised|final|official|earlier|death|casualty)\\s+)*' +
    '(?:toll|tally|count|estimates?|figures?|numbers|data)\\b',
  'iuy',
);

/**
 * True when the name at `sentence[start, end)` is an actor: not a modifier, not a wire dateline, and not the
 * source a report is credited to, named after a comma ("…, the Commerce Department said") or after "according to", "told",
 * "citing", or as the owner of a count ("the Observatory's toll"). A name that speaks with no comma before it
 * stays an actor ("Con Edison said it maintains …"): there the speaker is what the figure is about.
 */
function isActor(sentence: string, start: number, end: number): boolean {
  if (inWireDateline(sentence, start, end)) return false;
  MODIFIER_REST.lastIndex = end;
  if (MODIFIER_REST.test(sentence)) return false;
  OWN_COUNT.lastIndex = end;
  if (POSSESSIVE.test(sentence.slice(start, end)) && OWN_COUNT.test(sentence)) return false;
  if (SOURCE_LEAD.test(sentence.slice(Math.max(0, start - SOURCE_LEAD_CHARS), start))) return false;
  SOURCE_VERB.lastIndex = end;
  return !(SOURCE_VERB.test(sentence) && SOURCE_COMMA.test(sentence.slice(Math.max(0, start - 6), start)));
}

/**
 * sentenceNames without the names that only qualify something else ("Western-backed militants", "Shia-dominated
 * towns") or credit the report to a source ("…, Reuters reported", "according to the UN"): the names of who or
 * what the sentence is about. A sentence's actors tell two reports of one figure apart; a modifier or a source is
 * background that one outlet adds and another leaves out or gives otherwise.
 */
export function actorNames(sentence: string): NameTerms[] {
  return namesAndActors(sentence).actors;
}

/** A possessive ("Toronto’s") or a word before another capitalised one ("Thames Water"). */
export const POSSESSIVE = /['’]s$/;
const NEXT_CAPITAL = /^\s\p{Lu}/u;
/**
 * After a sentence's first word: an appositive that says what it is, closed by a comma ("Loom, a rival startup,
 * …"). An opening adverb goes on without one ("Later, a car bomb killed …").
 */
const APPOSITIVE = /^,\s(?:a|an|the|which|who)\s[^,.;:!?]{1,60},/u;
/** How far after the first word APPOSITIVE looks. */
const APPOSITIVE_CHARS = 72;

/**
 * True when the capitalised word that starts a sentence is a name all the same: a possessive ("Toronto’s water
 * mains"), the first of several capitalised words ("Thames Water has budgeted") or a word an appositive
 * describes ("Loom, a rival startup, reported …"). A sentence's first word is otherwise skipped, since every
 * sentence starts with a capital.
 */
function nameAtStart(sentence: string, word: string, at: number): boolean {
  const after = at + word.length;
  return (
    POSSESSIVE.test(word) ||
    NEXT_CAPITAL.test(sentence.slice(after, after + 2)) ||
    APPOSITIVE.test(sentence.slice(after, after + APPOSITIVE_CHARS))
  );
}

/** A title just before a full stop, which then ends no sentence. */
const TITLE = new RegExp(`(?<![\\p{L}.])(?:${TITLES})$`, 'iu');

/** True when the full stop at `stop` closes a title ("Mr.") rather than a sentence. */
function afterTitle(sentence: string, stop: number): boolean {
  if (sentence.charCodeAt(stop) !== 46) return false;
  return (
    TITLE.test(sentence.slice(Math.max(0, stop - 5), stop)) ||
    DOTTED_END.test(sentence.slice(Math.max(0, stop - 7), stop + 1))
  );
}

/** The end of capitals with full stops ("the U.S."), whose last stop ends no sentence in a sentence already split. */
const DOTTED_END = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}$/u;

/** What String.prototype.trimEnd removes (white space and line terminators). */
const SPACE = /\s/;
const OPENERS = '.!?:"“‘(';

/**
 * True when the straight quote mark at `k` closes a quotation ('…signs," WHO said'): it follows a word or
 * punctuation, not a space, and the word after it continues the sentence rather than starting a quotation.
 */
function closesQuote(sentence: string, k: number): boolean {
  return (
    sentence.charAt(k) === '"' &&
    k > 0 &&
    !SPACE.test(sentence.charAt(k - 1)) &&
    sentence.charAt(k - 1) !== '('
  );
}

/** terms() of a name, kept per name: the same names recur in sentence after sentence. */
export const nameTerms = boundedMemo(4096, (name: string): readonly string[] => terms(name));
