import { dictionary, lookup } from './fuzzy';
import { words } from './normalize';
import { spoken } from './spoken';

export type YesNo = 'yes' | 'no' | 'unsure';

const UNSURE: RegExp[] = [
  /\bk?weet( \p{L}+){0,3} niet\b/u,
  /\bweetniet\b/,
  /\bniet zeker\b/,
  /\bgeen (flauw )?idee\b/,
  /\b(ik )?twijfel\b/,
  /\bkan zijn\b/,
  /^(hmm|mwah|tja|pff)$/,
  /\bzou (best )?kunnen\b|\bhangt (er )?(van )?af\b|\bhangt er ?vanaf\b|\bhangt ervan af\b|\bweet ik veel\b/,
];

/** Answers that look negative but say yes. */
const YES_DESPITE_NEGATION = [/\bwaarom niet\b/, /\bgeen (probleem|probleemm|bezwaar|moeite|moeitte)\b/, /\bniet erg\b/, /^(ja|oke|prima|goed)\b.*\bmaakt (me |mij )?(niet|niets) uit\b/];

const WORDS = dictionary({
  yes: [
    'ja', 'jaa', 'jah', 'jaja', 'jawel', 'jazeker', 'jahoor', 'zeker', 'klopt', 'prima', 'goed', 'goedzo', 'oke', 'ok', 'okay',
    'okey', 'okee', 'oki', 'okido', 'k', 'yes', 'yess', 'yep', 'jep', 'jup', 'y', 'j', 'top', 'akkoord', 'correct', 'juist',
    'precies', 'graag', 'natuurlijk', 'jae', 'duimpje', 'duim', 'okidoki', 'okiedokie', 'okidokie', 'sowieso', 'boeie', 'vooruit', 'zeker', 'tuurlijk', 'uiteraard', 'inderdaad', 'sure', 'wel', 'goedso', 'super', 'perfect',
  ],
  no: ['nee', 'neen', 'neej', 'neh', 'ne', 'nope', 'no', 'nah', 'neuh', 'n', 'niet', 'nie', 'nooit', 'geen', 'nein', 'welnee', 'welneen'],
  unsure: ['misschien', 'mischien', 'twijfel', 'twijfels'],
});

/** Words that may stand around a yes without changing it: "ja, dat is goed hoor". */
const NEUTRAL = new Set(['mwah', 'tja', 'hmm', 'pff', 'da', 's', 'das', 'joh', 'jong', 'hear', 'wel', 'dus', 'eh', 'uh', 'dat', 'is', 'het', 'hoor', 'zo', 'maar', 'helemaal', 'dan', 'ik', 'doe', 'mag', 'heel', 'alles', 'dit', 'ook', 'denk', 'gewoon', 'dank', 'je', 'u', 'bedankt', 'liever', 'vind', 'vindt', 'mij', 'me', 'best', 'allemaal', 'nou', 'toch', 'even']);


/** "jaaa", "jaja", "neeee" → "ja", "nee"; repeats of three and more are already cut to two. */
function canonical(word: string): string {
  if (/^(ja)+h?$|^j+a+$/.test(word)) return 'ja';
  if (/^n+e+[ejhn]?$/.test(word)) return 'nee';
  return word;
}

/**
 * Yes, no, or not sure, in the ways people say it: "ja hoor", "klopt", "prima", 👍,
 * "nee hoor", "liever niet", "weet ik niet". A "niet" or "nee" anywhere makes it a no
 * ("klopt niet", "niet goed"); a yes must lead or stand among small words only, so
 * "ik wil graag lezen" is no answer at all.
 */
export function understandYesNo(text: string): YesNo | undefined {
  const normal = spoken(text);
  if (!normal) return undefined;
  if (UNSURE.some((pattern) => pattern.test(normal))) return 'unsure';
  if (YES_DESPITE_NEGATION.some((pattern) => pattern.test(normal))) return 'yes';
  // "nee hoor, het klopt helemaal": the "nee" only waves the doubt away.
  if (/^nee (hoor|joh)( het| dat| alles)? klopt( helemaal| wel| allemaal| precies)?$/.test(normal)) return 'yes';
  // "bijna, de dag is fout": something is wrong.
  if (/^bijna\b|\b(is|was) (fout|verkeerd)\b|\bniet helemaal\b/.test(normal)) return 'no';
  // "ja zeker, ik vind dat wel fijn, ...": a clear first part decides a long answer.
  const first = text.split(/[,.!;]/)[0];
  if (first !== text && words(spoken(first)).length <= 3 && !/\b(niet|nee|geen|maar|fout|verkeerd|anders|behalve|alleen|na)\b/.test(spoken(text).slice(spoken(first).length))) {
    const decided = understandYesNo(first);
    if (decided) return decided;
  }
  if (/\bdoe maar\b|\bis goed\b|\b(da s|das|dat s|het is|is) (goed|prima|oke|best)\b|\bvooruit( maar| dan)?\b|\bin orde\b/.test(normal) && !/\bniet\b/.test(normal)) return 'yes';


  let tokens = words(normal).map(canonical);
  if (tokens.length > 10) return undefined;
  // "ja nee" alone says both.
  if (tokens.length === 2 && new Set(tokens).size === 2 && tokens.every((word) => word === 'ja' || word === 'nee')) return undefined;
  // "ja nee tuurlijk": a spoken "ja nee" before a yes is a filler.
  if (tokens[0] === 'ja' && tokens[1] === 'nee' && tokens.length > 2) tokens = tokens.slice(2);
  const meanings = tokens.map((word) => lookup(word, WORDS));
  // "ja, maar niet te vaak": a yes with a wish after it.
  const but = tokens.indexOf('maar');
  if (meanings[0] === 'yes' && but > 0 && tokens.slice(0, but).every((word, i) => meanings[i] === 'yes' || NEUTRAL.has(word)) && !tokens.slice(but).includes('nee')) return 'yes';
  if (meanings.includes('unsure')) return 'unsure';
  if (meanings.includes('no')) return 'no';
  if (!meanings.includes('yes')) return undefined;
  if (meanings[0] === 'yes') return 'yes';
  return tokens.every((word, i) => meanings[i] === 'yes' || NEUTRAL.has(word)) ? 'yes' : undefined;
}
