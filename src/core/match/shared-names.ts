/**
 * Whether a page sentence and a corpus passage share a name that ties a figure or date to one fact: the test
 * under figuresAnchored, datesAnchored and sharesRareName (see anchors.ts). Its loops run for every candidate,
 * so they are plain loops over small helpers, with no closures built per call.
 */
import type { CorpusIndex } from '../corpus/model';
import type { NameTerms } from './names';
import { sameName } from './same-name';
import { topicNames } from './corpus-names';
import type { ClaimContext } from './subject';
import { leadTerms } from './names-clash';
import { documentFrequency, documentsUsing } from './terms-cache';

/**
 * True when the page sentence names something `names` holds (the sentence's first word included, see leadTerms),
 * other than the corpus's common topic and, with `rare`, other than names more documents than that use. For a
 * `rival` figure or date only an actor's name counts (see actorNames), not the source a report is credited to:
 * an agency's "a source at Aleppo Police Command said" heads the reports of every attack in the city.
 */
export function namesShared(
  index: CorpusIndex,
  ctx: ClaimContext,
  names: ReadonlySet<string>,
  rare = Infinity,
  rival = false,
  whole?: readonly NameTerms[],
  quoting?: ReadonlySet<number>,
): boolean {
  // Asked several times per corpus figure: plain loops over helpers, no closures built per call.
  const topic = topicNames(index);
  const shared: SharedNames = { index, names, topic, rare, whole, quoting };
  if (rival) {
    for (const name of ctx.actors) if (anchorsName(shared, name)) return true;
    return anchorsAny(shared, leadTerms(ctx));
  }
  for (const name of ctx.names) if (anchorsName(shared, name)) return true;
  // The names of the sentences a figure continues (see Claim.context) are only terms here.
  for (const t of ctx.entities) if (!inAnyName(ctx.names, t) && anchorsTerm(shared, t)) return true;
  return anchorsAny(shared, leadTerms(ctx));
}

/**
 * What namesShared looks for: terms of `names`, not of `topic`, in at most `rare` documents, those of `quoting`
 * counted as one (see namesShared, sharesRareName).
 */
interface SharedNames {
  index: CorpusIndex;
  names: ReadonlySet<string>;
  topic: ReadonlySet<string>;
  rare: number;
  whole: readonly NameTerms[] | undefined;
  quoting?: ReadonlySet<number> | undefined;
}

function anchorsTerm(s: SharedNames, t: string): boolean {
  return s.names.has(t) && !s.topic.has(t) && (s.rare === Infinity || usedBy(s, t) <= s.rare);
}

/** How many documents use `t`, those of `s.quoting` counted as one. */
function usedBy(s: SharedNames, t: string): number {
  if (!s.quoting || s.quoting.size < 2) return documentFrequency(s.index, t);
  const docs = documentsUsing(s.index, t);
  let outside = 0;
  let inside = false;
  for (const d of docs) {
    if (s.quoting.has(d)) inside = true;
    else outside++;
  }
  return outside + (inside ? 1 : 0);
}

function anchorsAny(s: SharedNames, list: readonly string[]): boolean {
  for (const t of list) if (anchorsTerm(s, t)) return true;
  return false;
}

/**
 * True when a term of the page's `name` anchors. With the names whole, a shared word anchors only as part of
 * one name: "Hurricane Orla" is not "Hurricane Marisol", though both give the term "hurricane".
 */
function anchorsName(s: SharedNames, name: NameTerms): boolean {
  for (const t of name) {
    if (!anchorsTerm(s, t)) continue;
    if (!s.whole) return true;
    for (const other of s.whole) if (other.includes(t) && sameName(name, other)) return true;
  }
  return false;
}

/** True when one of `names` holds the term `t`. */
function inAnyName(names: readonly NameTerms[], t: string): boolean {
  for (const name of names) if (name.includes(t)) return true;
  return false;
}
