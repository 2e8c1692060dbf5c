import { distance } from 'fastest-levenshtein';
import { allowedMistakes } from './fuzzy';
import { normalize, words } from './normalize';

/** Things a worker can ask for at any moment, besides the commands of every question. */
export type MenuRequest = 'my-lesson' | 'my-data' | 'delete-my-data';

const PHRASES: [MenuRequest, string[]][] = [
  ['my-lesson', ['mijn les', 'mijn lessen', 'mijn plek', 'mijn afspraak', 'wanneer is mijn les', 'waar is mijn les', 'les zien', 'mijn groep', 'les verzetten', 'les afmelden', 'afmelden voor de les', 'mijn les afmelden', 'mijn les verzetten']],
  ['my-data', ['mijn gegevens', 'mijn data', 'wat weet je van mij', 'wat bewaar je van mij', 'wat heb je van mij', 'gegevens zien', 'mijn gegevens zien']],
  ['delete-my-data', ['verwijder mijn gegevens', 'mijn gegevens verwijderen', 'gegevens verwijderen', 'wis mijn gegevens', 'mijn gegevens wissen', 'gooi mijn gegevens weg', 'vergeet mij', 'verwijder alles']],
];

const FILLERS = new Set(['ik', 'wil', 'graag', 'even', 'alsjeblieft', 'aub', 'kan', 'je', 'de', 'toon', 'laat', 'zien', 'me', 'mij', 'hoe', 'zit', 'het', 'met']);

/** "mijn les", "mijn gegevens", "verwijder mijn gegevens", with small typing mistakes. */
export function understandMenu(text: string): MenuRequest | undefined {
  const normal = normalize(text);
  if (!normal || normal.length > 60) return undefined;
  // "Ja, afmelden" answers a yes/no question (the confirm buttons); it asks for no menu.
  if (/^(ja|jawel|nee|neen|oke|ok|yes|no)\b/.test(normal)) return undefined;
  for (const [request, phrases] of PHRASES) if (phrases.includes(normal)) return request;
  const core = words(normal).filter((word) => !FILLERS.has(word)).join(' ');
  let best: { request: MenuRequest; d: number } | undefined;
  for (const [request, phrases] of PHRASES) {
    for (const phrase of phrases) {
      const phraseCore = phrase.split(' ').filter((word) => !FILLERS.has(word)).join(' ');
      // A single word ("les") is too little to go on: it may answer the question.
      const d = Math.min(distance(normal, phrase), phraseCore.includes(' ') ? distance(core, phraseCore) : Infinity);
      if (d <= allowedMistakes(phrase.length) && (!best || d < best.d)) best = { request, d };
    }
  }
  return best?.request;
}
