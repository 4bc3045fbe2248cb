/**
 * The corpus's own disagreements, found once when the index is built: every corpus claim is matched against the
 * other documents; a claim and its confident matches form one fact, and a fact that two or more documents state
 * with different figures, dates or words is a disagreement ("dozens" against "hundreds" of dead in Aleppo).
 */
import type { CorpusClaim, CorpusIndex } from '../corpus/model';
import { sourceLabel } from '../corpus/model';
import type { Claim, ClaimKind, CorpusDisagreement } from '../types';
import { isEveryday, isMagnitude } from './figure-size';
import { BUILD_RETRIEVAL, blockedCandidates, claimPostings, corpusClaimAsPage } from './claim-postings';
import { keepBest, scorePassage } from './find-matches';
import { MATCH_THRESHOLD, type Candidate } from './match-score';
import { countGrew, RIVAL_RUNNING_APART_DAYS, runningApart, undatedReport } from './other-time';
import { reportDate, sameNewsDay, sameTime } from './report-days';
import { claimContext } from './subject';
import { disagreementTopic } from './disagreement-topic';
import { partOfStatement, sameStatement } from './quote-diff';

/** A disagreement as stored in the artifact: the reports are [passage, start, end] spans, so no text is repeated. */
export interface StoredDisagreement {
  kind: ClaimKind;
  topic: string;
  reports: [number, number, number][];
}

/**
 * False for two reports of different incidents, which no reader would call one fact reported two ways (see
 * report-days.ts): two everyday figures (a town's toll on one day, not a war's) whose reports lie at different
 * times, two days that are each their own report's day, a large count made again a month or more later and grown
 * since (see countGrew), or a running count ("has killed … since 2011") reported three months or more apart
 * whatever its figures (RIVAL_RUNNING_APART_DAYS), as a dated page reads them.
 */
function sameIncident(index: CorpusIndex, c: CorpusClaim, cand: Candidate): boolean {
  const other = index.claims[cand.claim]?.value;
  if (c.value.type === 'date' && other?.type === 'date')
    return sameNewsDay(
      index,
      { passage: c.passage, value: c.value },
      { passage: cand.passage, value: other },
    );
  if (c.value.type !== 'quantity' || other?.type !== 'quantity') return true;
  if (!isEveryday(c.value) || !isEveryday(other)) {
    if (isMagnitude(c.value) || isMagnitude(other)) return true;
    let x = reportDate(index, c.passage);
    let y = reportDate(index, cand.passage);
    // An undated report placed in time (see undatedWindow) is dated by its window's edge nearest the other's day.
    if (x && !y) y = undatedReport(index, cand.passage, x)?.day ?? null;
    if (y && !x) x = undatedReport(index, c.passage, y)?.day ?? null;
    if (!x || !y) return true;
    // A running count reported three months apart is two times' count, as a page reads it (other-time.ts).
    const running = runningApart(
      { date: x, sentence: index.passages[c.passage]?.text ?? '' },
      { date: y, sentence: index.passages[cand.passage]?.text ?? '' },
      RIVAL_RUNNING_APART_DAYS,
    );
    return !running && !countGrew({ value: c.value, date: x }, { value: other, date: y });
  }
  return sameTime(index, c.passage, cand.passage);
}

/**
 * True when a corpus claim's match in another document states the fact another way: another figure or date, or
 * other words. A quotation whose words differ only by an editor's bracket or a name's article ("[Bashar]
 * Al-Assad" and "Assad") is the same statement: the matcher calls it reworded, which a page quote showing that
 * difference is, but two sources that both report what was said do not disagree on it. Nor does a source that
 * quoted less of it (partOfStatement).
 */
function differs(claim: Claim, cand: Candidate, index: CorpusIndex): boolean {
  const { relation, spanStart, spanEnd } = cand.match;
  if (relation === 'conflicts') return true;
  if (relation !== 'reworded') return false;
  const passage = index.passages[cand.passage]?.text ?? '';
  // The other quotation whole, not only the stretch matched: that stretch is always part of this one, and a
  // word left out before it ("never") may be what differs.
  const other = index.claims[cand.claim];
  if (other?.kind !== 'quote') return !sameStatement(claim.text, passage.slice(spanStart, spanEnd));
  const said = passage.slice(other.start, other.end);
  return !sameStatement(claim.text, said) && !partOfStatement(claim.text, said);
}

