/**
 * Where in a sentence each of its figures has its own place. A sentence that lists one measure for several places
 * ("The surge reached 14 feet at Cedar Key and about 10 feet at Steinhatchee", "12 were killed in Douma, while 8
 * died in Harasta") gives each figure the names beside it, not the whole sentence's: the 10 feet are not Cedar
 * Key's, and another outlet's "14 feet at Cedar Key" is no rival of them. Names outside those stretches (the
 * sentence's subject, "Russian strikes killed 12 in Douma and 8 in Harasta") stay shared by all its figures.
 */
import { terms } from '../text/terms';
import type { QuantityValue } from '../types';

/** A figure of a sentence, with its span in the sentence. */
export interface FigureAt {
  start: number;
  end: number;
  value: QuantityValue;
}

/** The most figures a sentence may hold and still be read as a list of places (see ownedByFigure). */
export const MAX_FIGURES = 40;

/** A stretch of the sentence, [start, end). */
export type Stretch = readonly [number, number];

/**
 * What may separate two figures' stretches, strongest first: a semicolon, a comma with a conjunction, a
 * conjunction, a comma. "in Douma and Harasta, and 8 in Idlib" splits at ", and".
 */
const SEPARATORS: readonly RegExp[] = [
  /;/g,
  /,\s*(?:and|while|but|whereas|compared (?:with|to)|against|versus|vs\.?)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:and|while|but|whereas|compared (?:with|to)|against|versus|vs\.?)(?![\p{L}\p{N}])/giu,
  /,/g,
];

/**
 * After a separator, words that make the next figure a part of the one before ("12 people in Aleppo, including 5
 * children"): the part shares the whole's place.
 */
const PART_OF =
  /^[\s,;]*(?:including|among (?:them|whom)|of (?:them|whom)|most(?:ly| of them)|mainly)(?![\p{L}])/iu;

/** Where a figure's clause ends. */
const CLAUSE_BREAK = /[,;:]/;
/** Where a list's opening phrase begins. */
const LIST_BREAK = /[;:]/;

/** Counted words that say no more than "some people": "31 people hurt … and three people had died" are two measures. */
const ANYONE: ReadonlySet<string> = new Set(terms('people persons'));

/**
 * True when two figures of a sentence give one measure: the same unit, a shared counted word ("12 civilians
 * killed" and "8 died": "kill"), or a second figure that names nothing it counts ("12 people in Aleppo and eight
 * in Idlib").
 */
function parallel(a: QuantityValue, b: QuantityValue): boolean {
  if (a.of !== undefined || b.of !== undefined) return false;
  if (a.unit !== undefined || b.unit !== undefined) return a.unit === b.unit;
  const bCounted = b.counted ?? [];
  if (bCounted.length === 0) return (a.counted ?? []).length > 0;
  return bCounted.some((t) => !ANYONE.has(t) && a.counted?.includes(t) === true);
}

/**
 * The most text between two figures of one list. Further apart, they sit in clauses of their own ("more than
 * 180000 people have been killed in the Syrian conflict since it erupted in March 2011 while the United Nations
 * puts the figure at 191000"), and the names between them are the sentence's.
 */
const MAX_GAP = 80;

