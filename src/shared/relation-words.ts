/**
 * The one vocabulary for how the corpus stands on a claim, and the one rule for a claim's overall status.
 * The hover card, the popup list and the page's underline all read from here, so the same claim never reads
 * "agrees" in one place and "sources differ" in another. Pure data and functions: the content script and the
 * popup both bundle it.
 *
 * Two points of view, kept apart on purpose. A claim's badge is read as a statement about the claim on the
 * page ("Sources more precise": the page is the vaguer one), while a source row is the source, so its words
 * are the source's ("More precise").
 */
import { formatCount } from '../core/text/format-count';
import type {
  ClaimKind,
  ClaimResult,
  DocumentInfo,
  OtherTimeCount,
  Relation,
  ReportStatus,
} from '../core/types';

/** A source's status on a claim: a relation to the page, a count of another time, or silent on this fact. */
export type SourceStatus = ReportStatus;

/**
 * How a claim is shown (its underline, its badge's tone): by its strongest relation, or 'other-count' when no
 * source states its fact but some give its figure as counted at another time (see OtherTimeCount).
 */
export type ClaimTone = Relation | 'other-count';

/** Every tone a claim can take: each has its highlight (see highlighter.ts) and its style (highlights.css). */
export const TONES: readonly ClaimTone[] = [
  'agrees',
  'conflicts',
  'vaguer',
  'more-precise',
  'reworded',
  'other-count',
];

/** Short words for one source's row, from the source's side ("this source is more precise"). */
export const SOURCE_WORDS: Record<SourceStatus, string> = {
  agrees: 'Agrees',
  conflicts: 'Differs',
  vaguer: 'Less precise',
  'more-precise': 'More precise',
  reworded: 'Reworded',
  'earlier-count': 'Earlier count',
  'later-count': 'Later count',
  silent: 'Silent',
};

/** A sentence per source status, completing "This source …", for where a badge alone is too terse. */
export const SOURCE_SENTENCE: Record<SourceStatus, string> = {
  agrees: 'states the same fact',
  conflicts: 'gives a different value',
  vaguer: 'says it less precisely',
  'more-precise': 'says it more precisely',
  reworded: 'quotes it in other words',
  'earlier-count': 'gave an earlier count',
  'later-count': 'gave a later count',
  silent: 'covers the topic but not this fact',
};

/**
 * A claim's badge words, read about the claim: one form for a single matching source and one for several,
 * since "Sources agree" over one source overstates the backing.
 */
export const CLAIM_WORDS: Record<Relation, { one: string; many: string }> = {
  agrees: { one: 'Source agrees', many: 'Sources agree' },
  conflicts: { one: 'Source differs', many: 'Sources differ' },
  vaguer: { one: 'Source less precise', many: 'Sources less precise' },
  'more-precise': { one: 'Source more precise', many: 'Sources more precise' },
  reworded: { one: 'Wording differs', many: 'Wording differs' },
};

/**
 * A claim's badge when its only sources give its figure as counted at another time: said of the sources' figures,
 * which are older or newer than the page's, not of the page, which none contradicts.
 */
function otherCountWords(counts: readonly OtherTimeCount[]): string {
  const docs = new Set(counts.map((count) => count.doc)).size;
  const earlier = counts.some((count) => count.when === 'earlier');
  const later = counts.some((count) => count.when === 'later');
  const age = earlier && later ? 'Older and newer' : earlier ? 'Older' : 'Newer';
  return `${age} ${docs === 1 ? 'count in a source' : 'counts in sources'}`;
}

/** The badge of a claim no source states (the popup lists only matched claims, so this is a fallback). */
export const NO_SOURCE_WORDS = 'No source';

/**
 * Said of a claim that fits every matching source while those sources differ among themselves: a reader must
 * not take it for the page being contradicted, so it says in the same breath that none contradicts the page.
 */
const SOURCES_VARY: Record<ClaimKind, string> = {
  quantity: 'The sources give different figures among themselves; none contradicts this page.',
  date: 'The sources give different dates among themselves; none contradicts this page.',
  quote: 'The sources word it differently among themselves; none differs from this page.',
};

/** A claim's overall standing against the corpus, the same for its underline, its card and its popup entry. */
export interface ClaimStatus {
  /** The relation that names and colours the claim (its highlight, its badge tone). */
  relation: ClaimTone;
  /** The badge words, about the claim. */
  label: string;
  /** True when some source gives another figure, date or wording than the page: "where a source differs". */
  differs: boolean;
  /**
   * Set when the badge agrees but the sources differ among themselves, or some source words an agreed quote
   * otherwise: the sentence that says so. Null otherwise (when the badge names a difference, that is shown).
   */
  sourcesVary: string | null;
  /** Set when some source differs from the page and the sources also differ among themselves: the sentence. */
  sourcesAlsoDisagree: string | null;
}

/** Said beside a difference when the corpus also disagrees with itself on the fact. */
const SOURCES_ALSO_DISAGREE = 'The corpus sources also disagree with each other on this fact.';

/** Which relation names a claim, strongest first: what a reader most needs to see comes first. */
const PRECEDENCE: readonly Relation[] = ['conflicts', 'agrees', 'reworded', 'more-precise', 'vaguer'];

