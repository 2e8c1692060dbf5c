import { distance } from 'fastest-levenshtein';
import { closeEnough, lookup, soundKey } from './fuzzy';
import { normalize, words } from './normalize';

/** Words that start an exclusion: "geen rekenen", "alles behalve praten", "niet de computer". */
const NEGATIONS = new Set(['niet', 'geen', 'behalve', 'zonder', 'uitgezonderd', 'buiten', 'noch']);
/** Words that end one: "schrijven maar niet lezen", "geen lezen, schrijven wel". */
const TURNS = new Set(['maar', 'wel', 'ook', 'dus', 'want', 'alleen']);
/** Words that carry an exclusion on to the next thing: "geen lezen en schrijven". */
const LIST_WORDS = new Set(['en', 'of', 'noch']);
/** Little words between an exclusion and the thing excluded: "niet de computer", "behalve dat praten". */
const FILLERS = new Set(['de', 'het', 'een', 'dat', 'die', 'dit', 'met', 'op', 'aan', 'van', 'zo', 'zoveel', 'meer', 'echt', 'per', 'se', 'persee', 'zozeer', 'mijn', 'en', 'of', 'ik', 'hoef', 'hoeft', 'nodig', 'hoor', 'voor', 'mij', 'me', 'is']);
/** "niet goed lezen", "niet zo goed in rekenen": a need, not an exclusion. */
const NEED = /\b(durf|durft|durven) (ik |het |dat )*(niet|nie)\b|\b(niet|nie) (zo |heel |echt |erg |zo heel )?(goed|best|makkelijk|handig|sterk|lekker|snel)\b|\bgeen (idee|verstand|kaas gegeten)\b|\b(kan|kun|snap|begrijp) (ik )?(het )?(niet|nie)\b/g;

/** "snap de brieven niet", "lukt niet": "niet" says what is hard, not what to leave out. */
const UNDERSTANDING = new Set(['snap', 'snappen', 'begrijp', 'begrijpen', 'kan', 'kun', 'lukt', 'lukken', 'versta', 'verstaan', 'weet', 'goed', 'moeilijk']);
/** "wat kan ik allemaal leren?" asks; it does not choose everything. */
const QUESTION = /\?|^\s*(wat(?! (mij|me|mijn) betreft| er (in|op|aan) )|hoe|welke|waar|wie|wanneer|kan ik|mag ik|kun je|is er|zijn er)\b/i;

export interface ThingsReading<T> {
  /** Every thing named and not excluded, in the order the worker named them. */
  found: T[];
  ownWords?: string;
}

/**
 * Reads a list of things from a worker's own words: each word is looked up (with a few
 * typing mistakes allowed), whole phrases first. "geen", "niet", "behalve" before a thing
 * (or "niet" after it: "lezen niet") leave it out; `all` is what "alles" means ("alles
 * behalve rekenen"). `ownWords` keeps the worker's text when it says more than the button
 * words, so their words go into the file; a misspelled button ("leze en schrijve") is no own words.
 */
