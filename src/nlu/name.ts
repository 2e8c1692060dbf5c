import { understandCommand } from './commands';
import { understandGoals } from './goals';
import { understandYesNo } from './yes-no';

const PREFIX = /^(hoi|hallo|hey|hi)?[,!\s]*(ik ben|ik heet|mijn naam is|naam is|naam|dit is|het is|ik ben de|je spreekt met|met)[:\s]+/i;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'di', 'da', 'del', 'du', 'el', 'al', 'bin', 'von']);

/** A name from "Piet", "ik ben Piet", "mijn naam is Piet de Vries"; tussenvoegsels stay small. */
export function understandName(text: string): string | undefined {
  const stripped = text.trim().replace(PREFIX, '').replace(/[.!]+$/, '').trim();
  if (!stripped || stripped.length > 60) return undefined;
  if (!/^[\p{L}][\p{L}' -]*$/u.test(stripped)) return undefined;
  const parts = stripped.split(/\s+/);
  if (parts.length > 5) return undefined;
  if (understandYesNo(stripped) !== undefined || understandCommand(stripped) !== undefined) return undefined;
  // "lezen en schrijven" answers the next question, it is not a name.
  const goals = understandGoals(stripped);
  if (goals && !goals.ownWords) return undefined;
  return parts
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (i > 0 && i < parts.length - 1 && PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
}

/** "Piet de Vries" → "Piet" */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}
