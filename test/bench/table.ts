/** Prints figures as a table for people, or as one JSON line for tools. */
import type { Figure } from './figures';

/** A plain-text table: figure, value, target, note; n/a values show their reason in the note. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.key,
    f.value === null ? 'n/a' : `${f.value}${f.unit === '' ? '' : ` ${f.unit}`}`,
    f.target ?? '',
    f.note ?? '',
  ]);
  const header = ['figure', 'value', 'target', 'note'];
  const widths = [0, 1, 2].map((i) =>
    Math.max(header[i]?.length ?? 0, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w)).concat('----')), ...rows.map(line)].join('\n');
}

/**
 * One JSON object: each figure's key with its value (null when n/a), plus `notes` with the reason for
 * every n/a and how each figure was measured.
 */
export function formatJson(figures: readonly Figure[], extra: Record<string, string> = {}): string {
  const out: Record<string, number | null | Record<string, string>> = {};
  const notes: Record<string, string> = { ...extra };
  for (const f of figures) {
    out[f.key] = f.value;
    if (f.note !== undefined) notes[f.key] = f.note;
  }
  out.notes = notes;
  return JSON.stringify(out);
}
