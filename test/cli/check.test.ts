import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'claim-lens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh corpus folder `name` under the test's folder, holding `files` (name → text). */
function corpusDir(name: string, files: Record<string, string>): string {
  const corpus = join(dir, name);
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(corpus, file), text);
  return corpus;
}

interface Report {
  file: string;
  claims: {
    text: string;
    start: number;
    end: number;
    kind: string;
    matches: { doc: string; relation: string; score: number }[];
  }[];
}

describe('check CLI', () => {
  const page = join(dir, 'page.txt');
  const text =
    'Reports say more than 280,000 people have been killed in Syria’s war.\nApple sold 280,000 iPhones.\n';
  writeFileSync(page, text);

  it('prints one JSON line per file with offsets into the file text', () => {
    const r = run([page, '-'], 'The truce took effect on February 27.\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '') as Report;
    expect(first.file).toBe(page);
    for (const c of first.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const apple = text.indexOf('Apple');
    const toll = first.claims.find((c) => c.kind === 'quantity' && c.start < apple);
    expect(toll?.matches.map((m) => m.doc)).toContain('001_b2556f4a5b9ae9bb');
    const phones = first.claims.find((c) => c.kind === 'quantity' && c.start > apple);
    expect(phones).toBeDefined();
    expect(phones?.matches).toEqual([]);
    const stdin = JSON.parse(lines[1] ?? '') as Report;
    expect(stdin.file).toBe('-');
    expect(stdin.claims[0]?.matches.length).toBeGreaterThan(0);
  });

  it('reports a missing file on stderr after the others, and exits non-zero', () => {
    const r = run([join(dir, 'missing.txt'), page]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('refuses what is no text, saying why, and reads UTF-16 with a byte-order mark and blank files', () => {
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0x00, 0x10, 0x35]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 280,000', 'latin1'));
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, ' \n');
    const r = run([binary, latin1, utf16, blank]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot read ${binary}: is binary`);
    expect(r.stderr).toContain(`cannot read ${latin1}: is not valid UTF-8`);
    const reports = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report);
    expect(reports.map((report) => report.file)).toEqual([utf16, blank]);
    expect(reports[0]?.claims.map((c) => c.text)).toContain('more than 280,000');
    expect(reports[1]?.claims).toEqual([]);
  });

  it('reads relative dates against --date, and refuses a day that is none', () => {
    const r = run(['--date', '2016-05-02', '-'], 'The truce was broken on Saturday.\n');
    expect(r.code).toBe(0);
    const saturday = (JSON.parse(r.stdout) as { claims: { value: { start?: string } }[] }).claims[0];
    expect(saturday?.value.start).toBe('2016-04-30');
    const bad = run(['--date', '2016-02-30', '-'], 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date needs a day as YYYY-MM-DD');
  });

  it('prints readable text with --pretty', () => {
    const r = run(['--pretty', page]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('280,000');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('uses another corpus with --corpus', () => {
    const corpus = corpusDir('corpus', {
      'x.txt': 'Iphones\n\nApple sold 280,000 iPhones in the first weekend.\n',
    });
    const r = run(['--corpus', corpus, page]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const docs = report.claims.flatMap((c) => c.matches.map((m) => m.doc));
    expect(docs.every((d) => d === 'x')).toBe(true);
  });

  it('holds a toll to the day --date gives the page, or the text’s own dateline', () => {
    const corpus = corpusDir('dated', {
      'bakery.txt': 'Bomber kills 16\n\nA bomber killed 16 people outside a bakery in Hasakeh.\n',
      'sources.json': JSON.stringify({ bakery: { date: '2016-07-05' } }),
    });
    const page = 'A bomber killed 16 people outside a bakery in Hasakeh.\n';
    const docs = (args: string[], text = page) =>
      (JSON.parse(run(['--corpus', corpus, ...args, '-'], text).stdout) as Report).claims.flatMap((c) =>
        c.matches.map((m) => m.doc),
      );
    expect(docs(['--date', '2016-07-06'])).toEqual(['bakery']);
    // A year on, the same words report another attack.
    expect(docs(['--date', '2017-07-06'])).toEqual([]);
    // A text whose dateline gives the day is read as written then, whatever --date says.
    expect(docs(['--date', '2017-07-06'], `Published July 6 2016\n\n${page}`)).toEqual(['bakery']);
    expect(docs(['--date', '2016-07-06'], `Published July 6 2017\n\n${page}`)).toEqual([]);
  });

  it('names a war toll counted years before --date as an earlier count, for a person; no match in the JSON', () => {
    const corpus = corpusDir('tolls', {
      'yemen.txt':
        'Yemen toll\n\nThe war in Yemen has killed more than 10,000 people since the coalition intervened.\n',
      'sources.json': JSON.stringify({ yemen: { outlet: 'Wire', date: '2016-08-30' } }),
    });
    const page = 'The war in Yemen has killed more than 16,000 people since the coalition intervened.\n';
    const args = ['--corpus', corpus, '--date', '2019-06-01'];
    const readable = run(['--pretty', ...args, '-'], page).stdout;
    expect(readable).toContain('1 source gave an earlier count');
    expect(readable).toContain('earlier count 0.');
    expect(readable).toContain('Wire (2016-08-30): “more than 10,000”');
    const report = JSON.parse(run([...args, '-'], page).stdout) as Report;
    expect(report.claims.find((c) => c.text === 'more than 16,000')?.matches).toEqual([]);
  });
});
