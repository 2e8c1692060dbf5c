import { GOALS, type Goal } from '../domain/types';
import { words } from './normalize';
import { readThings, vocabulary } from './own-words';
import { plainDialect } from './spoken';

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
  [/\b(boodscha[a-z]* )?(bestellen|bestelle|kopen|betalen|regelen|aanvragen|zoeken) (op|via|met) (het |de |een |mijn )?(internet|computer|telefoon|app|laptop)\b|\b(online|internet) (bestellen|bestelle|kopen|betalen)\b/, ['digital']],
  [/\b(durven|durf|durft) (te )?(zeggen|praten|spreken|vragen|bellen)\b|\b(iets|wat) (durven )?zeggen\b|\bwerkoverleg\b/, ['speaking']],
  [/\b(reken|rekene|rekenen) ?(huiswerk|sommen|opdrachten)\b/, ['numeracy']],
  [/\b(typen|typ|tikken) (op|met|aan) (de |een |mijn )?(computer|laptop|pc|toetsenbord|tablet|telefoon)\b/, ['digital']],
  [/\b(met|via) (de )?(computer|telefoon|mobiel)\b/, ['digital']],
  [/\bbrie(f|fje|fjes|ve|ven|fe) (schrijven|schrijve|sturen|maken|opstellen)\b/, ['writing']],
  [/\bvideo ?bellen\b|\bbeeldbellen\b|\bbellen met (beeld|video)\b|\bfacetimen?\b/, ['digital']],
  [/\b(de )?klok (lezen|leze|kijken|kijke)\b|\bklokkijken\b/, ['numeracy']],
  [/\b(e?mail|mailtje|mailtjes|mails|emails|sms|smsjes|appjes|berichtjes) (schrijven|schrijve|sturen|versturen|maken|lezen|leze)\b/, ['digital']],
];

/** "lezen kan ik al", "computer gaat wel": what the worker can do already. */
const CAN_ALREADY = /\bik (kan|ken|kun) alles al\b|\b(kan|ken|kun|snap|beheers) ik (al|wel|prima|goed|best)( al| wel| hoor| prima| goed)*\s*[.!]?$|\bgaat (al )?(wel|prima|goed)( hoor)?\s*[.!]?$|\blukt (al )?(wel|prima|goed)( hoor)?\s*[.!]?$/i;
/** "schrijven nog niet (zo goed)": the "niet" says what is hard, it excludes nothing. */
const NOT_YET = /\s+(nog )?(niet|nie)( zo| zo goed| goed| helemaal| echt)?\s*[.!]?\s*$/i;
/** "de rest wil ik leren": everything but what the worker can already do. */
const THE_REST = /\b(de rest|de andere|al het andere|alle andere|de overige|verder alles)\b/i;

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
    'nieuwsbrief', 'etiketten', 'etiket', 'etiketjes', 'labels', 'werkbriefjes',
  ]],
  [['writing'], [
    ...BUTTON_SPELLINGS.writing, 'schrjvn', 'schrijfwerk', 'spelling', 'spellen', 'dictee', 'typen', 'opschrijven', 'handschrift', 'zinnen', 'grammatica',
    'werkwoorden', 'werkwoordspelling', 'dt', 'taalfouten', 'spelfouten', 'fouten', 'terugschrijven', 'terugschrijve', 'notities', 'aantekeningen', 'verslag', 'verslagen', 'sollicitatiebrief', 'cv', 'kaartje', 'kaartjes',
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
  [['reading', 'writing'], ['taal', 'taalles', 'formulier', 'formulieren', 'formuliertje', 'formuliertjes', 'invullen', 'invulle', 'werkbon', 'werkbonnen']],
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
  const reading = readGoals(text);
  if (!reading) return undefined;
  const goals = GOALS.filter((goal) => reading.found.includes(goal));
  return reading.ownWords ? { goals, ownWords: reading.ownWords } : { goals };
}

/** The goals in the order the worker named them ("rekenen en lezen"), for tables that keep that order. */
export function goalsInOrder(text: string): Goal[] | undefined {
  return readGoals(text)?.found;
}

/**
 * "lezen kan ik wel, schrijven niet", "rekenen kan ik al, lezen nog niet zo", "computer en
 * telefoon kan ik al, de rest wil ik leren": what the worker can do already is left out, and
 * the "niet" of the other part says what is hard. "ik kan alles al" is no goal.
 */
function readGoals(typed: string) {
  // "geen computer, de rest wel": the rest is everything not left out.
  const text = plainDialect(typed).replace(/\bde rest\b(?! wil)/gi, 'alles');
  const read = (part: string) => readThings(part, PHRASES, WORDS, CHOICE_WORDS, GOALS, STEMS, true);
  const parts = text.split(/[,;]|\.(?!\d)|\bmaar\b/i).map((part) => part.trim()).filter(Boolean);
  const can = parts.filter((part) => CAN_ALREADY.test(part));
  if (can.length === 0) {
    const found = read(text);
    return found?.ownWords ? { ...found, ownWords: typed.trim() } : found;
  }
  const canDo = new Set(can.flatMap((part) => read(part.replace(CAN_ALREADY, ' '))?.found ?? []));
  const rest = parts.filter((part) => !CAN_ALREADY.test(part));
  const wanted = rest.some((part) => THE_REST.test(part))
    ? GOALS.filter((goal) => !canDo.has(goal))
    : rest.flatMap((part) => read(part.replace(NOT_YET, ''))?.found ?? []).filter((goal) => !canDo.has(goal));
  return wanted.length > 0 ? { found: [...new Set(wanted)], ownWords: typed.trim() } : undefined;
}

/** Only button words, spelled as listed: "lezen en schrijven" answers a question, "Lies" is a name. */
export function isGoalButtons(text: string): boolean {
  const list = words(text);
  return list.length > 0 && list.every((word) => CHOICE_WORDS.has(word));
}
