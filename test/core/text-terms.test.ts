import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/text/stem';
import { SYNONYM_GROUPS } from '../../src/core/text/synonyms';
import { terms, termSpans } from '../../src/core/text/terms';
import { tokenize } from '../../src/core/text/tokenize';

describe('terms', () => {
  const cases: [string, string[], string[]?][] = [
    // input, terms that must be present, terms that must be absent
    ['More than 280,000 people have been killed', ['peopl', 'kill'], ['280,000', 'more', 'have']],
    ['a truce', ['ceasefir']],
    ['the cease-fire', ['ceasefir']],
    ['a cease fire', ['ceasefir']],
    ['the cessation of hostilities', ['ceasefir'], ['cessat', 'hostil', 'war']],
    ['the death toll rose', ['kill', 'rise'], ['death', 'toll']],
    ['hundreds died', ['kill'], ['hundr']],
    ['dozens of lives', ['kill']],
    ['Syrians live in besieged areas', ['syria', 'live', 'besieg', 'area'], ['kill']],
    ['areas under siege', ['besieg', 'area']],
    ['millions displaced', ['displac']],
    ['refugees', ['displac']],
    ['the US and the U.S.', ['usa']],
    ['give us a break', [], ['usa', 'us']],
    ['WHO said', ['who']],
    ['who said', [], ['who']],
    ['the United Nations', ['un']],
    ['Syria’s war', ['syria', 'war']],
    ["Washington's patience", ['washington', 'patienc'], ['s']],
    ['unemployment climbed', ['unemploy', 'rise']],
    ['the jobless rate jumped', ['unemploy', 'rise']],
    ['peace talks resumed', ['negoti']],
    ['the uprising began', [terms('protests')[0] ?? 'protest'], ['upris']],
    ['talking directly', [], ['negoti']],
  ];
  it.each(cases)('%s', (input, present, absent = []) => {
    const t = terms(input);
    for (const p of present) expect(t).toContain(p);
    for (const a of absent) expect(t).not.toContain(a);
  });

  it('folds every member of a synonym group to one term', () => {
    for (const group of SYNONYM_GROUPS) {
      const canon = terms(group[0] ?? '');
      expect(canon.length, group[0]).toBe(1);
      for (const member of group) {
        const raw = member.replace(/^=/, '');
        expect(terms(raw), `${member} in group ${group[0]}`).toEqual(canon);
      }
    }
  });

  it('has no word or stem in two groups', () => {
    const owner = new Map<string, string>();
    for (const group of SYNONYM_GROUPS) {
      for (const member of group) {
        const words = tokenize(member.replace(/^=/, '')).map((t) => t.lower);
        if (words.length !== 1) continue;
        for (const key of member.startsWith('=') ? words : [...words, ...words.map(stem)]) {
          const prev = owner.get(key);
          expect(prev === undefined || prev === group[0], `${key}: ${prev} and ${group[0]}`).toBe(true);
          owner.set(key, group[0] ?? '');
        }
      }
    }
  });

  it('keeps spans pointing at the input, and marks figures', () => {
    const text = 'At least 30 people, five of them children';
    const spans = termSpans(text);
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
    expect(spans.filter((s) => s.number).map((s) => text.slice(s.start, s.end))).toEqual(['30', 'five']);
    expect(text.slice(spans[spans.length - 1]?.start, spans[spans.length - 1]?.end)).toBe('children');
  });
});
