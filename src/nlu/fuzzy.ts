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

/**
 * A word as it sounds, for people who write what they hear: "ch" and "g" sound alike
 * ("dinsdach", "oggend"), so do "c"/"k", "f"/"v"/"w", "s"/"z", "ij"/"ei"/"y", "ou"/"au",
 * "dt"/"d"/"t" at the end, and doubled letters ("lezzen").
 */
export function soundKey(word: string): string {
  return word
    .replace(/ch/g, 'g')
    .replace(/ij|y/g, 'ei')
    .replace(/au/g, 'ou')
    .replace(/ph/g, 'f')
    .replace(/c/g, 'k')
    .replace(/v/g, 'f')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/(dt|d)$/, 't')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Whether `word` may be read as `known`: exactly, or with at most the allowed mistakes
 * for the shorter of the two, starting with the same sound, and never when `word` is
 * itself an ordinary Dutch word. Sound keys are shorter and alike more often ("middag"
 * and "maandag"), so a match on sound allows one mistake less than a match on letters.
 */
export function closeEnough(word: string, known: string): number | undefined {
  if (word === known) return 0;
  if (COMMON_WORDS.has(word)) return undefined;
  const [wordSound, knownSound] = [soundKey(word), soundKey(known)];
  if (wordSound[0] !== knownSound[0]) return undefined;
  const limit = Math.min(allowedMistakes(word.length), allowedMistakes(known.length));
  if (limit === 0) return undefined;
  const d = distance(word, known);
  if (d <= limit) return d;
  return distance(wordSound, knownSound) <= limit - 1 ? limit : undefined;
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
