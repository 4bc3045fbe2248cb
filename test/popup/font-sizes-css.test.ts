import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

/** A stylesheet's text without its comments. */
const read = (path: string) => readFileSync(new URL(path, root), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The stylesheets of the popup, the options page and the check page. */
const SHEETS = [
  'src/popup/theme.css',
  'src/popup/popup.css',
  'src/options/options.css',
  'src/options/remove-unreadable.css',
  'src/check/check.css',
];

describe('the extension pages’ type sizes', () => {
  it('starts from the browser’s font size: 14 px at its default 16 px', () => {
    const rootRule = /:root\s*\{([^}]*)\}/.exec(read('src/popup/theme.css'))?.[1] ?? '';
    expect(rootRule).toMatch(/\bfont:\s*87\.5%\/1\.45\b/);
  });

  it.each(SHEETS)('%s pins no type size in px, so a larger browser font enlarges it all', (sheet) => {
    expect(read(sheet)).not.toMatch(/\bfont(-size)?:\s*[\d.]+px/);
  });

  it('widens the toolbar popup with the font, 400 px at the default', () => {
    const app = /(?:^|\})\s*\.app\s*\{([^}]*)\}/.exec(read('src/popup/popup.css'))?.[1] ?? '';
    expect(app).toMatch(/\bwidth:\s*28\.572rem/);
  });
});
