/**
 * Names shared or clashing between a page sentence and a corpus passage: the tests of who a fact or a quote is
 * about, used by the scorers of figures, dates and quotes (score-facts.ts, score-quote.ts) and by the anchoring
 * of everyday figures (anchors.ts).
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import type { NameTerms } from './names';
import { inWireDateline } from './wire-dateline';
import { sameName } from './same-name';
import { namesOfDocument, passageNames, topicNames } from './corpus-names';
import type { ClaimContext } from './subject';
import { perIndex } from './terms-cache';

/** The capitalised word a sentence starts with, if any (after any opening quote or bracket). */
const LEAD_WORD = /^[^\p{L}\p{N}]*(\p{Lu}[\p{L}’']*)/u;

/**
 * Terms of the page sentence's first word. entityTerms skips it, since every sentence starts with a capital
 * (unless something shows it is a name, see nameAtStart);
 * here it counts only when the corpus passage itself uses it as a name ("Damascus declared a truce").
 */
export function leadTerms(ctx: ClaimContext): readonly string[] {
  if (!ctx.leadTerms) {
    const sentence = ctx.claim.sentence || ctx.claim.text;
    const lead = LEAD_WORD.exec(sentence);
    const word = lead?.[1];
    const at = lead ? lead.index + lead[0].length - (word?.length ?? 0) : 0;
    // A first word the sentence's names already hold ("Hurricane Orla has killed …") is compared as that name;
    // a wire dateline's place ("MOSCOW (Sputnik) Six people were killed …") is where the story was filed.
    ctx.leadTerms =
      word && !inWireDateline(sentence, at, at + word.length)
        ? terms(word).filter((t) => !ctx.names.some((name) => name.includes(t)))
        : [];
  }
  return ctx.leadTerms;
}

/**
 * Terms of a corpus passage's first word when it is capitalised, which sentenceNames leaves out (every sentence
 * starts with a capital): a name when the page uses it as one ("Kurdish forces in Syria have been …"). Kept per
 * passage.
 */
export const passageLeadTerms = perIndex((index: CorpusIndex, passageIndex: number): readonly string[] => {
  const word = LEAD_WORD.exec(index.passages[passageIndex]?.text ?? '')?.[1];
  return word ? terms(word) : [];
});

/** True when `names` holds a name that can be `name` (see sameName). */
function nameIn(name: NameTerms, names: readonly NameTerms[]): boolean {
  for (const other of names) if (sameName(name, other)) return true;
  return false;
}

/**
 * True when the page sentence and a corpus passage are about different actors: the page sentence names someone or
 * something (other than the corpus's common topic) that the passage's document never names, no name is common to
 * the two sentences (the passage's subheading included), and the passage's own sentence either names someone or
 * something the page sentence does not or names no one (it is then about its document's actors). "The Lakeview
 * transit agency carried 84 million riders in 2019" is not "Harbor City Transit carried 84 million riders in
 * 2019", however many other words the two share, nor is "Canada's economy expanded 4.2 percent" a document's
 * "The economy expanded 4.2 percent" when that document never mentions Canada. Used for figures and dates of
 * every size: a large figure needs no shared name (see figuresAnchored), but names with nothing in common are
 * evidence against.
 *
 * Names are compared whole (see sameName): "Lakeview Metro Transit" is not "Harbor City Transit", nor "Mayor Jim
 * Kenney" "Mayor Bill de Blasio", though each pair shares a word. A page sentence that names no actor is left to
 * the other checks. A name shared with the passage keeps a match whatever else differs ("the UN" and "the Syrian
 * Center for Policy Research" give different tolls of one war named in both), and neither modifiers
 * ("Western-backed") nor the sources a report is credited to ("…, Reuters reported") are actors (see actorNames).
 * With `unnamedPassages` false, a passage that names no one never clashes: a quote is told by its words, and the
 * page's names are often only where it was said ("told reporters in Geneva").
 */
export function namesClash(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  doc: number,
  unnamedPassages = true,
): boolean {
  const actors = ctx.actors;
  if (actors.length === 0) return false;
  const { ownNames, headingNames } = passageNames(index, passageIndex);
  for (const name of ctx.names) if (nameIn(name, ownNames) || nameIn(name, headingNames)) return false;
  for (const t of leadTerms(ctx)) if (nameIn([t], ownNames) || nameIn([t], headingNames)) return false;
  // The passage's own first word, when the page names it (the corpus's common topic aside): "Brightwell said
  // revenue rose …" against "Brightwell’s revenue was …".
  const topic = topicNames(index);
  if (
    passageLeadTerms(index, passageIndex).some(
      (t) => !topic.has(t) && ctx.names.some((name) => name.includes(t)),
    )
  )
    return false;
  const pageActors = actors.filter((name) => name.some((t) => !topic.has(t)));
  const known = namesOfDocument(index, doc).names;
  if (pageActors.length === 0 || pageActors.some((name) => known.some((other) => sameName(name, other))))
    return false;
  // The sentence's first word, when the document uses it as a name: "Brightwell shares sank …, short of Wall
  // Street estimates" is about the document's company, whatever else it names.
  if (leadTerms(ctx).some((t) => !topic.has(t) && known.some((other) => other.includes(t)))) return false;
  // A passage that names no one is about its document's actors, which the page's are not.
  if (ownNames.length === 0) return unnamedPassages;
  return ownNames.some((name) => name.some((t) => !topic.has(t) && !ctx.sentence.has(t)));
}
