import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClaimTone } from '../../src/shared/relation-words';

/**
 * A claim reads in one colour everywhere: its underline on the page, its badge in the hover card and in the
 * popup. The three are styled in three files (the page's stylesheet, the card's shadow-root styles, the
 * popup's theme), so this reads the colours out of each and compares their hues.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const highlights = read('src/content/highlights.css');
const card = read('src/content/card/card-styles.ts');
const theme = read('src/popup/theme.css');

function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

function apart(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

/** The underline colour of a claim tone in the page's stylesheet. */
function underline(relation: ClaimTone): string {
  const rule = new RegExp(
    `::highlight\\(claim-lens-${relation}\\)[^{]*\\{[^}]*underline \\w+ (#[0-9a-f]{6})`,
  );
  const found = rule.exec(highlights)?.[1];
  if (!found) throw new Error(`no underline colour for ${relation}`);
  return found;
}

/** Every value of a custom property in a stylesheet (light first, then dark). */
function values(css: string, name: string): string[] {
  return [...css.matchAll(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'g'))].map((m) => m[1] ?? '');
}

const FAMILIES: { relation: ClaimTone; card: string; popup: string }[] = [
  { relation: 'agrees', card: '--agree', popup: '--agree' },
  { relation: 'conflicts', card: '--conflict', popup: '--differ' },
  { relation: 'vaguer', card: '--other', popup: '--precision' },
  { relation: 'more-precise', card: '--other', popup: '--precision' },
  { relation: 'reworded', card: '--reword', popup: '--reword' },
  // A count of another time: the quiet slate of the silent sources, not a relation's colour.
  { relation: 'other-count', card: '--muted', popup: '--silent' },
];

describe('relation colours', () => {
  it.each(FAMILIES)('$relation: the card and the popup, light and dark, in the underline’s hue', (f) => {
    const target = hue(underline(f.relation));
    const shades = [...values(card, f.card), ...values(theme, f.popup)];
    expect(shades).toHaveLength(4);
    for (const shade of shades)
      expect({ shade, apart: apart(hue(shade), target) < 12 }).toEqual({ shade, apart: true });
  });
});
