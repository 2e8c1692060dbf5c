import { understandCommand } from './commands';
import { COMMON_WORDS } from './common-words';
import { understandAvailability } from './days';
import { isGoalButtons } from './goals';
import { normalize } from './normalize';
import { understandYesNo } from './yes-no';

const GREETING = /^(hoi|hallo|hey|hi|hoei|goedemorgen|goedemiddag|goedenavond|dag|hee|hai|moi|yo|doei)$/i;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'di', 'da', 'del', 'du', 'el', 'al', 'bin', 'von']);

/** Words before a name: greetings, "ja", and the ways to say "my name is". */
const LEAD: string[][] = [
  ['hoi'], ['hallo'], ['hey'], ['hi'], ['hee'], ['hai'], ['yo'], ['jo'], ['hoei'], ['goedemorgen'], ['goedemiddag'], ['goedenavond'], ['moi'],
  ['ja'], ['nou'], ['oke'], ['ok'], ['gewoon'], ['hoor'], ['eh'], ['uh'], ['euh'],
  ['ik', 'ben', 'de'], ['ik', 'ben'], ['ikben'], ['kben'], ['ik', 'heet'], ['ik', 'hiet'], ['ik', 'heed'], ['ikheet'], ['ik', 'noem', 'me'],
  ['mijn', 'naam', 'is'], ['me', 'naam', 'is'], ['mn', 'naam', 'is'], ['m', 'n', 'naam', 'is'], ['de', 'naam', 'is'], ['naam', 'is'], ['mijn', 'naam'], ['me', 'naam'], ['mn', 'naam'], ['naam'],
  ['dit', 'is'], ['het', 'is'], ['je', 'spreekt', 'met'], ['u', 'spreekt', 'met'], ['met'],
  ['zeg', 'maar'], ['zegmaar'], ['noem', 'me', 'maar'], ['noem', 'mij', 'maar'], ['noem', 'me'], ['noem', 'mij'], ['zeg', 'maar', 'gewoon'],
  ['mijn', 'voornaam', 'is'], ['me', 'voornaam', 'is'], ['voornaam', 'is'], ['voornaam'], ['mijn', 'volledige', 'naam', 'is'], ['mijn', 'naam', 'is', 'dus'],
  ['ikke', 'ben'], ['ik', 'bin'], ['ik', 'bun'], ['ikke'],
  ['ik', 'ben', 'het'], ['ik', 'bn'], ['k', 'ben'], ['ik', 'heet', 'dus'], ['dus'], ['eigenlijk'], ['men', 'noemt', 'me'], ['men', 'noemt', 'mij'],
  ['my', 'name', 'is'], ['i', 'am'], ['im'], ['i', 'm'], ['benim', 'adim'], ['benim', 'adım'], ['adim'], ['adım'], ['jestem'], ['mam', 'na', 'imie'], ['ana', 'ismi'], ['ismi'],
  ['iedereen', 'noemt', 'me'], ['ze', 'noemen', 'me'], ['ze', 'noemen', 'mij'],
  ['mijn', 'naamis'], ['me', 'naamis'], ['mn', 'naamis'], ['naamis'], ['altijd'], ['meestal'], ['gwn'],
];

/** A typed word with a letter doubled by mistake still leads: "hooi", "mijn naam iss". */
const single = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/** Question words: "Hoe heet jij?" asks back, it gives no name. */
const ASKS_BACK = new Set(['hoe', 'wat', 'wie', 'waarom', 'waarvoor', 'hoezo', 'waar', 'welke', 'wanneer']);

/** Not wanting to say it: "zeg ik liever niet", "gaat je niks aan". */
const WITHHOLDS = /\b(zeg|vertel|geef|noem) (ik|dat|het)( \p{L}+)? (liever )?(niet|nie|niks|niets)\b|\bgaat (je|jou|u) (niks|niets|geen)/u;

/** Words after a name that are no part of it: "Ruud hoor", "Jan, ik werk in de wasserij". */
const TAIL_STARTS = new Set(['ik', 'en', 'maar', 'want', 'uit', 'hoor', 'he', 'toch', 'joh', 'dus', 'hoi', 'groetjes', 'doei', 'is', 'heet', 'werk', 'werkt', 'zit', 'dank', 'bedankt', 'graag', 'alsjeblieft', 'aub', 'xx', 'x', 'gr', 'groet']);

