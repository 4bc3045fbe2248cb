/**
 * The engine's data model: what a claim is, what a corpus passage is, and how the two relate.
 *
 * Everything here is plain data (JSON-serialisable) because it crosses the message boundary
 * between the page, the service worker and the popup, and is written into the index artifact.
 */

/** The three kinds of factual statement Claim Lens looks for. */
export type ClaimKind = 'quantity' | 'date' | 'quote';

/**
 * A number as a reader understands it: a closed interval, plus the figure the text actually states.
 * "more than 280,000" is {low: 280000, high: ~336000, nominal: 280000}; "dozens" is {low: 24, high: 99}.
 */
export interface QuantityValue {
  type: 'quantity';
  /** Smallest value a reader would accept for this phrase. */
  low: number;
  /** Largest value a reader would accept for this phrase. */
  high: number;
  /** The figure as written (280000 for "more than 280,000"); the middle of the range for vague words. */
  nominal: number;
  /** Qualifier that shaped the bounds, normalised: 'more-than', 'at-least', 'nearly', 'about', 'up-to', … */
  qualifier?: string;
  /** Unit when one is stated: 'percent', 'hour', 'day', 'week', 'month', 'year', 'ordinal', … */
  unit?: string;
  /** For "15 of 18": the whole (18). */
  of?: number;
  /** True for vague magnitudes ("dozens", "thousands") and hedged figures ("some", "an estimated"). */
  vague?: boolean;
  /**
   * For a bare "thousands", "millions" …: the largest exact figure the word is still said of ("millions
   * displaced" of 11 million), above `high`. Only an exact figure is measured against it; two vague words
   * keep their ranges, so "thousands" stays apart from "hundreds of thousands".
   */
  reach?: number;
  /**
   * For a figure with no unit: the terms of what it counts, when the words right after it say ("people",
   * "besieged areas", "wounded"; at most two), and what happened to it when an outcome verb comes right
   * before ("killed", "displaced"). Two counts of different things are not one fact. For a duration, likewise
   * what lasted so long ("three-week pause", "two weeks of fighting"): a pause is not the fighting.
   */
  counted?: string[];
  /**
   * True for a figure that counts part of a group its sentence names before it ("more than 300,000 lives,
   * including some 87,000 civilians"; "30 people, five of them children"): a count of that part, not of the whole.
   */
  part?: boolean;
}

/** How finely a date is known. A month-level date is vaguer than a day in that month. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A third of a month or year: "early March", "mid-2015", "the end of May" (see period-part.ts). */
export type PeriodPart = 'early' | 'mid' | 'late';

/** A date or period resolved against a reference date; `start`/`end` are ISO dates (YYYY-MM-DD), inclusive. */
export interface DateValue {
  type: 'date';
  start: string;
  end: string;
  precision: DatePrecision;
  /** Set when the text names a part of the month or year ("mid-July"): start and end then bound that part. */
  part?: PeriodPart;
  /** True when the year was not written and was inferred from the reference date. */
  yearInferred?: boolean;
  /**
   * Set on a page's yearless date when the page gives its publication day: the year inferred from that day is
   * the writer's, or the one before or after (a recalled event, a coming one), never further: a writer who
   * means a month two years back writes its year.
   */
  yearNearPublished?: true;
  /**
   * Set with yearNearPublished on a date after "since" ("since April"): a period running up to the page's day
   * began before it, so its year may move back but never forward.
   */
  yearNotLater?: true;
  /**
   * True when the whole date was counted from the reference date ("Saturday", "last month", "three days
   * ago"): its day is no more written than its year, so moving it by whole years means nothing.
   */
  relative?: boolean;
}

/** A quoted statement: the words inside the quote marks (joined across "he said" breaks), and who said them. */
export interface QuoteValue {
  type: 'quote';
  text: string;
  speaker?: string;
  /**
   * True when the quote's own attribution names no one ("he said"): `speaker` is then the last speaker named
   * before it, which a reader would take it to be but which may be someone else.
   */
  speakerByPronoun?: true;
  /**
   * The statements of a quote broken by an attribution ("…,” Judeh said. “…"), each as written; absent for a
   * quote in one piece. `text` joins them; a corpus passage holds one sentence, so each part is also matched.
   */
  parts?: string[];
}

/** The normalised value of any claim. */
export type ClaimValue = QuantityValue | DateValue | QuoteValue;

/**
 * A claim found in a checked text that the corpus has nothing on: its kind, words and place (offsets into the text),
 * so that the reader sees which figures, dates and quotes were read, not only how many.
 */
export interface OtherClaim {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
}

/** A claim found in a text (a page block or a corpus passage). */
export interface Claim {
  kind: ClaimKind;
  /** The exact text of the span, `text.slice(start, end)` of the input. */
  text: string;
  /** UTF-16 offset of the span in the input text. */
  start: number;
  /** UTF-16 offset just past the span. */
  end: number;
  value: ClaimValue;
  /**
   * What the claim is about, as normalised terms (stemmed, synonyms folded to one canonical term):
   * for "more than 280,000 people have been killed" something like ['peopl', 'kill'].
   */
  subject: string[];
  /** The sentence the claim sits in, used for retrieval and shown for context. */
  sentence: string;
  /**
   * The sentences right before `sentence` that say what a figure is about, when its own names nothing but
   * what it counts: "Another 45 were injured there" after "38 people died in a double bombing just outside
   * Tartous". Their terms are in `subject`; their names anchor the figure as the sentence's own would.
   */
  context?: string;
}

