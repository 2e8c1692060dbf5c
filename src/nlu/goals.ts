import { GOALS, type Goal } from '../domain/types';
import { readThings, vocabulary } from './own-words';

export interface GoalsReading {
  goals: Goal[];
  ownWords?: string;
}

const PHRASES: [RegExp, Goal[]][] = [
  [/\bloonstro+k(je|en)?\b|\bsalaris ?strook\b|\bloonbrief\b/, ['reading', 'numeracy']],
  [/\bformulier(en)? invullen\b|\bformulier(en)?\b/, ['reading', 'writing']],
  [/\bbeter praten\b|\bpraten op (mijn|het) werk\b/, ['speaking']],
  [/\bnederlands praten\b|\bnederlands spreken\b/, ['speaking']],
  [/\bcomputer en telefoon\b/, ['digital']],
  [/\b(met|via) (de )?(computer|telefoon|mobiel)\b/, ['digital']],
  [/\bbrie(f|ven) schrijven\b/, ['writing']],
  [/\bbrie(f|ven)( lezen)?\b|\bpost lezen\b/, ['reading']],
];

const WORDS = vocabulary<Goal>([
  [['reading'], ['lezen', 'leze', 'lesen', 'leesen', 'lees', 'boek', 'boeken', 'krant', 'kranten', 'teksten', 'tekst', 'voorlezen']],
  [['writing'], ['schrijven', 'schrijve', 'schrijfen', 'schrijf', 'schryven', 'spelling', 'spellen', 'dictee', 'invullen', 'typen']],
  [['numeracy'], ['rekenen', 'rekene', 'reken', 'rekenen', 'getallen', 'geld', 'sommen', 'tafels', 'cijfers', 'boodschappen', 'breuken', 'procenten', 'wiskunde', 'budget', 'rekensommen']],
  [['digital'], ['computer', 'compjoeter', 'kompjoeter', 'computur', 'pc', 'laptop', 'telefoon', 'telefoontje', 'mobiel', 'mobieltje', 'smartphone', 'internet', 'mailen', 'email', 'mail', 'e-mail', 'appen', 'whatsapp', 'whatsappen', 'app', 'apps', 'digid', 'online', 'tablet', 'ipad', 'digitaal', 'website', 'websites', 'computeren']],
  [['speaking'], ['praten', 'prate', 'spreken', 'gesprek', 'gesprekken', 'uitspraak', 'nederlands', 'praat', 'kletsen']],
  [['reading', 'writing'], ['taal', 'taalles', 'brieven']],
]);

const CHOICE_WORDS = new Set(['lezen', 'schrijven', 'rekenen', 'computer', 'en', 'telefoon', 'nederlands', 'praten', 'of', 'ook', 'taal', 'beide', ',']);

/** What a worker wants to learn, from buttons or their own words ("mijn loonstrook snappen"). */
export function understandGoals(text: string): GoalsReading | undefined {
  const reading = readThings(text, PHRASES, WORDS, CHOICE_WORDS);
  if (!reading) return undefined;
  const goals = GOALS.filter((goal) => reading.found.includes(goal));
  return reading.ownWords ? { goals, ownWords: reading.ownWords } : { goals };
}
