import { REASONS, type Reason } from '../domain/types';
import { clauses } from './normalize';
import { readThings, vocabulary } from './own-words';
import { spoken } from './spoken';

export interface ReasonsReading {
  reasons: Reason[];
  ownWords?: string;
}

const PHRASES: [RegExp, Reason[]][] = [
  // "zodat ik niet meer alles aan mijn dochter hoef te vragen": the "niet" belongs to the asking.
  [/\b(niet|nie) (meer |steeds |altijd )*(\p{L}+ ){0,5}(hoef|hoeven|hoeft) (te )?vragen\b/u, ['self']],
  [/\bop (mijn|het|m'n) werk\b|\bvoor (mijn|het|m'n) werk\b/, ['work']],
  [/\bhuiswerk\b/, ['family']],
  [/\b(niet (meer |steeds |altijd )?(afhankelijk|hoeven vragen|hoef te vragen|te hoeven vragen)|zonder (hulp|anderen|iemand|mijn \p{L}+)|(alles|het) zelf (kunnen|doen|regelen|lezen)|zelf (mijn )?(post|brieven|papieren|zaken|dingen) (doen|lezen|regelen)|op eigen benen)\b/u, ['self']],
  [/\b(voor|om) (mij|me) zelf\b|\bvoor mijzelf\b|\bvoor mezelf\b/, ['self']],
  [/\b(voorlezen|voor te lezen)\b/, ['family']],
  [/\b(leuk|interessant|uitdaging|hobby|medicijnen|medicijn|gezondheid|huisarts|dokter)\b/, ['self']],
  // "om me niet meer dom te voelen": the "niet" belongs to the feeling, it leaves nothing out.
  [/\b((niet|nie) (meer |zo )?)?(dom|dommer|schaam|schamen|onzeker|zekerder|zelfvertrouwen)\b|\btrots op (mezelf|mijzelf)\b/, ['self']],
  [/\bom het (te )?(kunnen|weten|leren)\b|\bomdat ik (het )?(graag )?(wil|wil leren|wil kunnen)\b|\bvoor de (lol|fun|gezelligheid)\b/, ['self']],
  [/\b(hoef|hoeven|hoeft) (ik |je )?((niet|nie|meer|steeds|altijd|alles) )*(\p{L}+ ){0,4}(te )?vragen\b|\bniet (meer |steeds |altijd )+(\p{L}+ ){0,3}(te )?vragen\b/u, ['self']],
];

const WORDS = vocabulary<Reason>([
  [['work'], ['werk', 'baan', 'job', 'collega', 'collegas', 'werkgever', 'baas', 'beroep', 'werken', 'functie', 'promotie', 'sollicitatie', 'solliciteren', 'leidinggevende', 'teamleider', 'chef', 'jobcoach', 'werkleider', 'klanten', 'klant', 'werkbriefjes', 'werkbon', 'werkbonnen', 'werkplek', 'ploeg']],
  [['family'], ['kinderen', 'kind', 'kids', 'kleinkind', 'kleinkinderen', 'familie', 'gezin', 'zoon', 'dochter', 'kleinzoon', 'kleindochter', 'vrouw', 'man', 'partner', 'ouders', 'moeder', 'vader',
    'dochtertje', 'zoontje', 'vriendin', 'vriend', 'kinders', 'kindjes', 'kleinkids', 'kleinzoontje', 'kleindochtertje', 'oma', 'opa', 'broer', 'zus', 'zusje', 'broertje',
    'schoonmoeder', 'schoonvader', 'schoonzoon', 'schoondochter', 'schoonfamilie', 'neefje', 'nichtje', 'neef', 'nicht', 'oom', 'tante', 'pa', 'ma', 'pap', 'mam', 'papa', 'mama', 'baby', 'gezinnen', 'vrouwtje', 'mannetje', 'echtgenoot', 'echtgenote', 'meiden', 'thuis']],
  [['self'], ['mezelf', 'mijzelf', 'zelf', 'zelfstandig', 'hobby', 'plezier', 'zelfvertrouwen', 'eigen']],
  [['certificate'], ['diploma', 'certificaat', 'papiertje', 'examen', 'toets', 'rijbewijs', 'inburgering', 'opleiding', 'diplomas', 'certificaten', 'bewijs', 'vca', 'startkwalificatie', 'mbo', 'heftruckcertificaat', 'cursusbewijs', 'taaldiploma', 'taalcertificaat', 'staatsexamen', 'diplomaatje', 'certificaatje']],
]);

