/**
 * Validation of the optional sources metadata (sources.json): per document id, what the text says of its outlet,
 * title, date and address. The file may be partial (some ids, some fields) and may be absent altogether; what it
 * does say must be well-formed, because a wrong date or a dangling id would silently mislead a reader.
 */
import { CorpusError } from '../errors';

/** Metadata of one document as a corpus author supplies it; a missing or null field means "unknown". */
export interface SourceMeta {
  outlet?: string | null;
  title?: string | null;
  date?: string | null;
  url?: string | null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for an http(s) address: the only kind a source's link may be (never javascript: or data:). */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value);
}

function optionalString(file: string, id: string, field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new CorpusError(file, `"${id}".${field} must be a string or null`);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks parsed sources metadata and returns it keyed by document id.
 * `knownIds`, when given, are the documents that exist: an entry for any other id is an error (a typo or a
 * deleted file), since its metadata would otherwise be dropped without anyone noticing.
 */
export function validateSourcesMeta(
  json: unknown,
  knownIds: ReadonlySet<string> | null,
  file = 'sources.json',
): Map<string, SourceMeta> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new CorpusError(file, 'must be a JSON object keyed by document id (file name without .txt)');
  }
  const out = new Map<string, SourceMeta>();
  for (const [id, entry] of Object.entries(json)) {
    if (knownIds && !knownIds.has(id)) {
      throw new CorpusError(file, `names "${id}", but there is no ${id}.txt in the corpus`);
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new CorpusError(file, `"${id}" must be an object with outlet, title, date and url`);
    }
    const record = entry as Record<string, unknown>;
    const date = optionalString(file, id, 'date', record['date']);
    if (date !== null && !isIsoDate(date)) {
      throw new CorpusError(file, `"${id}".date "${date}" is not a valid date (expected YYYY-MM-DD)`);
    }
    const url = optionalString(file, id, 'url', record['url']);
    if (url !== null && !isHttpUrl(url)) {
      throw new CorpusError(file, `"${id}".url "${url}" is not an http(s) address`);
    }
    out.set(id, {
      outlet: optionalString(file, id, 'outlet', record['outlet']),
      title: optionalString(file, id, 'title', record['title']),
      date,
      url,
    });
  }
  return out;
}
