import { closeEnough } from './fuzzy';
import { words } from './normalize';
import { spokenWords } from './spoken';

/** At "Wie heeft je geholpen?": one of the named colleagues, 'nobody', or not understood. */
export type HelperAnswer = string | 'nobody';

const NOBODY = /^(niemand|geen|geeneen|niemand niet|nee|ikzelf|mezelf|mijzelf|zelf|alleen|zelluf|zelfs)$|\b(ik )?(heb )?(het )?zelf( gedaan| gevonden| gezien| gelezen| opgezocht| aangemeld| geregeld| gedaan)?\b|\b(ik|mij|me|mezelf|mijzelf) (zelf|alleen)\b|\bniemand\b|\bop eigen houtje\b|\bgeen (een|mens|hulp)\b|\bzonder hulp\b|\b(poster|posters|folder|flyer|affiche|briefje|mail|intranet|nieuwsbrief|website|prikbord)\b/;

/**
 * "Anja", "die anja", "mo van de inpak", "niemand", "zelf gevonden": one of the colleagues on
 * the buttons (small typing mistakes allowed on longer names), or nobody. Two colleagues, or
 * someone who is not on the buttons ("mijn baas", "een collega"), is not understood.
 */
export function understandHelper(text: string, names: string[]): HelperAnswer | undefined {
  // The colleague's name as typed first: "Mien" or "Kalle" is a name before it is a dialect word.
  const typed = words(text);
  const named = names.filter((name) => typed.includes(name.toLowerCase()));
  if (named.length === 1 && !/\b(niet|geen|nie)\b/.test(typed.join(' '))) return named[0];
  const tokens = spokenWords(text);
  if (tokens.length === 0) return undefined;
  const found = new Set<string>();
  for (const token of tokens) {
    for (const name of names) {
      const known = name.toLowerCase();
      if (token === known || token.replace(/(\p{L})\1+/gu, '$1') === known || (known.length > 3 && closeEnough(token, known) !== undefined)) found.add(name);
    }
  }
  const joined = tokens.join(' ');
  const negated = /\b(niet|geen)\b/.test(joined) && !/\bniemand\b/.test(joined);
  if (found.size === 1 && !negated) return [...found][0];
  // "niet anja maar mo": the name after the turn.
  const turned = /\b(niet|geen) (\p{L}+) (maar|wel) (\p{L}+)$/u.exec(joined);
  if (turned) {
    const after = names.find((name) => name.toLowerCase() === turned[4] || (name.length > 3 && closeEnough(turned[4], name.toLowerCase()) !== undefined));
    if (after) return after;
  }
  if (found.size > 0) return undefined;
  if (/\bweet (ik )?(niet|niets)( meer)?\b|\bvergeten\b/.test(joined)) return undefined;
  return NOBODY.test(joined) ? 'nobody' : undefined;
}
