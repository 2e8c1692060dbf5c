import type { LessonFormat } from '../domain/types';
import { dictionary, lookup } from './fuzzy';
import { normalize, words } from './normalize';

/** Phrases first: "niet in een groep" must not be read as "groep". */
const PHRASES: [RegExp, LessonFormat | 'any'][] = [
  [/\b(niet|geen) (in )?(een |de )?groep\b/, 'one-on-one'],
  [/\bniet alleen\b/, 'group'],
  [/\bmaakt (me |mij )?(niet|niks|niets) uit\b|\bgeen voorkeur\b|\ballebei\b|\bbeide\b|\bom het even\b/, 'any'],
  [/\b(1|een) ?(op|-op-|-) ?(1|een)\b|\bmet (een|1) vrijwilliger\b|\balleen met\b/, 'one-on-one'],
  [/\bmet anderen\b|\bin een groep\b|\bmet een groep\b/, 'group'],
];

const WORDS = dictionary<LessonFormat>({
  group: ['groep', 'groepje', 'groepsles', 'samen', 'klas', 'groepen', 'group', 'groupe'],
  'one-on-one': ['alleen', 'vrijwilliger', 'prive', 'individueel', 'persoonlijk', 'apart', '1op1', 'eenopeen'],
});

/** In a group, 1-on-1 with a volunteer, or either. */
export function understandFormat(text: string): LessonFormat | 'any' | undefined {
  const normal = normalize(text);
  for (const [pattern, format] of PHRASES) if (pattern.test(normal)) return format;
  const found = new Set(words(normal).map((word) => (word.length <= 3 ? WORDS.get(word) : lookup(word, WORDS))).filter(Boolean));
  return found.size === 1 ? [...found][0] : found.size > 1 ? 'any' : undefined;
}