interface Node {
  passage: number;
  start: number;
  end: number;
  kind: ClaimKind;
  subject: string[];
  speaker?: string;
}

/** A corpus claim's confident match in another document. */
export interface Link {
  to: string;
  doc: number;
  /** The other document states the fact with another figure, date or wording. */
  differs: boolean;
  score: number;
}

/** A corpus claim with its matches in other documents (the best per document). */
export interface Anchor {
  key: string;
  doc: number;
  links: Link[];
  /** Sum of the links' scores: among claims matched in as many documents, the surest anchors first. */
  weight: number;
}

/**
 * Groups matched claims into facts, each around one claim that every other member matches directly, and
 * keeps the facts that some member states differently.
 *
 * Not the connected components of the match graph: matches chain (the list of related headlines one outlet
 * prints under every article links each attack to the next), and on FA-KES the components grew into two
 * "facts" of 770 and 780 documents. A claim matched by the most documents, most surely, anchors first (a
 * whole quotation before a fragment of it); a claim already in a reported fact joins no other, so each
 * disagreement is listed once.
 *
 * A document that also states the same thing as the other does is no dissenter from it (`restates(alike,
 * differing)`: the claim `alike` says what `differing` says): The Middle East Online's "its 'patience was not
 * infinite'" differs from Kerry's words as others quote them, but the same article quotes them word for word
 * further on, and was listed as wording them otherwise. Another part of a quotation printed alike is no such
 * statement: "totally devastated by the deaths" stays another wording of "devastated by the deaths" beside "a
 * committed and brave member of our family", which both print.
 */
export function groupFacts(
  anchors: readonly Anchor[],
  restates: (alike: string, differing: string) => boolean = () => true,
): string[][] {
  // Per document and claim of another, the document's claims that state it alike.
  const statesAlike = new Map<string, string[]>();
  for (const anchor of anchors)
    for (const link of anchor.links) {
      if (link.differs) continue;
      const key = `${anchor.doc}|${link.to}`;
      statesAlike.set(key, [...(statesAlike.get(key) ?? []), anchor.key]);
    }
  const differs = (anchor: Anchor, link: Link) =>
    link.differs &&
    !(statesAlike.get(`${anchor.doc}|${link.to}`) ?? []).some((alike) => restates(alike, anchor.key));
  const order = anchors
    .map((anchor, i) => ({ anchor, i }))
    .sort(
      (a, b) =>
        b.anchor.links.length - a.anchor.links.length || b.anchor.weight - a.anchor.weight || a.i - b.i,
    );
  const reported = new Set<string>();
  const out: string[][] = [];
  for (const { anchor } of order) {
    if (reported.has(anchor.key)) continue;
    const members = anchor.links.filter((link) => link.doc !== anchor.doc && !reported.has(link.to));
    if (!members.some((link) => differs(anchor, link))) continue;
    const group = [anchor.key, ...new Set(members.map((link) => link.to))];
    for (const key of group) reported.add(key);
    out.push(group);
  }
  return out;
}

