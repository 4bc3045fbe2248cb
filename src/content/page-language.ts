/**
 * Whether a page is in a language other than English, for the popup to say why it found nothing there: the engine
 * reads English, and "nothing on this page matches the corpus" is the wrong reason on a French page.
 */
import { looksEnglish } from '../core/text/english-text';

/** Paragraphs sampled: a page's language shows in its first ones. */
const MAX_PARAGRAPHS = 60;
const MAX_CHARS = 20_000;

/**
 * The page's language when it is not English: its `lang` attribute (a tag such as "fr"), or '' when its text does
 * not read as English but it declares no other; null when it is English or cannot be told. Its paragraphs' text
 * decides (a `lang="en"` template holding a Spanish article is Spanish; `lang="fr"` on English text is English);
 * the attribute only where they are too few.
 */
export function foreignLanguage(doc: Document): string | null {
  let sample = '';
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && sample.length < MAX_CHARS; i++)
    sample += `${paragraphs[i]!.textContent ?? ''} `;
  const tag = (doc.documentElement.getAttribute('lang') ?? '').trim().slice(0, 35);
  const declared = tag !== '' && !/^en\b/i.test(tag) ? tag : null;
  const english = looksEnglish(sample.slice(0, MAX_CHARS));
  if (english === true) return null;
  if (english === false) return declared ?? '';
  return declared;
}
