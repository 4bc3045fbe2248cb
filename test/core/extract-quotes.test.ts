import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { findQuotes } from '../../src/core/extract/quotes';
import type { Claim, QuoteValue } from '../../src/core/types';

function quotes(text: string): (Claim & { value: QuoteValue })[] {
  return extractClaims(text, { referenceDate: '2016-06-01' }).filter(
    (c): c is Claim & { value: QuoteValue } => c.value.type === 'quote',
  );
}

const cases: [name: string, text: string, quote: string, speaker: string | undefined][] = [
  [
    'curly, speaker after',
    '“Russia needs to understand that our patience is not infinite,” Kerry said during a visit.',
    'Russia needs to understand that our patience is not infinite',
    'Kerry',
  ],
  [
    'straight, speaker after',
    '"We know that, we have no illusion," Kerry said.',
    'We know that, we have no illusion',
    'Kerry',
  ],
  [
    'verb first, titled name',
    '“We are only halfheartedly going after ISIS”, said Rep. Eliot Engel, D-N.Y.',
    'We are only halfheartedly going after ISIS',
    'Rep. Eliot Engel',
  ],
  [
    'name with appositive',
    '“Those measures should be implemented”, Riad Hijab, chief coordinator of the opposition, told reporters in London.',
    'Those measures should be implemented',
    'Riad Hijab',
  ],
  [
    'described after the verb, cut at its punctuation',
    '“Our village is in danger of losing its post office,” said the mayor of Ambleside, who met the minister.',
    'Our village is in danger of losing its post office',
    'the mayor of Ambleside',
  ],
  [
    'a long description ends on a full word',
    '“We will hold the line,” says the Free Syrian Army commander in Aleppo province.',
    'We will hold the line',
    'the Free Syrian Army commander',
  ],
  [
    'guillemets',
    '« We will not accept a partial truce », Kerry said in Paris.',
    'We will not accept a partial truce',
    'Kerry',
  ],
  [
    'a low opening mark closed by a high one',
    'Kerry said „we will not accept a partial truce“ after the talks.',
    'we will not accept a partial truce',
    'Kerry',
  ],
  [
    'speaker before',
    'In Oslo on Wednesday Kerry said “Russia needs to understand that our patience is limited.”',
    'Russia needs to understand that our patience is limited',
    'Kerry',
  ],
  [
    'common noun speaker',
    '“Some countries don’t want peace”, a senior official involved in the talks said.',
    'Some countries don’t want peace',
    'a senior official involved in the talks',
  ],
  [
    'partial quote, scare word',
    'Kerry warned Russia to respect the “frayed” ceasefire.',
    'frayed',
    undefined,
  ],
  ['single curly quote', 'Kerry: Russia Making Syrian Peace ‘Difficult’ in talks', 'Difficult', undefined],
  ['single straight quote', "Kerry tells Russia US patience on Syria 'limited'", 'limited', undefined],
  [
    'missing opening mark',
    'Russia needs to understand that our patience is not infinite,” Kerry said.',
    'Russia needs to understand that our patience is not infinite',
    'Kerry',
  ],
  [
    'an organisation, a post and a person after the verb',
    '“This is a tragedy,” said UNICEF director Anthony Lake.',
    'This is a tragedy',
    'UNICEF director Anthony Lake',
  ],
  [
    'a club, a post and a person after the verb',
    '"We wanted this win badly," said Rovers manager Sergio Vallet.',
    'We wanted this win badly',
    'Rovers manager Sergio Vallet',
  ],
  [
    'a post of something and a person after the verb',
    '“Our patience is not infinite,” said Secretary of State John Kerry.',
    'Our patience is not infinite',
    'Secretary of State John Kerry',
  ],
  [
    'a post in lower case and a person after the verb',
    '“The bridge will reopen in May,” said mayor Anna Berg.',
    'The bridge will reopen in May',
    'mayor Anna Berg',
  ],
  [
    'a post with its qualifier',
    '“We never gave up,” said former president Ellen Marsh.',
    'We never gave up',
    'former president Ellen Marsh',
  ],
  // A person's own name and an organisation after "of" are not one speaker.
  [
    'a person of an organisation',
    '“We voted no,” said Hywel Williams of Plaid Cymru.',
    'We voted no',
    'Hywel Williams',
  ],
  ['a place after the named speaker', '“We are ready,” said Kerry in Geneva.', 'We are ready', 'Kerry'],
  [
    'an addressee and "that" between the verb and the quote',
    'Kerry told a news conference in Oslo that “our patience is not unlimited.”',
    'our patience is not unlimited',
    'Kerry',
  ],
  ['a time and a colon after the verb', 'Kerry said on Wednesday: “We are ready.”', 'We are ready', 'Kerry'],
  [
    'an aside between the name and the verb',
    'Kerry, speaking in Oslo, said “we are ready to talk.”',
    'we are ready to talk',
    'Kerry',
  ],
  [
    'an aside that names a person first',
    'Riad Hijab, chief coordinator of the HNC, said: “Those measures should be implemented.”',
    'Those measures should be implemented',
    'Riad Hijab',
  ],
  [
    'a headline, whose capitals name nothing',
    'Nurse Diagnosed With Cancer Writes Letter To Patients: “I am sorry I did not tell you sooner.”',
    'I am sorry I did not tell you sooner',
    undefined,
  ],
  [
    'what was told is a clause that holds the quote',
    'Kerry told reporters the truce was, “frayed beyond repair.”',
    'frayed beyond repair',
    undefined,
  ],
  [
    'according to',
    '“The toll is rising” according to Rami Abdel Rahman of the Observatory.',
    'The toll is rising',
    'Rami Abdel Rahman',
  ],
];

