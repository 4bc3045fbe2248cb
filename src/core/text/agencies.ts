/**
 * News agencies whose name, in brackets after a place in capitals, makes a wire dateline ("BEIRUT (Reuters) -",
 * "MOSCOW (Sputnik)"): read by the extractor's datelines and by the names a match compares (a dateline's place is
 * where the story was filed, not who or what it is about).
 */
export const WIRE_AGENCIES =
  'Reuters|AP|AFP|UPI|Xinhua|Anadolu|dpa|SANA|Sputnik|TASS|RIA Novosti|IANS|PTI|EFE|ANSA|Yonhap|Kyodo|Bernama|IRNA|WAM';
