/**
 * British spellings read as American ones before stemming, so that "annualised" and "annualized", "labour" and
 * "labor", "centre" and "center" are one term: outlets on either side of the Atlantic report the same facts.
 * Porter's stemmer already joins "travelled" and "traveled"; it does not join these.
 */

/**
 * -ise/-yse verbs and their forms ("organised", "criticising", "analyses", "realisation"), with at least four
 * letters before the ending: shorter ones ("rise", "raised", "wise") have no -ize twin.
 */
const ISE = /^([a-z]{4,})is(e|ed|es|ing|ation|ations|er|ers)$/;
const YSE = /^([a-z]{3,})ys(e|ed|es|ing)$/;

/** Words whose British form is not a regular ending; each listed with its American form. */
const WORDS: ReadonlyMap<string, string> = new Map(
  (
    'labour labor,labours labors,labourers laborers,labourer laborer,favour favor,favours favors,' +
    'favourable favorable,favourite favorite,honour honor,honours honors,honoured honored,behaviour behavior,' +
    'neighbour neighbor,neighbours neighbors,neighbouring neighboring,harbour harbor,rumour rumor,' +
    'rumours rumors,colour color,colours colors,armour armor,armoured armored,vigour vigor,endeavour endeavor,' +
    'centre center,centres centers,metre meter,metres meters,kilometre kilometer,kilometres kilometers,' +
    'litre liter,litres liters,theatre theater,fibre fiber,defence defense,offence offense,licence license,' +
    'programme program,programmes programs,tonne ton,tonnes tons,grey gray,manoeuvre maneuver,' +
    'aluminium aluminum,jewellery jewelry,paediatric pediatric,anaemia anemia,haemorrhage hemorrhage,' +
    'oestrogen estrogen,foetus fetus,diarrhoea diarrhea,orthopaedic orthopedic,cheque check,tyre tire,' +
    'tyres tires,storey story,plough plow,sceptical skeptical,mould mold'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** The American spelling of a lower-case word, or the word itself. */
export function americanSpelling(word: string): string {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  const ise = ISE.exec(word);
  if (ise) return `${ise[1]}iz${ise[2]}`;
  const yse = YSE.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  return word;
}