/** Said beside an agreed quote that some source words otherwise: the page's words are attested, theirs vary. */
function othersReword(count: number): string {
  return count === 1
    ? '1 other source words it differently.'
    : `${formatCount(count)} other sources word it differently.`;
}

/**
 * The rule for a claim's status. A source giving a different figure or date wins, because that is what a reader
 * most needs to see, even when other sources back the page. Then a source that agrees, a quote's included: a
 * quote that sources print word for word is attested, and another source's rewording is a note beside the
 * badge, not "Wording differs" over a page that quotes exactly (a reader took that for a misquotation). Then a
 * source that words a quote otherwise, one more precise, one less precise: the order of the sources' scores
 * plays no part, so the same sources give the same badge on every page. The badge counts the sources with the
 * relation it names ("Source agrees" over "1 source agrees, 1 is less precise"), except that a difference
 * counts them all ("Sources differ" over "1 source agrees, 1 gives a different figure"). A corpus that
 * disagrees with itself is a note beside the badge rather than a verdict on the page. Without a match, a claim
 * whose figure sources give as counted at another time takes the tone 'other-count'; else the status is null.
 */
export function claimStatus(result: ClaimResult): ClaimStatus | null {
  const best = result.matches[0];
  if (!best) {
    const counts = result.otherCounts ?? [];
    if (counts.length === 0) return null;
    return {
      relation: 'other-count',
      label: otherCountWords(counts),
      differs: false,
      sourcesVary: null,
      sourcesAlsoDisagree: null,
    };
  }
  // A match's value is of its claim's kind ('quantity' | 'date' | 'quote'), so the result alone says the kind.
  const kind: ClaimKind = best.value.type;
  const relation =
    PRECEDENCE.find((r) => result.matches.some((match) => match.relation === r)) ?? best.relation;
  const reworded = new Set(result.matches.filter((m) => m.relation === 'reworded').map((m) => m.doc)).size;
  // A source wording the quote otherwise differs from the page, whatever the badge says.
  const differs = relation === 'conflicts' || reworded > 0;
  // "Sources differ" over one source that agrees and one that does not: they differ, from each other too.
  const counted =
    relation === 'conflicts' ? result.matches : result.matches.filter((m) => m.relation === relation);
  const sources = new Set(counted.map((match) => match.doc)).size;
  const words = CLAIM_WORDS[relation];
  return {
    relation,
    label: sources === 1 ? words.one : words.many,
    differs,
    sourcesVary:
      relation === 'agrees' && reworded > 0
        ? othersReword(reworded)
        : !differs && result.variance.corpusDisagrees
          ? SOURCES_VARY[kind]
          : null,
    sourcesAlsoDisagree:
      relation !== 'agrees' && differs && result.variance.corpusDisagrees ? SOURCES_ALSO_DISAGREE : null,
  };
}

/** A count of another time's report, as the card's meta line and the popup's sentence date it. */
type Reported = Pick<OtherTimeCount, 'reported' | 'bound' | 'likely'>;

/**
 * When a count of another time was reported, for a source's meta line, `date` writing the day: "1 May 2016", or
 * for an undated source the bound the events it shares with dated sources give ("undated, written after 27 Feb
 * 2016"; see OtherTimeCount.bound), never a day no source gave.
 */
export function reportedWhen(count: Reported, date: (iso: string) => string): string {
  return count.bound ? `undated, ${writtenBound(count)} ${date(count.reported)}` : date(count.reported);
}

/** The same in a sentence: "in a report of 1 May 2016", "in an undated report written after 27 February 2016". */
export function inReportWords(count: Reported, date: (iso: string) => string): string {
  return count.bound
    ? `in an undated report ${writtenBound(count)} ${date(count.reported)}`
    : `in a report of ${date(count.reported)}`;
}

/** "written after", "written before", or "likely written before" for a bound that is only likely. */
function writtenBound(count: Reported): string {
  return `${count.likely ? 'likely ' : ''}written ${count.bound ?? ''}`;
}

/**
 * When a document was written, `date` writing a day: its date; for an undated one that its events place in time,
 * the span they allow ("undated, written 27 Feb 2016 – 26 Feb 2017"; see DocumentInfo.writtenBetween); else
 * "undated". A reader weighing a different figure needs to know when it was given, or that no one knows.
 */
export function writtenWhen(
  info: Pick<DocumentInfo, 'date' | 'writtenBetween'> | undefined,
  date: (iso: string) => string,
): string {
  if (info?.date) return date(info.date);
  const span = info?.writtenBetween;
  return span ? `undated, written ${date(span[0])} – ${date(span[1])}` : 'undated';
}

/**
 * For an undated document placed in time by its events, what the span writtenWhen gives rests on, for a tooltip:
 * a reader who left the date empty should not take the span for one they gave. Undefined otherwise.
 */
export function writtenWhenNote(
  info: Pick<DocumentInfo, 'date' | 'writtenBetween'> | undefined,
): string | undefined {
  return !info?.date && info?.writtenBetween
    ? 'No date given: the span is what the dates of the events it reports allow.'
    : undefined;
}
