import { understandCommand } from './commands';
import { COMMON_WORDS } from './common-words';
import { understandAvailability } from './days';
import { isGoalButtons } from './goals';
import { normalize } from './normalize';
import { understandYesNo } from './yes-no';

const PREFIX = /^(hoi|hallo|hey|hi)?[,!\s]*(ik ben|ik heet|ik hiet|ik heed|mijn naam is|naam is|naam|dit is|het is|ik ben de|je spreekt met|met)[:\s]+/i;
const GREETING = /^(hoi|hallo|hey|hi|hoei|goedemorgen|goedemiddag|goedenavond|dag|hee|hai)$/i;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'di', 'da', 'del', 'du', 'el', 'al', 'bin', 'von']);

/**
 * A name from "Piet", "ik ben Piet", "mijn naam is Piet de Vries"; tussenvoegsels stay
 * small. Not a name: a greeting, an answer to another question ("ja", "dinsdag", "lezen
 * en schrijven"), or a sentence ("waarom wil je dat weten").
 */
export function understandName(text: string): string | undefined {
  const stripped = text
    .trim()
    .replace(/[^\p{L}\p{N}\s'.,:!?-]/gu, '')
    .trim()
    .replace(PREFIX, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (stripped.length < 2 || stripped.length > 60) return undefined;
  if (!/^[\p{L}][\p{L}' -]*$/u.test(stripped) || GREETING.test(stripped)) return undefined;
  const parts = stripped.split(/\s+/);
  if (parts.length > 5) return undefined;
  if (parts.filter((part) => COMMON_WORDS.has(normalize(part))).length >= 2) return undefined;
  if (understandYesNo(stripped) !== undefined || understandCommand(stripped) !== undefined) return undefined;
  if (isAvailability(stripped)) return undefined;
  // "lezen en schrijven" answers the next question, it is not a name.
  if (isGoalButtons(stripped)) return undefined;
  return parts
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (i > 0 && i < parts.length - 1 && PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
}

/** "dinsdag", "zaterdagochtend"; but a short name like "Don" is no "do(nderdag)". */
function isAvailability(text: string): boolean {
  return understandAvailability(text) !== undefined && text.split(/\s+/).every((part) => part.length > 3);
}

/** "Piet de Vries" → "Piet" */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}

/** Channels fill in a placeholder such as "User" or "Gebruiker" when they do not know the name. */
export function isPlaceholderName(name: string): boolean {
  return /^(user|gebruiker|you|jij|guest|gast|anonymous|anoniem)$/i.test(name.trim());
}
