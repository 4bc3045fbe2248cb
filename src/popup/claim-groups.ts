/**
 * The popup's list entries: a page that repeats a claim (a figure in the lead, a caption and a summary box)
 * gets one entry for it that says how often, instead of the same entry again and again. Pure functions over
 * plain data, so the grouping and the filter are tested on their own.
 */
import { typedMarks } from '../core/match/diff-parts';
import { formatCount } from '../core/text/format-count';
import type { Claim, ClaimResult } from '../core/types';
import type { TabClaim } from '../shared/messages';
import { claimStatus, type ClaimStatus } from '../shared/relation-words';
import { PLACE_WORDS, type ClaimPlace } from './place-words';

/** One list entry: a claim as the page words it, with every place the page has it. */
export interface ClaimGroup {
  /** The first occurrence's id: the entry's key, and what its element is named by. */
  id: string;
  /** The first occurrence, whose wording and sources the entry shows. */
  item: TabClaim;
  /** Every occurrence's id, in page order (the first is `id`). */
  ids: string[];
  /** The claim's status by the shared rule; null without a match. */
  status: ClaimStatus | null;
}

/** From this many entries on, the list offers its filter; a short list is read whole. */
export const MANY_ENTRIES = 10;

/**
 * The words of a claim as a reader compares them: case, spacing and typographic quote marks and dashes do
 * not make two claims different.
 */
export function normalisedWording(claim: Claim): string {
  const words = claim.value.type === 'quote' ? claim.value.text : claim.text;
  return typedMarks(words.normalize('NFKC').toLowerCase())
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a reader is shown of a result, as a string: the sources that state the claim, how each stands and the
 * passage it is shown with. The matcher's scores are left out: they are never shown, and two sentences with the
 * same claim score a hair apart. So is the sources' order, which follows those scores: the same three sources
 * agreeing on "February 27" in two sentences were two entries of the same words, badge and summary. So are the
 * sources silent on it, and the summary that counts them: whether a source "covers the topic" turns on the rest
 * of each sentence, and a page giving "more than 280,000" three times, in three sentences, was two entries (the
 * entry shows its first place's; each place's card shows its own).
 */
function resultKey(result: ClaimResult): string {
  const sorted = (rows: unknown[][]): string[] => rows.map((row) => JSON.stringify(row)).sort();
  return JSON.stringify([
    sorted(
      result.matches.map((m) => [m.doc, m.relation, m.passageStart, m.passageEnd, m.spanStart, m.spanEnd]),
    ),
    sorted(result.variance.reports.filter((r) => r.status !== 'silent').map((r) => [r.doc, r.status])),
    result.variance.corpusDisagrees,
  ]);
}

/** Groups identical claims (same kind, same normalised wording, same result) in page order of their first. */
export function groupClaims(claims: readonly TabClaim[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  const byKey = new Map<string, ClaimGroup>();
  for (const item of claims) {
    const key = `${item.claim.kind}\u0000${normalisedWording(item.claim)}\u0000${resultKey(item.result)}`;
    const group = byKey.get(key);
    if (group) {
      group.ids.push(item.id);
      continue;
    }
    const created: ClaimGroup = { id: item.id, item, ids: [item.id], status: claimStatus(item.result) };
    byKey.set(key, created);
    groups.push(created);
  }
  return groups;
}

/** The entry that holds the claim `id`, or undefined. */
export function groupOf(groups: readonly ClaimGroup[], id: string): ClaimGroup | undefined {
  return groups.find((group) => group.ids.includes(id));
}

/**
 * True when the list is long enough, and mixed enough, for "Only where a source differs from this page" to
 * help.
 */
export function offersFilter(groups: readonly ClaimGroup[]): boolean {
  return groups.length >= MANY_ENTRIES && groups.some((group) => group.status?.differs === true);
}

/** The entries the filter keeps: those where some source gives another figure, date or wording. */
export function whereSourcesDiffer(groups: readonly ClaimGroup[]): ClaimGroup[] {
  return groups.filter((group) => group.status?.differs === true);
}

/**
 * "Showing all 20 entries" / "Showing 9 of 20 entries": what the list holds now. Entries, not claims: the status
 * line above counts every place the page makes a claim, and an entry may stand for several.
 */
export function listCount(shown: number, total: number): string {
  return shown === total
    ? `Showing all ${formatCount(total)} entries`
    : `Showing ${formatCount(shown)} of ${formatCount(total)} entries`;
}

/**
 * "3 times on this page" ("in this text" on the check page), for an entry that stands for repeats; null for a
 * claim the page has once.
 */
export function repeatLabel(group: ClaimGroup, place: ClaimPlace = 'page'): string | null {
  return group.ids.length > 1 ? PLACE_WORDS[place].times(group.ids.length) : null;
}
