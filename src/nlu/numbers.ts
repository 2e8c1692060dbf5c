import { lookup } from './fuzzy';
import { normalize, words } from './normalize';

const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

const NUMBER_WORDS = new Map<string, number>();
UNITS.forEach((word, i) => NUMBER_WORDS.set(word, i));
TEENS.forEach((word, i) => NUMBER_WORDS.set(word, 10 + i));
TENS.forEach((word, i) => word && NUMBER_WORDS.set(word, i * 10));
for (let tens = 2; tens < 10; tens++) {
  for (let unit = 1; unit < 10; unit++) {
    // "tweeëntwintig" is spelled with a diaeresis after an e; keys go through normalize like the input does.
    const joiner = UNITS[unit].endsWith('e') ? 'ën' : 'en';
    NUMBER_WORDS.set(normalize(`${UNITS[unit]}${joiner}${TENS[tens]}`), tens * 10 + unit);
  }
}
NUMBER_WORDS.set('honderd', 100);
NUMBER_WORDS.set('eentje', 1);
NUMBER_WORDS.set('twe', 2);
NUMBER_WORDS.set('dri', 3);
NUMBER_WORDS.set('drei', 3);

const ORDINALS = new Map<string, number>([
  ['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['vijfde', 5], ['zesde', 6], ['zevende', 7], ['achtste', 8],
  ['negende', 9], ['tiende', 10], ['elfde', 11], ['twaalfde', 12], ['twintigste', 20], ['dertigste', 30],
]);

/** "een paar" is read as 2: the smallest number that is more than one. */
const A_FEW = 2;

/** "3", "3x", "3e", "tweemaal", "drie": the number one word names. */
function numberIn(token: string, fuzzy: boolean): number | undefined {
  const digits = /^(\d{1,6})(x|e|ste|de|maal)?$/.exec(token);
  if (digits) return Number(digits[1]);
  const word = token.replace(/(maal|keer)$/, '') || token;
  const exact = NUMBER_WORDS.get(word) ?? ORDINALS.get(word);
  if (exact !== undefined) return exact;
  return fuzzy && word.length > 3 ? lookup(word, NUMBER_WORDS) : undefined;
}

/** After "een", these make it a count ("een keer"), not the article ("een vraag"). */
const COUNTED = new Set(['keer', 'keertje', 'maal', 'x', 'per', 'week', 'dag', 'uur']);

/**
 * A number from digits or words: "drie", "3", "twee keer", "3x", "een paar",
 * "eenentwintig", "twee en twintig". "een" is also the Dutch article, so it counts
 * only alone or before "keer" ("een keer"), and never when another number is there:
 * "een stuk of drie" is 3, "ik heb een vraag" is no number.
 */
export function understandNumber(text: string): number | undefined {
  const tokens = words(text);
  const joined = tokens.join(' ');
  if (/\b(een )?paar\b/.test(joined)) return A_FEW;
  const split = /\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen) en (twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b/.exec(joined);
  if (split) return UNITS.indexOf(split[1]) + TENS.indexOf(split[2]) * 10;

  let one: number | undefined;
  tokens.forEach((token, i) => {
    if ((token === 'een' && (tokens.length === 1 || COUNTED.has(tokens[i + 1]))) || token === 'eentje') one = 1;
  });
  for (const token of tokens) {
    if (token === 'een' || token === 'eentje') continue;
    const number = numberIn(token, true);
    if (number !== undefined) return number;
  }
  return one ?? (tokens.some((token) => /^(keertje|eenmaal|eens)$/.test(token)) ? 1 : undefined);
}

/** Only exact digits, number words and ordinals, for places where other words mean something else. */
export function numberWord(token: string): number | undefined {
  return numberIn(token, false);
}
