/**
 * Reads the FA-KES corpus CSV (Node) into corpus sources, for the benchmark and for tests of a larger corpus.
 *
 * The file mixes encodings (mostly UTF-8, a few Windows-1252 bytes such as 0x95 for a bullet), so it is decoded
 * byte-sequence by byte-sequence rather than rejected; fields are RFC 4180 (quoted, "" escapes, newlines inside).
 */
import { readFileSync } from 'node:fs';
import type { CorpusSource } from '../core/corpus-index';

/** Windows-1252 characters for bytes 0x80–0x9F (Node's decoder for that label is Latin-1 in some builds). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
}

/** Decodes UTF-8, reading any byte that is not part of a valid sequence as Windows-1252. */
export function decodeMixed(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  const flushTo = (end: number): void => {
    if (end > runStart) parts.push(utf8.decode(bytes.subarray(runStart, end)));
  };
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok && len > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + len));
      } catch {
        ok = false;
      }
    }
    if (ok) {
      i += len;
      continue;
    }
    flushTo(i);
    parts.push(cp1252(b));
    i++;
    runStart = i;
  }
  flushTo(bytes.length);
  return parts.join('');
}

/** Parses RFC 4180 CSV into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** "4/5/17" → "2017-04-05"; null when the field is not such a date. Two-digit years are 20xx (FA-KES is 2011–2018). */
export function usDateToIso(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value.trim());
  if (!m) return null;
  const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return `${year}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

/**
 * Reads FA-KES from `file` into corpus sources with ids `fakes-<unit_id>`. The CSV repeats a few rows verbatim
 * (804 rows, 792 unit ids): an exact repeat is one article and is kept once; a reused id with other text gets
 * a `-2` suffix so ids stay unique.
 */
export function readFakes(file: string): CorpusSource[] {
  const rows = parseCsv(decodeMixed(readFileSync(file)));
  const header = rows[0] ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no "${name}" column`);
    return i;
  };
  const [id, title, content, source, date] = [
    col('unit_id'),
    col('article_title'),
    col('article_content'),
    col('source'),
    col('date'),
  ];
  const out: CorpusSource[] = [];
  const texts = new Map<string, string[]>();
  for (const row of rows.slice(1)) {
    const text = row[content] ?? '';
    if (text.trim() === '') continue;
    const base = `fakes-${row[id] ?? out.length}`;
    const earlier = texts.get(base) ?? [];
    if (earlier.includes(text)) continue;
    texts.set(base, [...earlier, text]);
    out.push({
      id: earlier.length === 0 ? base : `${base}-${earlier.length + 1}`,
      text,
      meta: {
        outlet: row[source]?.trim() || null,
        title: row[title]?.trim() || null,
        date: usDateToIso(row[date] ?? ''),
        url: null,
      },
    });
  }
  return out;
}