/** Finds the facts that several corpus documents state differently. */
export function findCorpusDisagreements(index: CorpusIndex): StoredDisagreement[] {
  const steps = disagreementSteps(index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Corpus claims matched between two turns of findDisagreementsInTurns (about 8 ms' work on FA-KES, in Node). */
const CLAIMS_PER_TURN = 50;

/**
 * findCorpusDisagreements in turns, awaiting `pause()` every CLAIMS_PER_TURN claims: in Node this takes about
 * a second per million characters of corpus, and the pages' scan requests are answered between turns
 * rather than after it. Resolves with null, having stopped early, once `stale()` says the index was replaced.
 */
export async function findDisagreementsInTurns(
  index: CorpusIndex,
  pause: () => Promise<void>,
  stale: () => boolean = () => false,
): Promise<StoredDisagreement[] | null> {
  const steps = disagreementSteps(index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (stale()) return null;
  }
}

/** The work of findCorpusDisagreements, yielding after every CLAIMS_PER_TURN corpus claims. */
function* disagreementSteps(index: CorpusIndex): Generator<void, StoredDisagreement[]> {
  const nodes = new Map<string, Node>();
  // Keyed by corpus claim: a claim matched by several others keeps one identity whatever span each match gives
  // it. A quote can also match words a passage prints without quotation marks (no claim there): keyed by span.
  const add = (key: string, node: Node): string => {
    if (!nodes.has(key)) nodes.set(key, node);
    return key;
  };
  const postings = claimPostings(index);
  const anchors: Anchor[] = [];
  for (const [claimIndex, c] of index.claims.entries()) {
    if (claimIndex > 0 && claimIndex % CLAIMS_PER_TURN === 0) yield;
    const passage = index.passages[c.passage];
    const claim = corpusClaimAsPage(index, claimIndex);
    if (!passage || !claim) continue;
    const ctx = claimContext(claim);
    const bestPerDoc = new Map<number, Candidate>();
    for (const p of blockedCandidates(index, postings, claimIndex)) {
      const cand = scorePassage(index, ctx, p, BUILD_RETRIEVAL, MATCH_THRESHOLD);
      const doc = index.passages[p]?.doc;
      if (!cand || doc === undefined || cand.match.score < MATCH_THRESHOLD) continue;
      if (!sameIncident(index, c, cand)) continue;
      keepBest(bestPerDoc, doc, cand);
    }
    if (bestPerDoc.size === 0) continue;
    const speaker = c.value.type === 'quote' ? c.value.speaker : undefined;
    const key = add(`c${claimIndex}`, {
      passage: c.passage,
      start: c.start,
      end: c.end,
      kind: c.kind,
      subject: c.subject,
      ...(speaker ? { speaker } : {}),
    });
    const links = [...bestPerDoc].map(([doc, cand]): Link => {
      const other = index.claims[cand.claim];
      // The other claim's own span, not the part this claim matched: a fragment ("patience is not infinite")
      // matches inside a whole quotation, and the report should show the quotation.
      const to = add(other ? `c${cand.claim}` : `p${cand.passage}:${cand.match.spanStart}`, {
        passage: cand.passage,
        start: other?.start ?? cand.match.spanStart,
        end: other?.end ?? cand.match.spanEnd,
        kind: c.kind,
        subject: other?.subject ?? c.subject,
        ...(other?.value.type === 'quote' && other.value.speaker ? { speaker: other.value.speaker } : {}),
      });
      return { to, doc, differs: differs(claim, cand, index), score: cand.match.score };
    });
    const weight = links.reduce((sum, link) => sum + link.score, 0);
    anchors.push({ key, doc: passage.doc, links, weight });
  }
  const out: StoredDisagreement[] = [];
  const words = (key: string): string[] => {
    const n = nodes.get(key);
    const text = n ? (index.passages[n.passage]?.text ?? '').slice(n.start, n.end) : '';
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  };
  // Most of the differing claim's words are the alike one's: it says the same thing.
  const restates = (alike: string, differing: string): boolean => {
    const said = new Set(words(alike));
    const own = words(differing);
    return own.length > 0 && own.filter((w) => said.has(w)).length * 2 >= own.length;
  };
  for (const keys of groupFacts(anchors, restates)) {
    const members = keys.flatMap((key) => nodes.get(key) ?? []);
    // One report per document: its first statement of the fact.
    const perDoc = new Map<number, Node>();
    for (const n of members.sort((a, b) => a.passage - b.passage || a.start - b.start)) {
      const doc = index.passages[n.passage]?.doc ?? -1;
      if (!perDoc.has(doc)) perDoc.set(doc, n);
    }
    if (perDoc.size < 2) continue;
    const reports = [...perDoc.values()];
    out.push({
      kind: reports[0]?.kind ?? 'quantity',
      // The reports listed, not every member: the heading names the values a reader finds below it.
      topic: disagreementTopic(
        reports.map((n) => ({ ...n, passage: index.passages[n.passage]?.text ?? '' })),
      ),
      reports: reports.map((n) => [n.passage, n.start, n.end]),
    });
  }
  return out;
}

/** Turns stored disagreements into the shared data model, with texts sliced from the passages. */
export function materialiseDisagreements(
  index: CorpusIndex,
  stored: StoredDisagreement[],
): CorpusDisagreement[] {
  return stored.map((d) => ({
    kind: d.kind,
    topic: d.topic,
    reports: d.reports.flatMap(([p, start, end]) => {
      const passage = index.passages[p];
      const doc = passage ? index.documents[passage.doc] : undefined;
      if (!passage || !doc) return [];
      return [
        {
          doc: doc.id,
          source: sourceLabel(doc),
          text: passage.text.slice(start, end),
          passage: passage.text,
        },
      ];
    }),
  }));
}