/** A conjunction between two capitalised words joins two names of one list ("Christian and Druze"). */
const NAMES_JOINED = /^\p{Lu}[\p{L}'’-]*\s+(?:and|or)\s+\p{Lu}/u;

/** Where in `gap` (the text between two figures) their stretches part, or -1 when nothing separates them. */
function separatorIn(gap: string): number {
  if (gap.length > MAX_GAP) return -1;
  for (const re of SEPARATORS) {
    re.lastIndex = 0;
    for (let m = re.exec(gap); m; m = re.exec(gap)) {
      if (joinsNames(gap, m.index)) continue;
      return PART_OF.test(gap.slice(m.index + m[0].length)) ? -1 : m.index;
    }
  }
  return -1;
}

/** True when the conjunction at `at` in `gap` stands between two capitalised words. */
function joinsNames(gap: string, at: number): boolean {
  const before = /[\p{L}'’-]+\s+$/u.exec(gap.slice(0, at));
  return before !== null && NAMES_JOINED.test(gap.slice(before.index));
}

/** From `from` to the next clause break of `sentence` (or its end). */
function clauseEnd(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const m = CLAUSE_BREAK.exec(rest);
  return m ? from + m.index : sentence.length;
}

/**
 * From the last semicolon or colon of `sentence` before `to` (or its start): an opening phrase ends in a comma
 * ("In Aleppo, 12 people were killed").
 */
function clauseStart(sentence: string, to: number): number {
  for (let k = to - 1; k >= 0; k--) if (LIST_BREAK.test(sentence.charAt(k))) return k + 1;
  return 0;
}

/**
 * The stretches of `sentence` that belong to figures other than `figures[own]` (figures in sentence order): where
 * a name found there is another figure's place, not this one's. Empty unless the sentence lists one measure
 * several times with a separator between each two (see parallel).
 *
 * Each figure of such a list owns the words after it up to the separator, or, the last one, up to its clause's
 * end ("14 feet at Cedar Key | and about 10 feet at Steinhatchee"), and the words before it back to the separator
 * ("; in Idlib, 8 people died"). The first owns the start of its clause only when the next one has a name of its
 * own before it ("In Aleppo, 12 were killed; in Idlib, 8"): otherwise that is the whole list's subject.
 */
function othersStretches(
  sentence: string,
  figures: readonly FigureAt[],
  own: number,
  hasName: (start: number, end: number) => boolean,
): Stretch[] {
  // cuts[i]: where the stretches of figures i and i + 1 part, or -1 when they are no list.
  const cuts = figures.map((a, i) => {
    const b = figures[i + 1];
    if (!b || !parallel(a.value, b.value)) return -1;
    const cut = separatorIn(sentence.slice(a.end, b.start));
    return cut < 0 ? -1 : a.end + cut;
  });
  // The list `own` is in: a figure in none keeps every name of its sentence.
  let first = own;
  while (first > 0 && (cuts[first - 1] ?? -1) >= 0) first--;
  let last = own;
  while ((cuts[last] ?? -1) >= 0) last++;
  const out: Stretch[] = [];
  const add = (start: number, end: number) => {
    if (end > start) out.push([start, end]);
  };
  for (let i = first; i <= last; i++) {
    const f = figures[i];
    if (!f || i === own) continue;
    const before = cuts[i - 1] ?? -1;
    const after = cuts[i] ?? -1;
    if (i > first) add(before, f.start);
    else if (hasName(after, figures[i + 1]?.start ?? after)) add(clauseStart(sentence, f.start), f.start);
    add(f.end, i < last ? after : clauseEnd(sentence, f.end));
  }
  return out;
}

/**
 * `items` (names, with where they stand in `sentence`) without those in another figure's stretch (see
 * othersStretches): the names that are the figure `figures[own]`'s own or its whole sentence's. The same array
 * when nothing is dropped.
 */
export function ownedByFigure<T extends { start: number }>(
  sentence: string,
  figures: readonly FigureAt[],
  own: number,
  items: readonly T[],
): readonly T[] {
  // A sentence of more figures than any list a reader follows is no list (and a hostile page's megabyte of
  // "5 feet and 5 feet …" costs nothing per figure).
  if (figures.length < 2 || figures.length > MAX_FIGURES || items.length === 0) return items;
  const within = (item: T, [s, e]: Stretch) => item.start >= s && item.start < e;
  const others = othersStretches(sentence, figures, own, (s, e) =>
    items.some((item) => within(item, [s, e])),
  );
  if (others.length === 0) return items;
  const kept = items.filter((item) => !others.some((stretch) => within(item, stretch)));
  return kept.length === items.length ? items : kept;
}
