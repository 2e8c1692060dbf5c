import { GOALS, type Goal } from '../domain/types';
import { words } from './normalize';
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

/** The button words and the ways workers spell them. */
const BUTTON_SPELLINGS: Record<Goal, string[]> = {
  reading: ['lezen', 'leze', 'lesen', 'leesen', 'lees'],
  writing: ['schrijven', 'schrijve', 'schrijfen', 'schrijf', 'schryven'],
  numeracy: ['rekenen', 'rekene', 'reken'],
  digital: ['computer', 'compjoeter', 'kompjoeter', 'computur', 'computeren', 'telefoon'],
  speaking: ['nederlands', 'praten', 'prate'],
};

const WORDS = vocabulary<Goal>([
  [['reading'], [...BUTTON_SPELLINGS.reading, 'boek', 'boeken', 'krant', 'kranten', 'teksten', 'tekst', 'voorlezen']],
  [['writing'], [...BUTTON_SPELLINGS.writing, 'spelling', 'spellen', 'dictee', 'invullen', 'typen']],
  [['numeracy'], [...BUTTON_SPELLINGS.numeracy, 'getallen', 'geld', 'sommen', 'tafels', 'cijfers', 'boodschappen', 'breuken', 'procenten', 'wiskunde', 'budget', 'rekensommen']],
  [['digital'], [
    ...BUTTON_SPELLINGS.digital, 'pc', 'laptop', 'telefoontje', 'mobiel', 'mobieltje', 'smartphone', 'internet', 'mailen', 'email', 'mail',
    'appen', 'whatsapp', 'whatsappen', 'app', 'apps', 'digid', 'online', 'tablet', 'ipad', 'digitaal', 'website', 'websites', 'sms', 'smsen',
    'bankieren', 'internetbankieren',
  ]],
  [['speaking'], [...BUTTON_SPELLINGS.speaking, 'spreken', 'gesprek', 'gesprekken', 'uitspraak', 'praat', 'kletsen']],
  [['reading', 'writing'], ['taal', 'taalles', 'brieven']],
]);

/** The words on the buttons: an answer of only these (or their misspellings) keeps no own words. */
const CHOICE_WORDS = new Set([...Object.values(BUTTON_SPELLINGS).flat(), 'en', 'of', 'ook', 'taal', 'beide', 'allebei']);

/** What a worker wants to learn, from buttons or their own words ("mijn loonstrook snappen"). */
export function understandGoals(text: string): GoalsReading | undefined {
  const reading = readThings(text, PHRASES, WORDS, CHOICE_WORDS);
  if (!reading) return undefined;
  const goals = GOALS.filter((goal) => reading.found.includes(goal));
  return reading.ownWords ? { goals, ownWords: reading.ownWords } : { goals };
}

/** Only button words, spelled as listed: "lezen en schrijven" answers a question, "Lies" is a name. */
export function isGoalButtons(text: string): boolean {
  const list = words(text);
  return list.length > 0 && list.every((word) => CHOICE_WORDS.has(word));
}
