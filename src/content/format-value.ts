/**
 * Claim values as a reader would say them: "more than 280,000", "27 Feb 2016", “…” — Kerry.
 */
import type { ClaimValue, DateValue, QuantityValue } from '../core/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const QUALIFIERS: Record<string, string> = {
  'more-than': 'more than',
  'at-least': 'at least',
  'fewer-than': 'fewer than',
  'less-than': 'less than',
  'at-most': 'at most',
  'up-to': 'up to',
  nearly: 'nearly',
  almost: 'almost',
  about: 'about',
  around: 'around',
  approximately: 'approximately',
  'close-to': 'close to',
  over: 'over',
  under: 'under',
};

function number(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
}

function withUnit(text: string, value: number, unit: string | undefined): string {
  if (!unit || unit === 'ordinal') return text;
  if (unit === 'percent') return `${text}%`;
  return `${text} ${unit}${value === 1 || unit.endsWith('s') ? '' : 's'}`;
}

/** "more than 280,000", "15 of 18", "24–99 (vague)", "12%". */
export function formatQuantity(value: QuantityValue): string {
  if (value.vague) return withUnit(`${number(value.low)}–${number(value.high)}`, value.high, value.unit);
  let text = number(value.nominal);
  if (value.of !== undefined) text = `${text} of ${number(value.of)}`;
  text = withUnit(text, value.nominal, value.unit);
  const qualifier = value.qualifier
    ? (QUALIFIERS[value.qualifier] ?? value.qualifier.replace(/-/g, ' '))
    : '';
  return qualifier ? `${qualifier} ${text}` : text;
}

function parts(iso: string): { year: string; month: string; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { year: match[1]!, month: MONTHS[Number(match[2]) - 1] ?? match[2]!, day: Number(match[3]) };
}

/** "27 Feb 2016", "Feb 2016", "2016", "week of 22 Feb 2016". */
export function formatDate(value: DateValue): string {
  const start = parts(value.start);
  if (!start) return value.start;
  const text =
    value.precision === 'year'
      ? start.year
      : value.precision === 'month'
        ? `${start.month} ${start.year}`
        : `${start.day} ${start.month} ${start.year}`;
  return value.precision === 'week' ? `week of ${text}` : text;
}

/** Collapses runs of whitespace, for showing page text in a small card. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Any claim value, formatted. */
export function formatValue(value: ClaimValue): string {
  if (value.type === 'quantity') return formatQuantity(value);
  if (value.type === 'date') return formatDate(value);
  const quote = `“${tidy(value.text)}”`;
  return value.speaker ? `${quote} — ${value.speaker}` : quote;
}
