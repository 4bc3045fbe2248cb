/** Telling English text from other languages', so that the check page can say why a text matched nothing. */
import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../src/core/text/english-text';

describe('looksEnglish', () => {
  it.each([
    [
      'English news',
      'The Syrian Observatory for Human Rights said more than 280,000 people have been killed since the war began in March 2011, and millions of Syrians have fled the country. The truce that took effect on February 27 is fragile, diplomats said.',
      true,
    ],
    [
      'French news',
      'Selon l’Observatoire syrien des droits de l’homme, plus de 280 000 personnes ont été tuées depuis le début du conflit en mars 2011, et des millions de Syriens ont dû quitter leur pays. La trêve conclue le 27 février reste fragile.',
      false,
    ],
    [
      'Spanish news',
      'Según el Observatorio Sirio de Derechos Humanos, más de 280.000 personas han muerto desde el comienzo de la guerra en marzo de 2011, y millones de sirios han huido del país. La tregua del 27 de febrero sigue siendo frágil, dijeron los diplomáticos.',
      false,
    ],
    [
      'German news',
      'Nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte wurden seit Beginn des Krieges im März 2011 mehr als 280.000 Menschen getötet, und Millionen Syrer sind aus dem Land geflohen. Die Waffenruhe vom 27. Februar gilt als brüchig.',
      false,
    ],
    [
      'Arabic news',
      'قال المرصد السوري لحقوق الإنسان إن أكثر من ٢٨٠ ألف شخص قتلوا منذ بداية الحرب في مارس ٢٠١١، وإن ملايين السوريين فروا من البلاد. وتبقى الهدنة التي بدأت في السابع والعشرين من فبراير هشة بحسب الدبلوماسيين المجتمعين في جنيف اليوم.',
      false,
    ],
    ['too short to tell', 'Plus de 280 000 morts.', null],
    ['figures only', '280,000 250,000 1,000 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20', null],
  ])('%s → %s', (_, text, expected) => {
    expect(looksEnglish(text)).toBe(expected);
  });

  it('reads only the first words of a long text, in linear time', () => {
    const english = 'The monitor said that more than 280,000 people were killed in the war. '.repeat(300);
    expect(looksEnglish(english + 'la de le '.repeat(200_000))).toBe(true);
  });
});