/** How a corpus passage relates to a claim on the page. */
export type Relation = 'agrees' | 'conflicts' | 'vaguer' | 'more-precise' | 'reworded';

/** One part of a word-level diff; `added` is in the corpus but not the page, `removed` the other way. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Metadata of one corpus document. Unknown fields are null, never invented. */
export interface DocumentInfo {
  /** File name without `.txt`. */
  id: string;
  /** The outlet that published it, or null when the text does not say. */
  outlet: string | null;
  title: string;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  url: string | null;
  /**
   * For an undated document that the events it shares with dated ones place in time (see undatedWindow): the
   * first and last day (ISO) it can have been written on.
   */
  writtenBetween?: [string, string];
}

/** A corpus passage that states the same fact as a page claim. */
export interface Match {
  /** Document id. */
  doc: string;
  /** Label for the source: the outlet, or the document's title when the outlet is unknown (see sourceLabel). */
  source: string;
  /** The passage text (one sentence, or a short run of sentences). */
  passage: string;
  /** Offsets of the passage in the original document file. */
  passageStart: number;
  passageEnd: number;
  /** Offsets of the corpus claim inside `passage`, for emphasis. */
  spanStart: number;
  spanEnd: number;
  /** Confidence in [0, 1]; only matches above the engine's threshold are ever returned. */
  score: number;
  relation: Relation;
  /** The corpus claim's own value, so a view can say "250,000" against the page's "more than 280,000". */
  value: ClaimValue;
  /** For quotes: word-level diff from the page's wording to the corpus's wording. */
  diff?: DiffPart[];
}

/** What a source's passage says about a claim, whatever its relation to the page: a Match, or an OtherTimeCount. */
export type SourceMatch = Omit<Match, 'relation'>;

/**
 * A corpus report of the page's large figure as counted at another time: "more than 280,000 killed" reported in
 * June 2016 against a page of late 2017 that says "more than 330,000". The count grew between the two reports
 * (see countGrew), so the source is context for the page's figure, not a source that contradicts it: it is kept
 * out of `ClaimResult.matches` and named apart in the variance. So is a running count that agrees with the
 * page's but was reported half a year or more away from it ("millions displaced" in 2014 and in 2016, see
 * RUNNING_APART_DAYS), or a rival running count three months or more away (RIVAL_RUNNING_APART_DAYS): the same
 * words, not the same count.
 */
export interface OtherTimeCount extends SourceMatch {
  /** 'earlier' when the source reported before the page's date, 'later' when after it. */
  when: 'earlier' | 'later';
  /**
   * ISO date (YYYY-MM-DD) of the source's report: its dateline, else its document's date; with `bound`, for an
   * undated source, the nearest day its report can have been made on (see undatedWindow).
   */
  reported: string;
  /**
   * Set when the source is undated and the events it shares with dated sources place it in a span of days: its
   * report was made after `reported` ('after', the page being older) or before it ('before').
   */
  bound?: 'after' | 'before';
  /**
   * Set with `bound` 'before' when that day is where reports like the source's are likely made by, not where its
   * events prove it was (see likelyWindow): "likely written before".
   */
  likely?: true;
}

/**
 * What one corpus source says about a claim: a relation; 'earlier-count' or 'later-count' when it gives the
 * figure as counted at another time (see OtherTimeCount); or 'silent' when it covers the topic but not this fact.
 */
export type ReportStatus = Relation | 'earlier-count' | 'later-count' | 'silent';

/** What one corpus source says about a claim (see ReportStatus). */
export interface SourceReport {
  doc: string;
  source: string;
  status: ReportStatus;
  /** Best matching passage, absent when silent. */
  passage?: string;
}

/** Source variance for one claim: who agrees, who differs, who is silent. */
export interface Variance {
  reports: SourceReport[];
  /** One line for a person, e.g. "2 sources agree, 1 gives a different figure; 2 other sources on the topic do not mention it". */
  summary: string;
  /** True when the corpus sources disagree with each other on this fact. */
  corpusDisagrees: boolean;
}

/** The engine's answer for one claim. */
export interface ClaimResult {
  /** Best first; empty when there is no confident match. */
  matches: Match[];
  /**
   * Sources that give the page's large figure as counted at another time, best first, at most one per source;
   * absent when there are none (and when the page's date is unknown, since then no time is known to differ).
   */
  otherCounts?: OtherTimeCount[];
  variance: Variance;
}

/** A claim found in a text together with its engine result (spans are offsets into that text). */
export interface ScannedClaim {
  claim: Claim;
  result: ClaimResult;
}

/** A fact that several corpus sources report with different figures, dates or wording. */
export interface CorpusDisagreement {
  kind: ClaimKind;
  /** Short description of the fact, e.g. "people killed in Aleppo". */
  topic: string;
  reports: { doc: string; source: string; text: string; passage: string }[];
}
