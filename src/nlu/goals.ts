import { GOALS, type Goal } from '../domain/types';
import { words } from './normalize';
import { readThings, vocabulary } from './own-words';

export interface GoalsReading {
  goals: Goal[];
  ownWords?: string;
}

const PHRASES: [RegExp, Goal[]][] = [
  [/\b(zonder|minder|geen) (spel|taal|schrijf)?fouten\b/, ['writing']],
  [/\bloonstro+k(je|jes|en)?\b|\bsalaris ?stro+k(je)?\b|\bloonbrief(je)?\b/, ['reading', 'numeracy']],
  [/\bformulier(en|es|e|tje|tjes)? (op de computer|online|digitaal)\b|\b(online|digitale) formulier(en|es|e)?\b/, ['reading', 'writing', 'digital']],
  [/\bbeter praten\b|\bpraten op (mijn|het) werk\b/, ['speaking']],
  [/\bnederlands(e taal)? (praten|prate|spreken|spreke)\b/, ['speaking']],
  [/\bcomputer en telefoon\b/, ['digital']],
  [/\b(met|via) (de )?(computer|telefoon|mobiel)\b/, ['digital']],
  [/\bbrie(f|fje|fjes|ve|ven|fe) (schrijven|schrijve|sturen|maken|opstellen)\b/, ['writing']],
  [/\bvideo ?bellen\b|\bbeeldbellen\b|\bfacetimen?\b/, ['digital']],
  [/\b(de )?klok (lezen|leze|kijken|kijke)\b|\bklokkijken\b/, ['numeracy']],
  [/\b(e?mail|mailtje|mailtjes|mails|emails|sms|smsjes|appjes|berichtjes) (schrijven|schrijve|sturen|versturen|maken|lezen|leze)\b/, ['digital']],
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
  [['reading'], [
    ...BUTTON_SPELLINGS.reading, 'lzn', 'lzen', 'leeswerk', 'boek', 'boeken', 'krant', 'kranten', 'teksten', 'tekst', 'voorlezen', 'brief', 'brieven', 'briefje', 'post',
    'ondertiteling', 'ondertitels', 'ondertitel', 'bijsluiter', 'bijsluiters', 'handleiding', 'instructies', 'werkinstructies', 'folder', 'folders',
    'bordjes', 'menukaart', 'boekjes', 'recepten', 'recept', 'verhalen', 'verhaaltjes', 'teletekst', 'nieuws', 'tijdschrift', 'tijdschriften', 'strips', 'leesbril',
  ]],
  [['writing'], [
    ...BUTTON_SPELLINGS.writing, 'schrjvn', 'schrijfwerk', 'spelling', 'spellen', 'dictee', 'invullen', 'typen', 'opschrijven', 'handschrift', 'zinnen', 'grammatica',
    'werkwoorden', 'werkwoordspelling', 'dt', 'taalfouten', 'fouten', 'notities', 'aantekeningen', 'verslag', 'verslagen', 'sollicitatiebrief', 'cv', 'kaartje', 'kaartjes',
  ]],
  [['numeracy'], [
    ...BUTTON_SPELLINGS.numeracy, 'getallen', 'geld', 'sommen', 'tafels', 'cijfers', 'boodschappen', 'breuken', 'procenten', 'wiskunde', 'budget',
    'rekensommen', 'klokkijken', 'klok', 'wisselgeld', 'kassa', 'rekenmachine', 'geldzaken', 'financien', 'korting', 'prijzen', 'vermenigvuldigen',
    'optellen', 'aftrekken', 'staartdelingen', 'keersommen', 'meten', 'rekeningen', 'huishoudboekje', 'budgetteren', 'getal', 'som',
    'betalen', 'uitrekenen', 'omrekenen', 'bonnetjes', 'kassabon', 'rekn', 'rknen', 'hoofdrekenen', 'rekenwerk',
  ]],
  [['digital'], [
    ...BUTTON_SPELLINGS.digital, 'pc', 'laptop', 'telefoontje', 'mobiel', 'mobieltje', 'smartphone', 'internet', 'mailen', 'email', 'mail', 'mailtje',
    'mailtjes', 'appen', 'whatsapp', 'whatsappen', 'app', 'apps', 'appje', 'digid', 'online', 'tablet', 'ipad', 'digitaal', 'website', 'websites', 'sms',
    'smsen', 'bankieren', 'internetbankieren', 'excel', 'word', 'powerpoint', 'outlook', 'google', 'zoom', 'facebook', 'instagram', 'tiktok', 'youtube',
    'ict', 'insta', 'berichtjes', 'toetsenbord', 'inloggen', 'wachtwoord', 'gsm', 'mijnoverheid', 'webshop', 'computers', 'telefoons',
  ]],
  [['speaking'], [
    ...BUTTON_SPELLINGS.speaking, 'spreken', 'gesprek', 'gesprekken', 'uitspraak', 'praat', 'kletsen', 'presenteren', 'presentatie', 'spraak',
    'spreekvaardigheid', 'telefoneren', 'vertellen', 'babbelen', 'bellen', 'verstaan', 'kallen', 'kalle',
  ]],
  [['reading', 'writing'], ['taal', 'taalles', 'formulier', 'formulieren', 'formuliertje', 'formuliertjes']],
]);

/** The first part of a compound: "rekenles", "computercursus", "leesvaardigheid". */
const STEMS: [string, Goal[]][] = [
  ['computer', ['digital']], ['reken', ['numeracy']], ['lees', ['reading']], ['schrijf', ['writing']], ['spreek', ['speaking']],
  ['spraak', ['speaking']], ['digi', ['digital']], ['internet', ['digital']], ['telefoon', ['digital']],
];

/** The words on the buttons: an answer of only these (or their misspellings) keeps no own words. */
const CHOICE_WORDS = new Set([...Object.values(BUTTON_SPELLINGS).flat(), 'en', 'of', 'ook', 'taal', 'beide', 'allebei']);

/**
 * What a worker wants to learn, from buttons or their own words ("mijn loonstrook snappen"),
 * in the order of the buttons. "geen rekenen" and "alles behalve rekenen" leave rekenen out.
 */
export function understandGoals(text: string): GoalsReading | undefined {
  const reading = readThings(text, PHRASES, WORDS, CHOICE_WORDS, GOALS, STEMS, true);
  if (!reading) return undefined;
  const goals = GOALS.filter((goal) => reading.found.includes(goal));
  return reading.ownWords ? { goals, ownWords: reading.ownWords } : { goals };
}

/** The goals in the order the worker named them ("rekenen en lezen"), for tables that keep that order. */
export function goalsInOrder(text: string): Goal[] | undefined {
  return readThings(text, PHRASES, WORDS, CHOICE_WORDS, GOALS, STEMS, true)?.found;
}

/** Only button words, spelled as listed: "lezen en schrijven" answers a question, "Lies" is a name. */
export function isGoalButtons(text: string): boolean {
  const list = words(text);
  return list.length > 0 && list.every((word) => CHOICE_WORDS.has(word));
}