describe('quotes', () => {
  it.each(cases)('%s', (_name, text, quote, speaker) => {
    const found = quotes(text).find((q) => q.value.text === quote);
    expect(found, JSON.stringify(quotes(text).map((q) => q.value))).toBeDefined();
    if (!found) return;
    expect(text.slice(found.start, found.end)).toBe(found.text);
    expect(found.value.speaker).toBe(speaker);
    expect(found.subject.length).toBeGreaterThan(0);
  });

  it('marks a speaker taken from a pronoun as such', () => {
    const text = 'Kerry spoke first. “We are ready,” Kerry said. Later “We are not,” he said.';
    expect(quotes(text).map((q) => [q.value.speaker, q.value.speakerByPronoun])).toEqual([
      ['Kerry', undefined],
      ['Kerry', true],
    ]);
  });

  it('joins a statement broken by "Kerry said."', () => {
    const text =
      '“We have to address the situation on the ground,” Judeh said. “It is an entire package.” Then he left.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.value.text).toBe('We have to address the situation on the ground It is an entire package');
    expect(qs[0]?.value.speaker).toBe('Judeh');
    expect(qs[0]?.value.parts).toEqual([
      'We have to address the situation on the ground',
      'It is an entire package',
    ]);
    expect(qs[0]?.text.startsWith('“We have')).toBe(true);
    expect(qs[0]?.text.endsWith('package.”')).toBe(true);
  });

  // Each row: text, then the statements expected, each as "words | speaker".
  const joins: [name: string, text: string, statements: string[]][] = [
    [
      'the same speaker again',
      '“We are prepared,” Kerry said. “We will talk,” Kerry added.',
      ['We are prepared We will talk | Kerry'],
    ],
    [
      'a pronoun after the second part',
      '“We are prepared,” Kerry said. “We will talk,” he added.',
      ['We are prepared We will talk | Kerry'],
    ],
    [
      'another named speaker after the second quote',
      '“Interest will cost more than kids,” said Marc Goldwein of the committee. “Prisons will cost more than schools,” said Jack Lew.',
      ['Interest will cost more than kids | Marc Goldwein', 'Prisons will cost more than schools | Jack Lew'],
    ],
    [
      'another speaker introduced between the two',
      '“I hope we were not involved,” he said. A Turkish official told reporters: “We will check the shelling.”',
      ['I hope we were not involved | he', 'We will check the shelling | '],
    ],
    [
      'a described speaker after the second quote',
      '“I never get too low,” Mr Obama said of his temperament. “Our village is losing its post office,” said the mayor of Ambleside.',
      ['I never get too low | Mr Obama', 'Our village is losing its post office | the mayor of Ambleside'],
    ],
    [
      'a pronoun, then a named speaker, then a third quote',
      '“I am no fan of bullying,” he said. “I am no fan of anybody,” Kenya’s deputy president, William Ruto, said in May. “My strength is my temper,” Obama said.',
      [
        'I am no fan of bullying | he',
        'I am no fan of anybody | William Ruto',
        'My strength is my temper | Obama',
      ],
    ],
  ];

  it.each(joins)('joins parts only when one person speaks them: %s', (_name, text, statements) => {
    const found = findQuotes(text).map((q) => `${q.text} | ${q.speaker?.name ?? ''}`);
    expect(found).toEqual(statements);
  });

  it('does not join two quotes in one sentence that are not one statement', () => {
    const text =
      'Kerry urged respect for the “frayed” ceasefire and said that its “patience was not infinite” amid deaths.';
    expect(quotes(text).map((q) => q.value.text)).toEqual(['frayed', 'patience was not infinite']);
  });

  it('gives a short quote a subject from its sentence', () => {
    const q = quotes('Kerry warned Russia to respect the “frayed” ceasefire.')[0];
    expect(q?.subject).toContain('frai');
    expect(q?.subject).toContain('ceasefir');
  });

  it('resolves "he said" to the last named speaker', () => {
    const text =
      '“Russia must act,” Kerry said.\n“We also are prepared to act” on the opposition, he said after a meeting.';
    expect(quotes(text).map((q) => q.value.speaker)).toEqual(['Kerry', 'Kerry']);
  });

  it('runs an unclosed quote to the end of its paragraph only', () => {
    const text =
      'He said “this goes on and on until the paragraph ends\nNext paragraph has 30 people killed.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.end).toBeLessThanOrEqual(text.indexOf('\n'));
    expect(qs[0]?.value.text).toBe('this goes on and on until the paragraph ends');
  });

  it('reports quantities and dates inside a quote too', () => {
    const kinds = extractClaims('“More than 30 people were killed on Friday,” the official said.', {
      referenceDate: '2016-06-01',
    }).map((c) => c.kind);
    expect(kinds).toEqual(['quote', 'quantity', 'date']);
  });

  it('treats apostrophes as apostrophes', () => {
    expect(quotes("Syria's war and Russia’s role don't change Washington's view.")).toEqual([]);
  });
});