/** The words on the buttons, "me" for "mijn" as people say it. */
const CHOICE_WORDS = new Set(['voor', 'mijn', 'me', 'werk', 'kinderen', 'mezelf', 'een', 'diploma', 'en', 'of', 'ook']);

/** Why a worker wants to learn: for work, family, themselves, a certificate, or their own words. */
export function understandReasons(text: string): ReasonsReading | undefined {
  // "weet niet precies, mijn collega doet het ook": no reason of the worker's own yet.
  if (/^(ik )?(weet|wit) (ik |het )?(niet|nie|neet)\b/i.test(text.trim())) return undefined;
  // "alles behalve een diploma" is every reason but one; "niet meer alles hoeven vragen" is not.
  const all = /^\s*(alles|allemaal)\b|\balles (behalve|maar niet|buiten)\b/i.test(text) ? REASONS : [];
  const reading = readThings(text, PHRASES, WORDS, CHOICE_WORDS, all);
  const said = spoken(text);
  const heard = readThings(said, PHRASES, WORDS, CHOICE_WORDS, all);
  if (!reading && !heard) return undefined;
  const found = new Set([...(reading?.found ?? []), ...(heard?.found ?? [])]);
  // Not wanting to depend on others is for oneself: "zodat ik mijn vrouw niet steeds hoef te vragen".
  if (found.has('self') && /\b(vragen|afhankelijk|zonder|hulp)\b|\b(ik|dat wil ik|wil ik) (het |dat )?zelf (kunnen|doen|kan|regelen|lezen)\b|\b(alles|het|dat) zelf (kunnen|doen|regelen)\b|\boverleden\b|\b(dom|dommer) gevonden\b/.test(said)) found.delete('family');
  // "om zelf mijn post te lezen, nu doet mijn dochter dat nog": the family member helps now.
  if (found.has('self') && /\b(doet|doen|leest|lezen|regelt|regelen) (mijn|me) \p{L}+ (dat|het|alles)\b/u.test(said)) found.delete('family');
  // "voor het werk, ... de werkbriefjes zelf invullen": "zelf" alone, with work, is still for work.
  if (found.has('work') && found.has('self') && !/\b(mezelf|mijzelf|me zelf|mij zelf|zelfstandig|eigen|plezier|hobby|voor mij|leuk)\b/.test(said) && /\bzelf\b/.test(said)) found.delete('self');
  // "voor mijn moeder, die kan zelf niet meer lezen": "zelf" is the mother, not the worker.
  if (/\b(die|hij|zij|ze) (kan|kon|kunnen|leest|lezen) (het )?zelf (niet|nie|geen)\b/.test(said)) found.delete('self');
  // "voor werk maar niet voor een diploma", "niet voor werk, voor mezelf": a negated part excludes.
  const parts = clauses(text.replace(/\bhoor\b/gi, ',').replace(/\s+(?=niet (voor|om|vanwege)\b)/gi, ', '));
  const excluded = new Set<Reason>();
  for (const part of parts) {
    const words = spoken(part);
    if (!/^(niet|geen|nee niet)\b|\bniet (voor|om|vanwege)\b|\bgeen\b|\b(hoeft|hoef|hoeven) (niet|nie)\b|\bniet nodig\b/.test(words) && !(/^(voor|om)\b.*\bniet$/.test(words) && !/\b(kan|kon|kunnen|lukt|snap|weet)\b/.test(words))) continue;
    readThings(words.replace(/\b(niet|geen|hoeft|hoef|hoeven|nodig)\b/g, ' '), PHRASES, WORDS, CHOICE_WORDS)?.found.forEach((reason) => excluded.add(reason));
  }
  const kept = [...found].filter((reason) => !excluded.has(reason));
  if (kept.length === 0) return undefined;
  const reasons = REASONS.filter((reason) => kept.includes(reason));
  if (!reading) return { reasons };
  return reading.ownWords ? { reasons, ownWords: reading.ownWords } : { reasons };
}
