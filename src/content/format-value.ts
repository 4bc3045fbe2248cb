/**
 * Claim values as a reader would say them: "more than 280,000", "between 24 and 99", "27 Feb 2016",
 * “…” — Kerry.
 */
import { isHedge } from '../core/extract/hedge';
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
  some: 'some',
  estimated: 'an estimated',
};

/** Scale words a range bound is said with, largest first. */
const SCALE_WORDS: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function number(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
}

/** Currency units (QuantityValue.unit) and the sign written before their figures. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { usd: '$', gbp: '£', eur: '€' };

/** Units written as symbols, which take no plural ("5 km", not "5 kms"). */
const SYMBOL_UNITS: ReadonlySet<string> = new Set(['km', 'm', 'kg']);

function currencySign(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : CURRENCY_SIGNS[unit];
}

function withUnit(text: string, value: number, unit: string | undefined): string {
  if (!unit || unit === 'ordinal') return text;
  if (unit === 'percent') return `${text}%`;
  const sign = currencySign(unit);
  if (sign !== undefined) return `${sign}${text}`;
  if (SYMBOL_UNITS.has(unit)) return `${text} ${unit}`;
  const word = unit.replace(/-/g, ' ');
  return `${text} ${word}${value === 1 || word.endsWith('s') ? '' : 's'}`;
}

/**
 * The engine's bounds carry artefacts no writer would: "millions" runs to 9,999,999 (just short of the next
 * spoken step) and a bound widened by a percentage is rounded outwards (46,201). A bound one off a round
 * hundred from 1,000 up is said as that hundred (a written range ending so is rare, and off by one at most);
 * below that a bound is kept, since "dozens" really is 24 to 99.
 */
function roundBound(value: number): number {
  if (!Number.isInteger(value)) return value;
  for (const near of [value + 1, value - 1]) {
    if (Math.abs(near) >= 1000 && near % 100 === 0) return near;
  }
  return value;
}

/** A range bound as said aloud: "10 million" rather than "10,000,000", which a reader has to count. */
function spokenBound(value: number): string {
  for (const [scale, word] of SCALE_WORDS) {
    if (Math.abs(value) < scale) continue;
    const count = value / scale;
    // Only counts a reader takes in at a glance ("1.65 million"); "1,234,567" stays as digits.
    if (Math.abs(count * 100 - Math.round(count * 100)) < 1e-6) return `${number(count)} ${word}`;
    break;
  }
  return number(value);
}

/**
 * A hedged written figure ("some 42,000", "an estimated 1,200"): the engine widens it by 10% either way,
 * while a vague word under a hedge ("some hundreds") keeps the word's much wider range, which is what must
 * be shown for it.
 */
function isHedgedFigure(value: QuantityValue): boolean {
  if (!isHedge(value.qualifier)) return false;
  const slack = 1; // the engine rounds an integer's bounds outwards
  return value.low >= value.nominal * 0.9 - slack && value.high <= value.nominal * 1.1 + slack;
}

/**
 * "between 24 and 99", "between 2 million and 10 million", "between 20% and 30%", "between $2 million and $3
 * million", "between 5 and 10 days".
 */
function formatRange(value: QuantityValue): string {
  // Percent and currency signs go on each bound ("between 20% and 30%", "between $2 million and $3 million").
  const perBound = value.unit === 'percent' || currencySign(value.unit) !== undefined;
  const bound = (x: number) => {
    const text = spokenBound(roundBound(x));
    return perBound ? withUnit(text, x, value.unit) : text;
  };
  const low = bound(value.low);
  const high = bound(value.high);
  const text = low === high ? low : `between ${low} and ${high}`;
  return perBound ? text : withUnit(text, value.high, value.unit);
}

/** "more than 280,000", "some 42,000", "15 of 18", "between 24 and 99", "12%". */
export function formatQuantity(value: QuantityValue): string {
  if (value.vague && !isHedgedFigure(value)) return formatRange(value);
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

/** How a value is shown. */
export interface FormatOptions {
  /**
   * Leave out a year the text did not write and that no date of its document gave (DateValue.yearInferred,
   * not relative): an undated corpus document's "February 27" is resolved against today, and showing that
   * year would state one no source gave. So is an undated page's. A dated page's guess is kept: its year comes
   * from the page's date.
   */
  hideGuessedYear?: boolean;
}

/**
 * "27 Feb 2016", "Feb 2016", "2016", "week of 22 Feb 2016", "early Mar 2016", "mid-2015"; "27 Feb", "Sep" with a
 * guessed year hidden.
 */
export function formatDate(value: DateValue, options: FormatOptions = {}): string {
  const start = parts(value.start);
  if (!start) return value.start;
  // A bare year has nothing left to show without it; the engine never guesses one outside a relative date.
  const withYear =
    value.precision === 'year' || !options.hideGuessedYear || !value.yearInferred || value.relative === true;
  const year = withYear ? ` ${start.year}` : '';
  const text =
    value.precision === 'year'
      ? start.year
      : value.precision === 'month'
        ? `${start.month}${year}`
        : `${start.day} ${start.month}${year}`;
  if (value.precision === 'week') return `week of ${text}`;
  return value.part === undefined ? text : `${value.part === 'mid' ? 'mid-' : `${value.part} `}${text}`;
}

/** Collapses runs of whitespace, for showing page text in a small card. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Any claim value, formatted. */
export function formatValue(value: ClaimValue, options: FormatOptions = {}): string {
  if (value.type === 'quantity') return formatQuantity(value);
  if (value.type === 'date') return formatDate(value, options);
  const quote = `“${tidy(value.text)}”`;
  return value.speaker ? `${quote} — ${value.speaker}` : quote;
}

/** A corpus source's value ("Says:"), without a year the source never gave. */
export function formatSourceValue(value: ClaimValue): string {
  return formatValue(value, { hideGuessedYear: true });
}
