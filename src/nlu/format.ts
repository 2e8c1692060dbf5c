import type { LessonFormat } from '../domain/types';
import { dictionary, lookup } from './fuzzy';
import { words } from './normalize';
import { spoken } from './spoken';

/** Phrases first: "niet in een groep" must not be read as "groep". */
const PHRASES: [RegExp, LessonFormat | 'any'][] = [
  [/\b(niet|geen) (met )?(in )?(een |de )?(hele |grote )?groep(je|en)?\b/, 'one-on-one'],
  [/\bniet alleen\b|\bniet (met )?(1|een|één) op (1|een|één)\b|\bniet (met )?(een |1 )?vrijwilliger\b|\bniet prive\b/, 'group'],
  [/\bniet alleen\b/, 'group'],
  [/\bmaakt (me |mij )?(niet|niks|niets) uit\b|\bgeen voorkeur\b|\ballebei\b|\bbeide\b|\bom het even\b/, 'any'],
  [/\b(1|een) ?(op|-op-|-) ?(1|een)\b|\bmet (een|1) vrijwilliger\b|\balleen met\b/, 'one-on-one'],
  [/\bmet (andere|anderen|meer mensen|meerdere|collega s|collegas)\b|\bin een groep\b|\bmet een groep\b|\bgezellig(er)?\b|\bsamen\b/, 'group'],
  [/\balleen met (1|een|één) (persoon|vrijwilliger|iemand|docent|juf|meester)\b|\bmet (1|een|één) (persoon|docent)\b/, 'one-on-one'],
];

const WORDS = dictionary<LessonFormat>({
  group: ['groep', 'groepje', 'groepsles', 'samen', 'klas', 'groepen', 'group', 'groupe'],
  'one-on-one': ['alleen', 'vrijwilliger', 'prive', 'individueel', 'persoonlijk', 'apart', '1op1', 'eenopeen'],
});

/** In a group, 1-on-1 with a volunteer, or either. */
export function understandFormat(text: string): LessonFormat | 'any' | undefined {
  const normal = spoken(text);
  for (const [pattern, format] of PHRASES) if (pattern.test(normal)) return format;
  const found = new Set(words(normal).map((word) => (word.length <= 3 ? WORDS.get(word) : lookup(word, WORDS))).filter(Boolean));
  return found.size === 1 ? [...found][0] : found.size > 1 ? 'any' : undefined;
}
