import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightName } from '../../src/content/highlighter';
import { CLAIM_WORDS, TONES } from '../../src/shared/relation-words';

const root = new URL('../../', import.meta.url);
const css = readFileSync(new URL('src/content/highlights.css', root), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as {
  content_scripts: { js: string[]; css?: string[] }[];
};

/** The declarations of every rule whose selector list names `selector`. */
function declarationsFor(selector: string): string {
  let out = '';
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (selectors!.split(',').some((s) => s.trim() === selector)) out += body;
  }
  return out;
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
});
