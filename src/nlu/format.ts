import type { LessonFormat } from '../domain/types';
import { dictionary, lookup } from './fuzzy';
import { words } from './normalize';
import { spoken } from './spoken';

/** Leaving it to us: "maakt niet uit", "boeit me niet", "wat jullie willen". */
const ANY = /\bmaakt (me |mij )?(niet|niks|niets) uit\b|\bgeen voorkeur\b|\ballebei\b|\bbeide\b|\bom (het|t) even\b|\bboeit (me |mij )?(niet|niks|niets)\b|\bwat (jullie|jij|u) (wil|wilt|willen|goed vinden)\b|\bzeg (jij|jullie|u) (het )?maar\b|\b(is )?(allemaal|alles|allebei) (is )?(goed|prima|best)\b/;

/** Phrases first: "niet in een groep" must not be read as "groep". */
const PHRASES: [RegExp, LessonFormat | 'any'][] = [
  [/\b(niet|geen) (met )?(in )?(een |de |zo n |zon |zoon )?(hele |grote )?(groep(je|en)?|klas)\b|\b(groep|groepje|klas) (durf|wil|kan) ik (echt )?(niet|nie)\b/, 'one-on-one'],
  [/\balleen met (1|een|één) (persoon|vrijwilliger|iemand|docent|juf|meester)\b|\bmet (1|een|één) (persoon|docent)\b/, 'one-on-one'],
  [/\bniet alleen\b|\bniet (met )?(1|een|één) op (1|een|één)\b|\bniet (met )?(een |1 )?vrijwilliger\b|\bniet prive\b/, 'group'],
  [/\bniet de enige\b|\bniet (in )?(mijn|m n) eentje\b/, 'group'],
  [/\bniet (met |in )?(veel|zoveel|te veel|andere|vreemde) (mensen|mense|anderen)\b|\bniet dat (anderen|andere mensen|collega s|de rest|iedereen)\b|\beigen (juf|meester|docent|leraar|vrijwilliger|begeleider)\b|\b(schaam|schamen|eng|bang|durf ik niet)\b.*\b(groep|klas)\b|\b(groep|klas)\b.*\b(eng|schaam|schamen|durf ik niet)\b/, 'one-on-one'],
  [ANY, 'any'],
  [/\b(1|een) ?(op|-op-|-) ?(1|een)\b|\bmet (een|1) vrijwilliger\b|\balleen met\b|\bmet (zn|z n|ze|zijn|ons) (tweeen|tween|twee|2)\b/, 'one-on-one'],
  [/\bmet (andere|anderen|meer mensen|meerdere|collega s|collegas)\b|\bin een groep\b|\bmet een groep\b|\bgezellig(er)?\b|\bsamen\b/, 'group'],
];

const WORDS = dictionary<LessonFormat>({
  group: ['groep', 'groepje', 'groepsles', 'samen', 'klas', 'groepen', 'group', 'groupe'],
  'one-on-one': ['alleen', 'vrijwilliger', 'prive', 'individueel', 'persoonlijk', 'apart', '1op1', 'eenopeen'],
});

/** In a group, 1-on-1 with a volunteer, or either. */
export function understandFormat(text: string): LessonFormat | 'any' | undefined {
  const normal = spoken(text);
  if (ANY.test(normal)) return 'any';
  // "wat is een vrijwilliger?" asks; it does not choose.
  if (/^(wat|wie|hoe|hoeveel|waarom|hoezo|welke)\b/.test(normal)) return undefined;
  for (const [pattern, format] of PHRASES) if (pattern.test(normal)) return format;
  const found = new Set(words(normal).map((word) => (word.length <= 3 ? WORDS.get(word) : lookup(word, WORDS))).filter(Boolean));
  return found.size === 1 ? [...found][0] : found.size > 1 ? 'any' : undefined;
}
