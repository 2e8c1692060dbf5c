import { REASONS, type Reason } from '../domain/types';
import { clauses } from './normalize';
import { readThings, vocabulary } from './own-words';
import { spoken } from './spoken';

export interface ReasonsReading {
  reasons: Reason[];
  ownWords?: string;
}

const PHRASES: [RegExp, Reason[]][] = [
  [/\bop (mijn|het|m'n) werk\b|\bvoor (mijn|het|m'n) werk\b/, ['work']],
  [/\bhuiswerk\b/, ['family']],
  [/\b(niet (meer |steeds |altijd )?(afhankelijk|hoeven vragen|hoef te vragen|te hoeven vragen)|zonder (hulp|anderen|iemand|mijn \p{L}+)|(alles|het) zelf (kunnen|doen|regelen|lezen)|zelf (mijn )?(post|brieven|papieren|zaken|dingen) (doen|lezen|regelen)|op eigen benen)\b/u, ['self']],
  [/\b(voor|om) (mij|me) zelf\b|\bvoor mijzelf\b|\bvoor mezelf\b/, ['self']],
  [/\b(voorlezen|voor te lezen)\b/, ['family']],
  [/\b(hoef|hoeven|hoeft) (\p{L}+ )?(te )?vragen\b|\bniet (meer |steeds |altijd )+(\p{L}+ ){0,3}(te )?vragen\b/u, ['self']],
];

const WORDS = vocabulary<Reason>([
  [['work'], ['werk', 'baan', 'job', 'collega', 'collegas', 'werkgever', 'baas', 'beroep', 'werken', 'functie', 'promotie', 'sollicitatie', 'solliciteren']],
  [['family'], ['kinderen', 'kind', 'kids', 'kleinkind', 'kleinkinderen', 'familie', 'gezin', 'zoon', 'dochter', 'kleinzoon', 'kleindochter', 'vrouw', 'man', 'partner', 'ouders', 'moeder', 'vader',
    'dochtertje', 'zoontje', 'vriendin', 'vriend', 'kinders', 'kindjes', 'kleinkids', 'kleinzoontje', 'kleindochtertje', 'oma', 'opa', 'broer', 'zus', 'zusje', 'broertje',
    'schoonmoeder', 'schoonvader', 'neefje', 'nichtje', 'baby', 'gezinnen', 'vrouwtje', 'mannetje', 'echtgenoot', 'echtgenote', 'meiden', 'thuis']],
  [['self'], ['mezelf', 'mijzelf', 'zelf', 'zelfstandig', 'hobby', 'plezier', 'zelfvertrouwen', 'eigen']],
  [['certificate'], ['diploma', 'certificaat', 'papiertje', 'examen', 'toets', 'rijbewijs', 'inburgering', 'opleiding', 'diplomas', 'certificaten', 'bewijs']],
]);

/** The words on the buttons, "me" for "mijn" as people say it. */
const CHOICE_WORDS = new Set(['voor', 'mijn', 'me', 'werk', 'kinderen', 'mezelf', 'een', 'diploma', 'en', 'of', 'ook']);

/** Why a worker wants to learn: for work, family, themselves, a certificate, or their own words. */
export function understandReasons(text: string): ReasonsReading | undefined {
  const reading = readThings(text, PHRASES, WORDS, CHOICE_WORDS);
  const heard = readThings(spoken(text), PHRASES, WORDS, CHOICE_WORDS);
  if (!reading && !heard) return undefined;
  const found = new Set([...(reading?.found ?? []), ...(heard?.found ?? [])]);
  // Not wanting to depend on others is for oneself: "zodat ik mijn vrouw niet steeds hoef te vragen".
  if (found.has('self') && /\b(vragen|afhankelijk|zonder|hulp)\b/.test(spoken(text))) found.delete('family');
  // "voor werk maar niet voor een diploma", "niet voor werk, voor mezelf": a negated part excludes.
  const parts = clauses(text.replace(/\bhoor\b/gi, ','));
  const excluded = new Set<Reason>();
  for (const part of parts) {
    const words = spoken(part);
    if (!/^(niet|geen|nee niet)\b|\bniet (voor|om|vanwege)\b|\bgeen\b/.test(words)) continue;
    readThings(words.replace(/\b(niet|geen)\b/g, ' '), PHRASES, WORDS, CHOICE_WORDS)?.found.forEach((reason) => excluded.add(reason));
  }
  const kept = [...found].filter((reason) => !excluded.has(reason));
  if (kept.length === 0) return undefined;
  const reasons = REASONS.filter((reason) => kept.includes(reason));
  if (!reading) return { reasons };
  return reading.ownWords ? { reasons, ownWords: reading.ownWords } : { reasons };
}
