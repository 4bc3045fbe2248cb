/**
 * The corpus index artifact's format, as written to corpus-index.json, and its check on load: a corrupt or
 * foreign file fails with a CorpusError naming what is wrong, not later in the middle of a match.
 */
import type { AsPlainObject } from 'minisearch';
import { CorpusError } from '../errors';
import type { ClaimKind, ClaimValue, DocumentInfo } from '../types';
import type { StoredDisagreement } from '../match/disagreements';

/** A passage as stored: [document index, offset in the original file, text]. */
export type StoredPassage = [number, number, string];

/** A claim as stored: [passage index, kind, start in passage, end in passage, value, subject terms]. */
export type StoredClaim = [number, ClaimKind, number, number, ClaimValue, string[]];

/** The serialised corpus index: plain JSON, written to corpus-index.json. */
export interface IndexArtifact {
  format: 'claim-lens-index';
  version: 1;
  documents: DocumentInfo[];
  passages: StoredPassage[];
  /** Subheadings, stored as passages are ([document index, offset, text]), in file order; absent in older files. */
  headings?: StoredPassage[];
  /**
   * Indexes of the passages that open a paragraph, ascending; absent in older files, whose passages then each
   * stand alone. The matcher reads a passage's neighbours in its paragraph (see anchors.ts).
   */
  paragraphStarts?: number[];
  /**
   * [passage index, ISO day] of each passage's dateline (see Passage.dateline), ascending by passage; absent in
   * older files.
   */
  datelines?: [number, string][];
  /**
   * [passage index, ISO day] of each passage written on another day than its document's date, as a dateline
   * before it in its document says (see Passage.written), ascending by passage; absent in older files.
   */
  written?: [number, string][];
  claims: StoredClaim[];
  /** MiniSearch.toJSON() of the passage index (ids are passage indexes, no stored fields). */
  search: AsPlainObject;
  disagreements: StoredDisagreement[];
}

/** The artifact's format tag and version, checked on load. */
export const FORMAT = 'claim-lens-index';
/** See FORMAT. */
export const VERSION = 1;

const ARTIFACT_FILE = 'corpus-index.json';

