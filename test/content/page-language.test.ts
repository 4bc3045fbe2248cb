// @vitest-environment happy-dom
/** Telling a page not in English by its paragraphs, and by its lang attribute where they say too little. */
import { afterEach, describe, expect, it } from 'vitest';
import { foreignLanguage } from '../../src/content/page-language';
import { setBody } from './fixtures';

const FRENCH =
  '<p>Selon l’Observatoire syrien des droits de l’homme, plus de 280 000 personnes ont été tuées depuis le début du conflit en mars 2011.</p><p>La trêve conclue le 27 février reste fragile, selon les diplomates réunis à Genève, qui ont appelé les deux camps à la retenue.</p>';
const ENGLISH =
  '<p>The Syrian Observatory for Human Rights said more than 280,000 people have been killed since the war began in March 2011.</p><p>The truce that took effect on February 27 is fragile, diplomats in Geneva said, and they called on both sides to hold back.</p>';

afterEach(() => document.documentElement.removeAttribute('lang'));

describe('foreignLanguage', () => {
  it.each([
    ['French text marked French', 'fr', FRENCH, 'fr'],
    ['French text under an English template', 'en-US', FRENCH, ''],
    ['French text marked nothing', null, FRENCH, ''],
    ['English text marked French', 'fr', ENGLISH, null],
    ['English text', 'en', ENGLISH, null],
    ['too little text: the attribute decides', 'de', '<p>Mehr als 280.000 Tote.</p>', 'de'],
    ['too little text, nothing declared', null, '<p>280,000</p>', null],
    ['no paragraphs, English declared', 'en-GB', '<div>Über 280.000 Tote</div>', null],
  ])('%s → %j', (_, lang, body, expected) => {
    if (lang !== null) document.documentElement.setAttribute('lang', lang);
    setBody(body);
    expect(foreignLanguage(document)).toBe(expected);
  });
});
