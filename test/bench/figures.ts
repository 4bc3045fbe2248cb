/**
 * The benchmark's unit of output: one named figure, a number or n/a with the reason it could not be
 * measured. Sections return figures; the runner prints them as a table or one JSON line.
 */

/** One measured figure. `value` null means n/a; `note` then says why. */
export interface Figure {
  /** Stable key, used in the JSON line. */
  key: string;
  value: number | null;
  /** Unit shown in the table ('ms', 'KB', 'x', …); empty for counts. */
  unit: string;
  /** The target, as text for the table ('≤ 3'). */
  target?: string;
  /** How it was measured, or why it is n/a. */
  note?: string;
}

/** A figure with a value. */
export function figure(key: string, value: number, unit: string, extra: Partial<Figure> = {}): Figure {
  return { key, value: Number.isFinite(value) ? value : null, unit, ...extra };
}

/** A figure that could not be measured, with the reason. */
export function missing(key: string, unit: string, reason: string, extra: Partial<Figure> = {}): Figure {
  return { key, value: null, unit, ...extra, note: reason };
}

/** Rounds for display and JSON: enough digits to compare runs, no float noise. */
export function round(value: number): number {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

/** The message of anything thrown, on one line. */
export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
