import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightName } from '../../src/content/highlighter';
import { CLAIM_WORDS, TONES, type ClaimTone } from '../../src/shared/relation-words';

const root = new URL('../../', import.meta.url);
const source = readFileSync(new URL('src/content/highlights.css', root), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as {
  content_scripts: { js: string[]; css?: string[] }[];
};

/** Every highlight the highlighter registers: one per tone, and the focus. */
const REGISTERED = [...TONES, 'focus' as const].map(highlightName);

/** `@media <query> { … }` blocks of `css`: their inner text, and `css` with them taken out. */
function splitMedia(css: string): { inside: Map<string, string>; outside: string } {
  const inside = new Map<string, string>();
  let outside = '';
  let at = 0;
  for (const match of css.matchAll(/@media\s*([^{]+)\{/g)) {
    if (match.index < at) continue;
    let depth = 1;
    let end = match.index + match[0].length;
    for (; depth > 0 && end < css.length; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
    }
    outside += css.slice(at, match.index);
    const query = match[1]!.trim();
    inside.set(query, (inside.get(query) ?? '') + css.slice(match.index + match[0].length, end - 1));
    at = end;
  }
  return { inside, outside: outside + css.slice(at) };
}

const { inside: media, outside: css } = splitMedia(source);

/** The declarations of every rule in `rules` whose selector list names `selector`, in source order. */
function declarationsFor(selector: string, rules = css): string {
  let out = '';
  for (const [, selectors, body] of rules.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (selectors!.split(',').some((s) => s.trim() === selector)) out += body;
  }
  return out;
}

/** The last value `declarations` give `property`, a shorthand's included when it is named (else undefined). */
function valueOf(declarations: string, property: string): string | undefined {
  let value: string | undefined;
  for (const [, name, given] of declarations.matchAll(/([\w-]+)\s*:\s*([^;]+)/g))
    if (name === property) value = given!.trim();
  return value;
}

/** The style of a tone's underline (solid, wavy, …) with or without forced colours. */
function lineStyle(tone: ClaimTone, forced: boolean): string | undefined {
  const selector = `::highlight(${highlightName(tone)})`;
  const style = /\b(solid|double|dotted|dashed|wavy)\b/;
  const own = declarationsFor(selector);
  const base =
    valueOf(own, 'text-decoration-style') ?? style.exec(valueOf(own, 'text-decoration') ?? '')?.[1];
  if (!forced) return base;
  return (
    valueOf(declarationsFor(selector, media.get('(forced-colors: active)') ?? ''), 'text-decoration-style') ??
    base
  );
}

describe('highlights.css', () => {
  it('is declared with the content script, so the page has it from its first style computation', () => {
    const script = manifest.content_scripts.find((s) => s.js.includes('src/content/main.ts'));
    expect(script?.css).toContain('src/content/highlights.css');
  });

  it.each(TONES)('styles %s for the Highlight API and for the fallback wrappers alike', (relation) => {
    const highlight = declarationsFor(`::highlight(${highlightName(relation)})`);
    const mark = declarationsFor(`claim-lens-mark[data-relation='${relation}']`);
    expect(highlight).toMatch(/background-color:/);
    expect(highlight).toMatch(/text-decoration:/);
    expect(mark).toMatch(/background-color:/);
    expect(mark).toMatch(/text-decoration:/);
  });

  it('has a highlight for every status a claim badge can show, so the underline and the badge agree', () => {
    expect([...TONES].sort()).toEqual([...Object.keys(CLAIM_WORDS), 'other-count'].sort());
  });

  it('styles the focused claim on both paths', () => {
    expect(declarationsFor(`::highlight(${highlightName('focus')})`)).toMatch(/background-color:/);
    expect(declarationsFor('claim-lens-mark[data-focus]')).toMatch(/background-color:/);
  });

  it.each(REGISTERED)('prints %s as nothing: the print rule names every highlight registered', (name) => {
    const print = declarationsFor(`::highlight(${name})`, media.get('print') ?? '');
    expect(valueOf(print, 'background-color')).toBe('transparent');
    expect(valueOf(print, 'text-decoration')).toBe('none');
  });

  it('prints neither fallback wrapper', () => {
    const print = media.get('print') ?? '';
    for (const selector of ['claim-lens-mark[data-relation]', 'claim-lens-mark[data-focus]'])
      expect(valueOf(declarationsFor(selector, print), 'text-decoration')).toBe('none');
  });

  it('tells the relations apart by their lines under forced colours, where every highlight is one colour', () => {
    // Less and more precise are one family, in one colour too without forced colours.
    const families: ClaimTone[] = ['agrees', 'conflicts', 'vaguer', 'reworded', 'other-count'];
    const styles = families.map((tone) => lineStyle(tone, true));
    expect(styles.every(Boolean)).toBe(true);
    expect(new Set(styles).size).toBe(families.length);
    expect(lineStyle('more-precise', true)).toBe(lineStyle('vaguer', true));
  });

  it.each(TONES)('gives %s its line in system colours, with no tint, under forced colours', (tone) => {
    const forced = media.get('(forced-colors: active)') ?? '';
    for (const selector of [`::highlight(${highlightName(tone)})`, 'claim-lens-mark[data-relation]']) {
      const declarations = declarationsFor(selector, forced);
      expect(valueOf(declarations, 'background-color')).toBe('transparent');
      expect(valueOf(declarations, 'text-decoration-color')).toMatch(/^(CanvasText|LinkText)$/);
    }
  });

  it('keeps the look without forced colours: the relations’ own lines', () => {
    expect(TONES.map((tone) => lineStyle(tone, false))).toEqual([
      'solid',
      'wavy',
      'dashed',
      'dashed',
      'dotted',
      'dashed',
    ]);
  });
});
