/**
 * A page sentence that says less than its source: the same rare figure ("112", "137", "168": three written
 * digits), what it counts and the event's words, without the place or time the source adds. A reader takes
 * "Rescuers pulled 112 survivors from the water during the night" for the report that adds "off Port Halden";
 * the matcher had asked such an everyday figure for a shared name (see anchors.ts). Still apart: another count in
 * the same words ("137 miners" injured, not killed), a figure of one or two digits, a round one, a place the
 * source never names, other event words. And a source that prints the figure is never called silent on it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { readFakes } from '../../src/build/read-fakes';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { summarise } from '../../src/core/match/variance';
import { scanGates, scanTexts } from '../../src/core/scan-texts';
import { FAKES } from '../gold/real-pages';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  {
    id: 'ferry',
    text:
      'Ferry disaster: what we know\n\n' +
      'The ferry Marisol capsized in heavy seas late on Tuesday, the coast guard said. Weather had worsened ' +
      'through the afternoon.\n\n' +
      'The vessel was carrying 168 people when it left the port at 6 pm. Most were workers returning home.\n\n' +
      'Rescuers pulled 112 survivors from the water off Port Halden during the night. At least 23 bodies have ' +
      'been recovered.',
  },
  {
    id: 'mine',
    text:
      'Mine blast in Varnaby\n\n' +
      'A gas explosion at the Kestrel Ridge coal mine killed 137 miners on Monday, the company said. Rescue ' +
      'teams searched the shafts through the night.\n\n' +
      'The mine had passed a safety inspection in March.',
  },
  {
    id: 'flood',
    text:
      'Flood season\n\n' +
      'Heavy rain flooded 243 homes in the valley last spring. Crews cleared the roads within a week.\n\n' +
      'Rescuers pulled 12 survivors from the river near Elmford. A further 150 homes lost power.',
  },
];

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const index = builtIndex(DOCS);
const DAY = '2026-11-20';
const matches = (text: string, span: string) => matchesOf(index, text, (c) => c.text === span, DAY);

describe('a page sentence that says less than its source', () => {
  it.each([
    // The place, the hour or the company left out.
    ['Rescuers pulled 112 survivors from the water during the night.', '112', 'ferry'],
    ['112 survivors were pulled from the water by rescuers.', '112', 'ferry'],
    ['A gas explosion killed 137 miners on Monday.', '137', 'mine'],
    ['A gas explosion at a coal mine killed 137 miners.', '137', 'mine'],
    ['Heavy rain flooded 243 homes in the valley.', '243', 'flood'],
    // Names its source gives elsewhere: the ferry's in the report's first line, the port's further on.
    ['The ferry Marisol was carrying 168 people when it left Port Halden.', '168', 'ferry'],
  ])('"%s" states the source\'s %s', (text, span, doc) => {
    expect(matches(text, span)).toEqual([[doc, 'agrees']]);
  });

  it.each([
    // Another count in the same words: injured, not killed; bodies, not survivors.
    ['A gas explosion at a coal mine injured 137 miners.', '137'],
    ['Rescuers pulled 112 bodies from the water during the night.', '112'],
    // A place the source never names: another mine, another port.
    ['A gas explosion at a coal mine killed 137 miners in Ostrava.', '137'],
    ['Rescuers pulled 112 survivors from the water off Port Avery during the night.', '112'],
    // Other event words around the same figure.
    ['A gas explosion at a chemical plant killed 137 workers.', '137'],
    ['The train was carrying 168 people when it left the station.', '168'],
    ['Floodwater reached 243 homes after the dam failed.', '243'],
    // Figures any report may share: two digits, or a round hundred and fifty.
    ['Rescuers pulled 12 survivors from the river.', '12'],
    ['A further 150 homes lost power.', '150'],
  ])('"%s" stays unmatched', (text, span) => {
    expect(matches(text, span)).toEqual([]);
  });

  it('is found by the page scan too (its corpus gates pass it)', () => {
    const text = 'Rescuers pulled 112 survivors from the water during the night.';
    const [found] = scanTexts(index, scanGates(index), [text], DAY);
    expect(found?.map(({ claim, result }) => [claim.text, result.matches.map((m) => m.doc)])).toEqual([
      ['112', ['ferry']],
    ]);
  });
});

describe('sources that print the figure are not called silent', () => {
  it('says a source may report a claim it prints the figure of, rather than that none reports it', () => {
    // Too many words of its own to be confirmed, but the source prints "137 miners" killed in a gas explosion.
    const text = 'Union leaders blamed lax safety rules after a gas explosion killed 137 miners.';
    const claim = extractClaims(text, { referenceDate: DAY }).find((c) => c.text === '137');
    expect(claim).toBeDefined();
    const result = claim ? matchClaim(index, claim) : null;
    expect(result?.matches).toEqual([]);
    expect(result?.variance.summary).toBe('1 source may report it, unconfirmed');
  });

  it.each<[number, number, string]>([
    [1, 0, '1 source may report it, unconfirmed'],
    [2, 3, '2 sources may report it, unconfirmed; 3 other sources on the topic do not mention it'],
    [0, 3, 'None of 3 sources covering this topic reports it'],
  ])('with %i unconfirmed and %i silent sources says "%s"', (unconfirmed, silent, line) => {
    const reports = Array.from({ length: silent }, (_, i) => ({
      doc: `d${i}`,
      source: `S${i}`,
      status: 'silent' as const,
    }));
    expect(summarise('quantity', reports, unconfirmed)).toBe(line);
  });

  it('still calls silent a source whose figure counts something else', () => {
    const text = 'Union leaders blamed lax safety rules after a gas explosion injured 137 miners.';
    const claim = extractClaims(text, { referenceDate: DAY }).find((c) => c.text === '137');
    const summary = claim ? matchClaim(index, claim).variance.summary : '';
    expect(summary).not.toContain('may report');
  });
});

describe.skipIf(!existsSync(FAKES))(
  'FA-KES: a car bomb that killed 126 people',
  () => {
    // Built on first use: a skipped suite's body still runs.
    let built: ReturnType<typeof builtIndex> | undefined;
    const corpus = () => (built ??= builtIndex([...readCorpusDir(SEEDS), ...readFakes(FAKES)]));
    // Daily Sabah: "At least 126 people including 68 children were killed … in a suicide car bomb attack on buses";
    // Al-Ahram twice: "The toll includes 126 people killed by rebel shelling of … Aleppo city" (another attack).
    const CONVOY = 'fakes-1924058147';
    const SHELLING = ['fakes-1923848151', 'fakes-1924058125'];
    const docsOf = (text: string) => {
      const claim = extractClaims(text, { referenceDate: '2017-04-20' }).find((c) => /126/.test(c.text));
      expect(claim, text).toBeDefined();
      return claim ? matchClaim(corpus(), claim) : null;
    };

    it.each([
      'A car bomb killed at least 126 people.',
      'A car bomb killed at least 126 people near Aleppo.',
      'At least 126 people were killed in a car bomb attack near Aleppo.',
    ])('"%s" agrees with the convoy attack, not the shelling', (text) => {
      const docs = docsOf(text)?.matches.map((m) => [m.doc, m.relation]) ?? [];
      expect(docs).toContainEqual([CONVOY, 'agrees']);
      for (const doc of SHELLING) expect(docs.map(([d]) => d)).not.toContain(doc);
    });

    it('says of "a bomb" (shelling folds into bombing) only that sources may report it', () => {
      const result = docsOf('A bomb killed 126 people.');
      expect(result?.matches).toEqual([]);
      expect(result?.variance.summary).toMatch(/may report it/);
    });
  },
  60_000,
);
