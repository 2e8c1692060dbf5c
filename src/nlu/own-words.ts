import { closeEnough, lookup } from './fuzzy';
import { normalize, words } from './normalize';

/**
 * Reads a list of things from a worker's own words: each word is looked up (with a few
 * typing mistakes allowed), whole phrases first. `ownWords` keeps the worker's text when
 * it says more than the button words, so their words go into the file; a misspelled
 * button ("leze en schrijve") is no own words.
 */
export function readThings<T extends string>(
  text: string,
  phrases: [RegExp, T[]][],
  vocabulary: Map<string, T[]>,
  choiceWords: Set<string>,
): { found: T[]; ownWords?: string } | undefined {
  let normal = normalize(text);
  if (!normal) return undefined;
  const found = new Set<T>();
  for (const [pattern, things] of phrases) {
    if (pattern.test(normal)) {
      things.forEach((thing) => found.add(thing));
      normal = normal.replace(pattern, ' ');
    }
  }
  for (const word of words(normal)) {
    const things = word.length <= 3 ? vocabulary.get(word) : lookup(word, vocabulary);
    things?.forEach((thing) => found.add(thing));
  }
  if (found.size === 0) return undefined;
  const bare = words(text).every((word) => choiceWords.has(word) || [...choiceWords].some((choice) => closeEnough(word, choice) !== undefined));
  return bare ? { found: [...found] } : { found: [...found], ownWords: text.trim() };
}

/** A vocabulary from lists of words per meaning; a word may mean more than one thing. */
export function vocabulary<T extends string>(entries: [T[], string[]][]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [things, list] of entries) for (const word of list) map.set(word, things);
  return map;
}