export function readThings<T extends string>(
  text: string,
  phrases: [RegExp, T[]][],
  vocabulary: Map<string, T[]>,
  choiceWords: Set<string>,
  all: readonly T[] = [],
  stems: [string, T[]][] = [],
  strictTypos = false,
): ThingsReading<T> | undefined {
  if (!normalize(text)) return undefined;
  const phraseThings: T[][] = [];
  const clauses = text.split(/[,;!?]|\.(?!\d)/).map((clause) => {
    let normal = normalize(clause)
      .replace(/\b(nie|nit)\b/g, 'niet')
      .replace(/\bmr\b/g, 'maar')
      .replace(NEED, ' ');
    phrases.forEach(([pattern, things]) => {
      normal = normal.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), () => ` phrase${phraseThings.push(things) - 1}x `);
    });
    return normal;
  });
  const wanted: { thing: T; at: string }[] = [];
  const takenBack = new Set<string>();
  const excluded = new Set<T>();
  let everything = false;
  for (const [c, clause] of clauses.entries()) {
    const tokens = words(clause);
    const meanings = tokens.map((token) => thingsOf(token, phraseThings, vocabulary, stems, strictTypos));
    const understandingVerb = tokens.some((token) => UNDERSTANDING.has(token));
    let excluding = false;
    let seenSinceNegation = false;
    tokens.forEach((token, i) => {
      const things = meanings[i];
      if (/^(alles|allemaal|alle|overal)$/.test(token) && !things) {
        everything = !QUESTION.test(text);
        return;
      }
      if (NEGATIONS.has(token)) {
        excluding = true;
        seenSinceNegation = false;
        // "lezen niet": a lone "niet" at the end of a clause takes back what came just before.
        if (token === 'niet' && tokens.slice(i + 1).every((next) => FILLERS.has(next) || TURNS.has(next))) {
          excluding = false;
          if (understandingVerb) return;
          for (let j = i - 1; j >= 0 && !TURNS.has(tokens[j]); j--) {
            meanings[j]?.forEach((thing) => excluded.add(thing));
            takenBack.add(`${c}:${j}`);
          }
        }
        return;
      }
      if (TURNS.has(token)) {
        excluding = false;
        return;
      }
      if (things) {
        if (excluding && tokens[i + 1] !== 'wel') things.forEach((thing) => excluded.add(thing));
        else things.forEach((thing) => wanted.push({ thing, at: `${c}:${i}` }));
        seenSinceNegation = true;
        return;
      }
      // "zonder fouten schrijven": an exclusion only reaches over little words, and after
      // the thing it excludes only over "en" and "of": "niet voor werk hoor, voor mezelf".
      if (excluding && !seenSinceNegation && !FILLERS.has(token)) excluding = false;
      if (excluding && seenSinceNegation && !LIST_WORDS.has(token) && !LIST_WORDS.has(tokens[i - 1] ?? '')) excluding = false;
    });
  }
  // What the worker asked for in so many words wins over an exclusion that was misread.
  const named = wanted.filter((entry) => !takenBack.has(entry.at)).map((entry) => entry.thing);
  const found = named.length > 0 ? [...new Set(named)] : everything ? all.filter((thing) => !excluded.has(thing)) : [];
  if (found.length === 0) return undefined;
  const bare = words(text).every((word) => choiceWords.has(word) || [...choiceWords].some((choice) => closeEnough(word, choice) !== undefined));
  return bare ? { found } : { found, ownWords: text.trim() };
}

function thingsOf<T>(token: string, phraseThings: T[][], vocabulary: Map<string, T[]>, stems: [string, T[]][], strict: boolean): T[] | undefined {
  const phrase = /^phrase(\d+)x$/.exec(token);
  if (phrase) return phraseThings[Number(phrase[1])];
  if (NEGATIONS.has(token) || TURNS.has(token) || FILLERS.has(token)) return undefined;
  const word = token.length <= 3 ? vocabulary.get(token) : strict ? nearest(token, vocabulary) : lookup(token, vocabulary);
  // Compounds: "rekenles", "computercursus", "leesvaardigheid".
  return word ?? stems.find(([stem]) => token.length >= stem.length + 3 && token.startsWith(stem))?.[1];
}

/** Below this length two mistakes make another word too often ("mooier" is not "mobiel", "beetje" not "boekje"). */
const SHORT_WORD = 7;

/**
 * Looks a word up with the typo rule of fuzzy.ts, and stricter for short words: two
 * mistakes count there only when the word also sounds one letter from the known word.
 * Undefined when the nearest known words mean different things.
 */
const nearestSeen = new WeakMap<Map<string, unknown>, Map<string, unknown>>();
const MEMO_LIMIT = 5000;

function nearest<T>(token: string, vocabulary: Map<string, T[]>): T[] | undefined {
  const seen = (nearestSeen.get(vocabulary) ?? new Map()) as Map<string, T[] | undefined>;
  nearestSeen.set(vocabulary, seen);
  if (seen.has(token)) return seen.get(token);
  if (seen.size >= MEMO_LIMIT) seen.clear();
  const found = nearestUncached(token, vocabulary);
  seen.set(token, found);
  return found;
}

function nearestUncached<T>(token: string, vocabulary: Map<string, T[]>): T[] | undefined {
  const exact = vocabulary.get(token);
  if (exact) return exact;
  let best: T[][] = [];
  let bestDistance = Infinity;
  for (const [known, meaning] of vocabulary) {
    const d = closeEnough(token, known);
    if (d === undefined || d > bestDistance) continue;
    if (d >= 2 && known.length <= SHORT_WORD && distance(soundKey(token), soundKey(known)) > 1) continue;
    if (d < bestDistance) {
      best = [];
      bestDistance = d;
    }
    if (!best.some((other) => other.join() === meaning.join())) best.push(meaning);
  }
  return best.length === 1 ? best[0] : undefined;
}

/** A vocabulary from lists of words per meaning; a word may mean more than one thing. */
export function vocabulary<T extends string>(entries: [T[], string[]][]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [things, list] of entries) for (const word of list) map.set(word, things);
  return map;
}
