import { REASONS, type Reason } from '../domain/types';
import { readThings, vocabulary } from './own-words';

export interface ReasonsReading {
  reasons: Reason[];
  ownWords?: string;
}

const PHRASES: [RegExp, Reason[]][] = [
  [/\bop (mijn|het|m'n) werk\b|\bvoor (mijn|het|m'n) werk\b/, ['work']],
  [/\bhuiswerk\b/, ['family']],
];

const WORDS = vocabulary<Reason>([
  [['work'], ['werk', 'baan', 'job', 'collega', 'collegas', 'werkgever', 'baas', 'beroep', 'werken', 'functie', 'promotie', 'sollicitatie', 'solliciteren']],
  [['family'], ['kinderen', 'kind', 'kids', 'kleinkind', 'kleinkinderen', 'familie', 'gezin', 'zoon', 'dochter', 'kleinzoon', 'kleindochter', 'vrouw', 'man', 'partner', 'ouders', 'moeder', 'vader']],
  [['self'], ['mezelf', 'mijzelf', 'zelf', 'zelfstandig', 'hobby', 'plezier', 'zelfvertrouwen', 'eigen']],
  [['certificate'], ['diploma', 'certificaat', 'papiertje', 'examen', 'toets', 'rijbewijs', 'inburgering', 'opleiding', 'diplomas', 'certificaten', 'bewijs']],
]);

/** The words on the buttons, "me" for "mijn" as people say it. */
const CHOICE_WORDS = new Set(['voor', 'mijn', 'me', 'werk', 'kinderen', 'mezelf', 'een', 'diploma', 'en', 'of', 'ook']);

/** Why a worker wants to learn: for work, family, themselves, a certificate, or their own words. */
export function understandReasons(text: string): ReasonsReading | undefined {
  const reading = readThings(text, PHRASES, WORDS, CHOICE_WORDS);
  if (!reading) return undefined;
  const reasons = REASONS.filter((reason) => reading.found.includes(reason));
  return reading.ownWords ? { reasons, ownWords: reading.ownWords } : { reasons };
}