/** Throws the CorpusError of a malformed artifact. */
export function fail(reason: string): never {
  throw new CorpusError(ARTIFACT_FILE, reason);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KINDS = new Set<unknown>(['quantity', 'date', 'quote']);

function checkValue(value: unknown, where: string): void {
  if (!isRecord(value)) fail(`${where}: value is not an object`);
  if (value['type'] === 'quantity') {
    if (
      typeof value['low'] !== 'number' ||
      typeof value['high'] !== 'number' ||
      typeof value['nominal'] !== 'number'
    ) {
      fail(`${where}: quantity needs numeric low, high and nominal`);
    }
    const counted = value['counted'];
    if (counted !== undefined && !(Array.isArray(counted) && counted.every((t) => typeof t === 'string')))
      fail(`${where}: counted must be a list of terms`);
  } else if (value['type'] === 'date') {
    if (typeof value['start'] !== 'string' || typeof value['end'] !== 'string')
      fail(`${where}: date needs start and end`);
  } else if (value['type'] === 'quote') {
    if (typeof value['text'] !== 'string') fail(`${where}: quote needs text`);
  } else fail(`${where}: unknown value type`);
}

/** Checks a stored passage or heading: [document index, offset, text], naming an existing document. */
function checkStoredText(entry: unknown, what: string, documentCount: number): void {
  if (!Array.isArray(entry) || entry.length !== 3) fail(`${what} is malformed`);
  const [doc, start, text] = entry as unknown[];
  if (typeof doc !== 'number' || !Number.isInteger(doc) || doc < 0 || doc >= documentCount) {
    fail(`${what} names a missing document`);
  }
  if (typeof start !== 'number' || typeof text !== 'string') fail(`${what} is malformed`);
}

/** Absent, or a list of [passage index, YYYY-MM-DD] pairs naming passages there are (datelines, written). */
function isDayList(list: unknown, passageCount: number): boolean {
  return (
    list === undefined ||
    (Array.isArray(list) &&
      list.every(
        (d: unknown) =>
          Array.isArray(d) &&
          d.length === 2 &&
          Number.isInteger(d[0]) &&
          (d[0] as number) >= 0 &&
          (d[0] as number) < passageCount &&
          typeof d[1] === 'string' &&
          /^\d{4}-\d\d-\d\d$/.test(d[1]),
      ))
  );
}

/** Checks every part the matcher relies on, so a corrupt or foreign file fails here and not mid-match. */
export function validateArtifact(input: unknown): IndexArtifact {
  if (!isRecord(input)) fail('is not a JSON object');
  if (input['format'] !== FORMAT)
    fail(`is not a Claim Lens index (format ${JSON.stringify(input['format'])})`);
  if (input['version'] !== VERSION)
    fail(`has version ${JSON.stringify(input['version'])}, expected ${VERSION}`);
  const { documents, passages, claims, search, disagreements } = input;
  if (!Array.isArray(documents)) fail('has no documents list');
  documents.forEach((d: unknown, i) => {
    if (!isRecord(d) || typeof d['id'] !== 'string' || typeof d['title'] !== 'string')
      fail(`document ${i} is malformed`);
    for (const key of ['outlet', 'date', 'url']) {
      if (d[key] !== null && typeof d[key] !== 'string')
        fail(`document ${i}: ${key} must be a string or null`);
    }
  });
  if (!Array.isArray(passages)) fail('has no passages list');
  passages.forEach((p: unknown, i) => checkStoredText(p, `passage ${i}`, documents.length));
  const headings = input['headings'];
  if (headings !== undefined && !Array.isArray(headings)) fail('has a malformed headings list');
  (headings ?? []).forEach((h: unknown, i) => checkStoredText(h, `heading ${i}`, documents.length));
  const starts = input['paragraphStarts'];
  if (
    starts !== undefined &&
    !(
      Array.isArray(starts) &&
      starts.every(
        (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < passages.length,
      )
    )
  ) {
    fail('has a malformed paragraph list');
  }
  if (!isDayList(input['datelines'], passages.length)) fail('has a malformed datelines list');
  if (!isDayList(input['written'], passages.length)) fail('has a malformed written list');
  if (!Array.isArray(claims)) fail('has no claims list');
  claims.forEach((c: unknown, i) => {
    if (!Array.isArray(c) || c.length !== 6) fail(`claim ${i} is malformed`);
    const [passage, kind, start, end, value, subject] = c as unknown[];
    if (typeof passage !== 'number' || passage < 0 || passage >= passages.length)
      fail(`claim ${i} names a missing passage`);
    if (!KINDS.has(kind) || typeof start !== 'number' || typeof end !== 'number')
      fail(`claim ${i} is malformed`);
    if (!Array.isArray(subject) || !subject.every((t) => typeof t === 'string'))
      fail(`claim ${i}: bad subject`);
    checkValue(value, `claim ${i}`);
  });
  if (!isRecord(search) || !Array.isArray(search['index']) || typeof search['documentCount'] !== 'number') {
    fail('has no retrieval index');
  }
  if (!Array.isArray(disagreements)) fail('has no disagreements list');
  disagreements.forEach((d: unknown, i) => {
    if (
      !isRecord(d) ||
      !KINDS.has(d['kind']) ||
      typeof d['topic'] !== 'string' ||
      !Array.isArray(d['reports'])
    ) {
      fail(`disagreement ${i} is malformed`);
    }
    for (const r of d['reports'] as unknown[]) {
      if (!Array.isArray(r) || r.length !== 3 || !r.every((n) => typeof n === 'number')) {
        fail(`disagreement ${i} has a malformed report`);
      }
      if ((r[0] as number) < 0 || (r[0] as number) >= passages.length)
        fail(`disagreement ${i} names a missing passage`);
    }
  });
  return input as unknown as IndexArtifact;
}
