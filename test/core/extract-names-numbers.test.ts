import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';

const REF = { referenceDate: '2020-06-15' };

/** The text of every claim of `kind` in `text`. */
function spans(text: string, kind: 'quantity' | 'date' | 'quote'): string[] {
  return extractClaims(text, REF)
    .filter((c) => c.kind === kind)
    .map((c) => c.text);
}

describe("a name's number is no count", () => {
  it.each([
    ['The Raspberry Pi 3 costs only $35.', ['$35']],
    ['The laptop ships with Windows 10 and 8 GB of memory.', ['8']],
    ['The foundation has released Raspberry Pi 3 with the same price tag of $35.', ['$35']],
    ['In 1969 the crew of Apollo 11 landed on the moon, watched by 600 million people.', ['600 million']],
    ['The Fetch API is available in Firefox 39 (currently Nightly) and Chrome 42 (currently dev).', []],
    ['Mobile builds run on Android 2.2 and above, and the release shared code with Firefox 4.0.', []],
    ["The sequel, 1984's Urusei Yatsura 2: Beautiful Dreamer, included a philosophical storyline.", []],
    ['That high price limits the Xbox One X to diehard fans, who paid $500 for it.', ['$500']],
    ['The console looks similar to the Xbox One S, except it has a matte black case.', []],
    ['Her office was on the fifth floor in Building 24, a drab structure near the center.', []],
    // Short lower-case words other than articles, conjunctions and short prepositions show sentence case too.
    ['The game Doom 3 is out now for the PC.', []],
    ['Half Life 2 is out now', []],
    // The kind of thing a numbered name is, in the singular where a count would take a plural.
    ['The Top 500 list was announced on Monday.', []],
    ['He quit his BBC One show after the remarks.', []],
    ['Shares in the FTSE 100 index fell 2% on Friday.', ['2%']],
    // A name owns things; a count does not.
    ["The minister told BBC Radio 4's Today programme he would resign.", []],
    ['Viewers of Channel 5’s late bulletin saw 3 reporters on screen.', ['3']],
    ["Formula 1's owners agreed the deal.", []],
    [
      'It is about 50% faster than its predecessor Raspberry Pi 2 and about 10 times faster than the first.',
      ['about 50%', 'about 10'],
    ],
    // A list of numbered names says nothing of what its figures would count, where a list of places' tolls does.
    ["If you have finished Doom 3, Half Life 2 and Halo 2, don't worry.", []],
    ['It was closely followed by Halo 2 and Half Life 2, which are expected to be big hits.', []],
    ['The update reaches Windows 7 and Windows 10, the company said.', []],
    ['Started in 1993, the Top 500 list is decided by academics.', []],
    ['Are queries faster with Acme Bucket of Bytes 2.72 versus Ajax DB 3.14?', []],
  ])('reads no count of the name in "%s"', (text, expected) => {
    expect(spans(text, 'quantity')).toEqual(expected);
  });

  it.each([
    // Counts after a capitalised word that opens its clause, or with what they count after them.
    ['Rebels 40 km from Damascus took the town.', ['40 km']],
    ['In Aleppo 12 people were killed on Monday.', ['12']],
    ['The army shelled the town and in Idlib Three children were hurt.', ['Three']],
    ['On Monday 12 civilians died in the strikes, activists said.', ['12']],
    ['Reuters (Reuters) Around 600 Syrians including 136 children have been killed.', ['Around 600', '136']],
    [
      'Strikes left 150 bodies in Hammouriya 100 in Kfar Batna 67 in Saqba and more elsewhere.',
      ['150', '100', '67'],
    ],
    [
      'A total 54 civilians were killed on Tuesday including 9 in the neighborhood Alsaliheen 8 in Ansari 5 in ' +
        'Almiyassar 3 and Karm Albeiq and 1 in each of the districts.',
      ['54', '9', '8', '5', '3', '1'],
    ],
    ['The wounded were counted by village: Almiyassar 3 and Karm 1, medics said.', ['3', '1']],
    ['The parties won seats as follows: Labour 35 and Greens 4, with the rest split.', ['35', '4']],
    // A Title Case headline run into its story's first sentence keeps its figures.
    ['04-09-2014 Syrian Army Kills 18 ISIL Terrorists in Deir Ezour The army said it advanced.', ['18']],
    ['06-08-2013 Bomb Kills 18 in Damascus Suburb. A bomb killed 18 people on Tuesday.', ['18', '18']],
    [
      'Rockets on Rural Damascus Kill 50. Three blasts including one caused by a car bomb hit the area.',
      ['50', 'Three', 'one'],
    ],
    [
      'Terrorist Attack Kills Two Injures Three in Aleppo city. On Monday a number of shells fell.',
      ['Two', 'Three'],
    ],
    ['Airstrikes Kill 12 Civilians in Aleppo', ['12']],
    [
      'US Missile Strike on Syria Kills Five Injures Seven - Homs Governor Earlier reports differed.',
      ['Five', 'Seven'],
    ],
  ])('keeps the count in "%s"', (text, expected) => {
    expect(spans(text, 'quantity')).toEqual(expected);
  });
});

