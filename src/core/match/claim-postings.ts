/**
 * Candidate search between corpus claims: full-text retrieval is too slow to run for every claim of a large
 * corpus, so a corpus claim is compared with the claims of the same kind in other documents that share its
 * subject terms. Used for the corpus's disagreements, found when the index is built, and for placing undated
 * documents in time, worked out on first use (see undated-window.ts).
 */
import type { CorpusIndex } from '../corpus/model';
import type { Claim } from '../types';

/** Passages examined per corpus claim: those whose claims share the most subject terms with it. */
export const BUILD_LIMIT = 12;

/** A subject term shared by more claims than this names no particular fact ("killed" in a war corpus). */
const MAX_POSTINGS = 400;

/** Stands in for the retrieval rank, which the build-time search does not compute. */
export const BUILD_RETRIEVAL = 0.5;

/** Claim indexes by `<kind>:<subject term>`. */
export type ClaimPostings = Map<string, number[]>;

/** The postings of every claim of the index. */
export function claimPostings(index: CorpusIndex): ClaimPostings {
  const postings: ClaimPostings = new Map();
  index.claims.forEach((c, i) => {
    for (const t of new Set(c.subject)) post(postings, `${c.kind}:${t}`, i);
  });
  return postings;
}

/** Adds claim `i` to the list of `key`. */
function post(postings: Map<string, number[]>, key: string, i: number): void {
  const list = postings.get(key);
  if (list) list.push(i);
  else postings.set(key, [i]);
}

/**
 * Candidate passages for one corpus claim: passages of other documents holding claims of the same kind that
 * share subject terms with it, most shared first.
 */
export function blockedCandidates(index: CorpusIndex, postings: ClaimPostings, claimIndex: number): number[] {
  const c = index.claims[claimIndex];
  const own = c ? index.passages[c.passage]?.doc : undefined;
  if (!c) return [];
  const shared = new Map<number, number>();
  for (const t of new Set(c.subject)) {
    const list: number[] = postings.get(`${c.kind}:${t}`) ?? [];
    if (list.length > MAX_POSTINGS) continue;
    for (const other of list) {
      const passage = index.claims[other]?.passage ?? -1;
      if (index.passages[passage]?.doc === own) continue;
      shared.set(passage, (shared.get(passage) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1])
    .slice(0, BUILD_LIMIT)
    .map(([p]) => p);
}

/** A corpus claim as the matcher reads a page's, to be matched against the other documents; null if none. */
export function corpusClaimAsPage(index: CorpusIndex, claimIndex: number): Claim | null {
  const c = index.claims[claimIndex];
  const passage = c ? index.passages[c.passage] : undefined;
  if (!c || !passage) return null;
  return {
    kind: c.kind,
    text: passage.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    subject: c.subject,
    sentence: passage.text,
  };
}

/**
 * Date claims by calendar day ("d:02-27") or, for those that give only a month, by month ("m:02"), for the
 * same-date search. Each list holds a day's or a month's share of a corpus's dates, so a large corpus's lists
 * stay short.
 */
export type DatePostings = Map<string, number[]>;

/** The key of a day or month date (see DatePostings), or undefined for other values. */
function dateKey(value: Claim['value'] | undefined): string | undefined {
  if (value?.type !== 'date') return undefined;
  if (value.precision === 'day') return `d:${value.start.slice(5, 10)}`;
  return value.precision === 'month' ? `m:${value.start.slice(5, 7)}` : undefined;
}

/** The date postings of every date claim of the index (see DatePostings). */
export function datePostings(index: CorpusIndex): DatePostings {
  const postings: DatePostings = new Map();
  index.claims.forEach((c, i) => {
    const key = dateKey(c.value);
    if (key !== undefined) post(postings, key, i);
  });
  return postings;
}

/**
 * Candidate passages for one date claim: passages of other documents holding the same calendar day (for a day)
 * or a date of the same month given as a month ("in February"), those sharing the most subject terms first. In a
 * large corpus the subject-term search fills its places with passages that share common words ("Syria",
 * "ceasefire"): "On February 27 a ceasefire brokered by Russia … took effect", one of the reports that give the
 * truce's year, shared one term and was never looked at.
 */
export function sameDateCandidates(index: CorpusIndex, postings: DatePostings, claimIndex: number): number[] {
  const c = index.claims[claimIndex];
  const key = dateKey(c?.value);
  if (!c || key === undefined || c.value.type !== 'date') return [];
  const own = index.passages[c.passage]?.doc;
  const subject = new Set(c.subject);
  const rank = new Map<number, number>();
  const lists = [postings.get(key) ?? []];
  if (key.startsWith('d:')) lists.push(postings.get(`m:${key.slice(2, 4)}`) ?? []);
  for (const list of lists)
    for (const other of list) {
      const o = index.claims[other];
      if (!o || index.passages[o.passage]?.doc === own) continue;
      let shared = 0;
      for (const t of o.subject) if (subject.has(t)) shared++;
      rank.set(o.passage, Math.max(rank.get(o.passage) ?? 0, shared));
    }
  return [...rank]
    .sort((a, b) => b[1] - a[1])
    .slice(0, BUILD_LIMIT)
    .map(([p]) => p);
}
