import { distance } from 'fastest-levenshtein';
import { COMMON_WORDS } from './common-words';

/**
 * How many typing mistakes a word of this length may have and still count.
 * Words of three letters or fewer must be exact, so "nee" can never become "ja" and
 * "di" never "do"; their misspellings go into the word lists by hand ("jaa", "neej").
 */
export function allowedMistakes(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/** Letters people swap at the start of a word when they write how it sounds: "kompjoeter", "fijf". */
const SOUND_ALIKE: Record<string, string> = { c: 'k', f: 'v', w: 'v', z: 's', y: 'i' };
const soundOf = (letter: string) => SOUND_ALIKE[letter] ?? letter;

/**
 * Whether `word` may be read as `known`: exactly, or with at most the allowed mistakes
 * for the shorter of the two, starting with the same (or a sound-alike) letter, and
 * never when `word` is itself an ordinary Dutch word.
 */
export function closeEnough(word: string, known: string): number | undefined {
  if (word === known) return 0;
  if (COMMON_WORDS.has(word) || soundOf(word[0]) !== soundOf(known[0])) return undefined;
  const limit = Math.min(allowedMistakes(word.length), allowedMistakes(known.length));
  if (limit === 0) return undefined;
  const d = distance(word, known);
  return d <= limit ? d : undefined;
}

/** Looks a word up, exactly or with a few mistakes; undefined when the nearest known words disagree. */
export function lookup<T>(word: string, dictionary: ReadonlyMap<string, T>): T | undefined {
  const exact = dictionary.get(word);
  if (exact !== undefined) return exact;
  let best: T[] = [];
  let bestDistance = Infinity;
  for (const [known, meaning] of dictionary) {
    const d = closeEnough(word, known);
    if (d === undefined || d > bestDistance) continue;
    if (d < bestDistance) {
      best = [];
      bestDistance = d;
    }
    if (!best.includes(meaning)) best.push(meaning);
  }
  return best.length === 1 ? best[0] : undefined;
}

/** A dictionary from lists of spellings per meaning. */
export function dictionary<T extends string>(spellings: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [meaning, list] of Object.entries(spellings) as [T, string[]][]) for (const word of list) map.set(word, meaning);
  return map;
}

/** A dictionary where a word may mean more than one thing ("taal" is reading and writing). */
export function multiDictionary<T extends string>(entries: [T[], string[]][]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [meanings, list] of entries) for (const word of list) map.set(word, meanings);
  return map;
}