describe('an ordinal naming a period is no rank', () => {
  it.each([
    'The deck was made in late 19th century London for the English press.',
    'Wool was the major export during the late 19th century, a review found.',
    'Neon was another symbol of 20th-century technological innovation.',
    'Measuring your 99th percentile response time over a minute shows saturation.',
  ])('reads no ordinal in "%s"', (text) => {
    expect(spans(text, 'quantity')).toEqual([]);
  });

  it.each([
    ['The press was ranked 19th freest in the world in 2015.', '19th'],
    ['It is the 4th most-used web browser.', '4th'],
    ['Shelling continued for the 40th consecutive day.', '40th'],
  ])('keeps the rank in "%s"', (text, span) => {
    expect(spans(text, 'quantity')).toEqual([span]);
  });
});

describe('a web address holds no claims', () => {
  it.each([
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Tesla&oldid=746574460"',
    'See index.php?title=Tesla&oldid=746574460 for the old version.',
    'Read https://www.example.com/news/syria-two-killed-in-aleppo-yesterday-12-dead for more.',
    'Source: www.example.com/syria/five-civilians-killed/ accessed later.',
    'Search https://example.com/search?q=syria%202016%20war&page=3 today',
  ])('reads no figure or date in "%s"', (text) => {
    expect(spans(text, 'quantity')).toEqual([]);
    expect(spans(text, 'date').filter((d) => d !== 'today')).toEqual([]);
  });

  it('reads the figures after the address', () => {
    expect(
      spans('See index.php?title=Tesla&oldid=746574460, where 12 people were killed.', 'quantity'),
    ).toEqual(['12']);
  });
});

describe('figures and day words of titles', () => {
  it.each([
    ['^ Griffiths, John (6 December 2011). "12 Dates of Christmas" . US Weekly.', 'quantity'],
    ['^ "Two Distant Strangers\' Makes Sure Oscar Voters Don\'t Forget George Floyd" .', 'quantity'],
    ['^ "\'See You Yesterday\' Review: An All-Too-Real Time-Travel Fantasy" .', 'date'],
    ['^ "\'Edge of Tomorrow\' trailer: Tom Cruise fights an eternal battle" .', 'date'],
    ['See You Yesterday 2019 An ambitious science prodigy uses her prowess to build time machines.', 'date'],
    ['The show heralded “The World of Tomorrow.” Workers then removed the sign.', 'date'],
  ] as const)('reads no claim of the title in %s', (text, kind) => {
    expect(spans(text, kind).filter((s) => !/^(?:\d{4}|6 December 2011)$/.test(s))).toEqual([]);
  });

  it.each([
    ['"12 people were killed," he said yesterday.', 'quantity', ['12']],
    ['"12 people were killed," he said yesterday.', 'date', ['yesterday']],
    ['Yesterday, talks resumed in Geneva.', 'date', ['Yesterday']],
    ['Talks Resume Tomorrow in Geneva', 'date', ['Tomorrow']],
    ['(AFP) Yesterday the regime shelled the town.', 'date', ['Yesterday']],
    ['Activists said the strikes hit Rural Homs Today and killed 12 people.', 'quantity', ['12']],
  ] as const)('keeps the claim in %s (%s)', (text, kind, expected) => {
    expect(spans(text, kind)).toEqual(expected);
  });
});

describe('"one" picking one member to quote is no count', () => {
  it.each([
    'One survey respondent identified too many tools as the biggest challenge.',
    'One survey respondent summed this up as follows: the tools are many.',
    'Buses were waiting and one resident said he was not yet sure he would leave.',
    'One civil defence volunteer said they had been unable to reach the site.',
    'One photograph shows a man carrying the body of a child.',
  ])('reads no count in "%s"', (text) => {
    expect(spans(text, 'quantity')).toEqual([]);
  });

  it.each([
    ['One civilian was killed and three others were injured.', ['One', 'three']],
    ['One rocket hit the entrance of the school.', ['One']],
    ['One person was killed in central Damascus on Wednesday.', ['One']],
  ])('keeps the count in "%s"', (text, expected) => {
    expect(spans(text, 'quantity')).toEqual(expected);
  });
});

describe('quoted tokens are no statements', () => {
  it.each([
    'Set the header "Content-Type" to "application/json" before sending.',
    'The server answers with "X-Custom-Header" and an "ETag" for the document.',
    'Fetch "http://remotestorage.io/spec/version" with a "GET" request.',
    "PUT requests MUST fail if the 'If-Match' header does not match the 'ETag' of the document.",
  ])('reads no quote in "%s"', (text) => {
    expect(spans(text, 'quote')).toEqual([]);
  });

  it.each([
    [
      'Critics called the new law "a step in the right direction" for privacy.',
      ['"a step in the right direction"'],
    ],
    ['Kerry said US patience was not “infinite”.', ['“infinite”']],
    ['Rescuers described a "double-tap" strike on the market.', ['"double-tap"']],
    ['"We will not leave Aleppo," said Ahmed.', ['"We will not leave Aleppo,"']],
    ['Turkey launched operation "Euphrates Shield" in August.', ['"Euphrates Shield"']],
    ['In case you have not heard, "Super Mario Run" is a side-scrolling game.', ['"Super Mario Run"']],
  ])('keeps the quote in "%s"', (text, expected) => {
    expect(spans(text, 'quote')).toEqual(expected);
  });
});