/** A single word that clearly answers something else, or is no name. */
const NOT_A_NAME = new Set([
  'ja', 'jaa', 'jawel', 'nee', 'neej', 'neen', 'nope', 'ok', 'oke', 'okay', 'prima', 'goed', 'klopt', 'misschien', 'mss', 'zeker', 'top',
  'waarom', 'hoezo', 'waarvoor', 'wat', 'wie', 'huh', 'he', 'hè', 'help', 'hulp', 'stop', 'terug', 'opnieuw', 'doei', 'dag', 'bedankt', 'dankje', 'sorry',
  'niemand', 'niks', 'niets', 'iemand', 'ik', 'jij', 'anoniem', 'geheim', 'naam', 'weet', 'kweet', 'weetniet', 'geen', 'niet', 'nie',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ochtend', 'middag', 'avond', 'smiddags', 'sochtends', 'savonds',
  'morgen', 'vandaag', 'lezen', 'schrijven', 'rekenen', 'computer', 'telefoon', 'altijd', 'alles', 'idd', 'sws', 'oké',
]);

const startsWith = (tokens: string[], lead: string[]) => lead.every((word, i) => tokens[i] === word || single(tokens[i]) === word);

/**
 * A name from "Piet", "ik ben Piet", "zeg maar Ruud", "Ruud hoor", "mijn naam is Piet de Vries,
 * ik werk in de wasserij"; tussenvoegsels stay small. At this question one word that could be a
 * name is the name (Priya, Roos, Bas), unless it clearly answers something else ("ja", "nee",
 * "dinsdag", "waarom", "weet ik niet"). Not a name either: a greeting alone or a sentence.
 */
export function understandName(text: string): string | undefined {
  // The first part the worker wrote: "Jan, ik werk in de wasserij" → "Jan".
  const parts = text.replace(/[^\p{L}\p{M}\s'.,:;!?-]/gu, ' ').split(/[,;!?]|\.(?:\s|$)/).filter((part) => part.trim());
  // "Hoi, ik ben Kees": a greeting on its own comes off first.
  while (parts.length > 1 && GREETING.test(parts[0].trim())) parts.shift();
  const firstPart = parts[0] ?? '';
  if (WITHHOLDS.test(normalize(text))) return undefined;
  let original = firstPart.replace(/[.:]/g, ' ').split(/\s+/).filter(Boolean);
  let lower = original.map((word) => word.toLowerCase());
  if (lower.length > 1 && ASKS_BACK.has(lower[0])) return undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of LEAD) {
      if (lower.length > lead.length && startsWith(lower, lead)) {
        original = original.slice(lead.length);
        lower = lower.slice(lead.length);
        changed = true;
        break;
      }
    }
  }
  const tail = lower.findIndex((word, i) => i > 0 && TAIL_STARTS.has(word));
  if (tail > 0) {
    original = original.slice(0, tail);
    lower = lower.slice(0, tail);
  }
  const stripped = original.join(' ');
  if (stripped.length < 2 || stripped.length > 60) return undefined;
  if (!/^[\p{L}][\p{L}\p{M}' -]*$/u.test(stripped) || GREETING.test(stripped)) return undefined;
  if (original.length > 5) return undefined;
  const plain = normalize(stripped);
  if (original.length === 1) {
    if (NOT_A_NAME.has(plain) || understandCommand(plain) !== undefined && plain.length > 3 && COMMON_WORDS.has(plain)) return undefined;
    if (/^(ja|ne|nee)+$/.test(plain) || /^(hm+|pf+|ehm*|uh+|hu+h)$/.test(plain)) return undefined;
  } else {
    const inside = (i: number) => i > 0 && i < original.length - 1 && PARTICLES.has(lower[i]);
    // "Wil de Boer" has the shape of a name; "dat zeg" does not.
    const shapedLikeAName = lower.some((_word, i) => inside(i));
    if (!shapedLikeAName && original.some((part) => COMMON_WORDS.has(normalize(part)))) return undefined;
    if (understandYesNo(stripped) !== undefined || understandCommand(stripped) !== undefined) return undefined;
    if (isAvailability(stripped)) return undefined;
    // "lezen en schrijven" answers the next question, it is not a name.
    if (isGoalButtons(stripped)) return undefined;
  }
  const name = original
    .map((part, i) => {
      const word = part.toLowerCase();
      if (i > 0 && i < original.length - 1 && PARTICLES.has(word)) return word;
      return word.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
  // "Mijn naam is Petra. Petra de Wit": the next part says the same name in full.
  const fuller = parts[1] === undefined ? undefined : understandName(parts.slice(1).join(', '));
  return fuller?.startsWith(`${name} `) ? fuller : name;
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
