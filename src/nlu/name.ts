import { understandCommand } from './commands';
import { COMMON_WORDS } from './common-words';
import { understandAvailability } from './days';
import { isGoalButtons } from './goals';
import { normalize } from './normalize';
import { understandYesNo } from './yes-no';

const GREETING = /^(hoi|hallo|hey|hi|hoei|goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|goedendag|goeiedag|dag|hee|hai|moi|moin|yo|doei)$/i;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'di', 'da', 'del', 'du', 'el', 'al', 'bin', 'von']);

/** Words before a name: greetings, "ja", and the ways to say "my name is". */
const LEAD: string[][] = [
  ['hoi'], ['hallo'], ['hey'], ['hi'], ['hee'], ['hai'], ['yo'], ['jo'], ['hoei'], ['goedemorgen'], ['goedemiddag'], ['goedenavond'], ['moi'],
  ['ja'], ['nou'], ['oke'], ['ok'], ['gewoon'], ['hoor'], ['eh'], ['uh'], ['euh'],
  ['ik', 'ben', 'de'], ['ik', 'ben'], ['ikben'], ['kben'], ['ik', 'heet'], ['ik', 'hiet'], ['ik', 'heed'], ['ikheet'], ['ik', 'noem', 'me'],
  ['mijn', 'naam', 'is'], ['mien', 'naam', 'is'], ['mien', 'naam'], ['mein', 'naam', 'is'], ['me', 'naam', 'is'], ['mn', 'naam', 'is'], ['m', 'n', 'naam', 'is'], ['de', 'naam', 'is'], ['naam', 'is'], ['mijn', 'naam'], ['me', 'naam'], ['mn', 'naam'], ['naam'],
  ['dit', 'is'], ['het', 'is'], ['je', 'spreekt', 'met'], ['u', 'spreekt', 'met'], ['met'],
  ['zeg', 'maar'], ['zeg', 'mar'], ['zeg', 'mer'], ['zeg', 'maa'], ['zegmaar'], ['ze', 'noemen', 'mich'], ['ik', 'bin', 'de'], ['ikke', 'ben', 'de'], ['eigelijk'], ['noem', 'me', 'maar'], ['noem', 'mij', 'maar'], ['noem', 'me'], ['noem', 'mij'], ['zeg', 'maar', 'gewoon'],
  ['mijn', 'voornaam', 'is'], ['me', 'voornaam', 'is'], ['voornaam', 'is'], ['voornaam'], ['mijn', 'volledige', 'naam', 'is'], ['mijn', 'naam', 'is', 'dus'],
  ['ikke', 'ben'], ['ik', 'bin'], ['ik', 'bun'], ['ikke'],
  ['ik', 'ben', 'het'], ['ik', 'bn'], ['k', 'ben'], ['ik', 'heet', 'dus'], ['dus'], ['eigenlijk'], ['men', 'noemt', 'me'], ['men', 'noemt', 'mij'],
  ['my', 'name', 'is'], ['i', 'am'], ['im'], ['i', 'm'], ['benim', 'adim'], ['benim', 'adım'], ['adim'], ['adım'], ['jestem'], ['mam', 'na', 'imie'], ['ana', 'ismi'], ['ismi'],
  ['iedereen', 'noemt', 'me'], ['ze', 'noemen', 'me'], ['ze', 'noemen', 'mij'], ['ze', 'noemen', 'me', 'altijd'],
  ['mijn', 'naamis'], ['me', 'naamis'], ['mn', 'naamis'], ['naamis'], ['altijd'], ['meestal'], ['gwn'],
];

/** A typed word with a letter doubled by mistake still leads: "hooi", "mijn naam iss". */
const single = (word: string) => NAME_TYPOS[word] ?? word.replace(/(\p{L})\1+/gu, '$1');
const NAME_TYPOS: Record<string, string> = { naan: 'naam', nam: 'naam', naa: 'naam', noeme: 'noemen' };

/** Question words: "Hoe heet jij?" asks back, it gives no name. */
const ASKS_BACK = new Set(['hoe', 'wat', 'wie', 'waarom', 'waarvoor', 'hoezo', 'waar', 'welke', 'wanneer']);

/** Not wanting to say it: "zeg ik liever niet", "gaat je niks aan". */
const WITHHOLDS = /\b(zeg|vertel|geef|noem) (ik|dat|het)( \p{L}+)? (liever )?(niet|nie|niks|niets)\b|\bgaat (je|jou|u) (niks|niets|geen)/u;

/** Words after a name that are no part of it: "Ruud hoor", "Jan, ik werk in de wasserij". */
const TAIL_STARTS = new Set(['ik', 'en', 'maar', 'mar', 'mer', 'want', 'uit', 'hoor', 'hur', 'heur', 'hoer', 'hier', 'hiero', 'natuurlijk', 'bedoel', 'he', 'toch', 'joh', 'dus', 'hoi', 'groetjes', 'doei', 'is', 'heet', 'werk', 'werkt', 'zit', 'dank', 'bedankt', 'graag', 'alsjeblieft', 'aub', 'xx', 'x', 'gr', 'groet']);

/** Departments and places of work, after one of AT_WORK: "van de groenploeg", "bij de inpak". */
const AT_WORK = new Set(['van', 'bij', 'op', 'uit']);
const WORKPLACES = /^(de |het |t )?(groen|groenploeg|groenvoorziening|schoonmaak|schoonmaaak|inpak|inpakafdeling|wasserij|keuken|kantine|magazijn|montage|productie|werkplaats|afdeling|ploeg|catering|postkamer|drukkerij|fietsenmakerij|kwekerij|receptie|expeditie|logistiek|assemblage|metaal|hout|houtafdeling|textiel)( .*)?$/u;

/** "de moeder van Sem", "een collega van Anja". */
const RELATIONS = new Set(['moeder', 'vader', 'zoon', 'dochter', 'vrouw', 'man', 'collega', 'baas', 'broer', 'zus', 'oma', 'opa', 'vriend', 'vriendin', 'buurvrouw', 'buurman', 'partner', 'tante', 'oom']);

/** A single word that clearly answers something else, or is no name. */
const NOT_A_NAME = new Set([
  'ja', 'jaa', 'jao', 'joa', 'jah', 'jawel', 'nee', 'neej', 'neen', 'nope', 'ok', 'oke', 'okay', 'prima', 'goed', 'klopt', 'misschien', 'mss', 'zeker', 'top',
  'waarom', 'hoezo', 'waarvoor', 'wat', 'wie', 'huh', 'he', 'hè', 'help', 'hulp', 'stop', 'terug', 'opnieuw', 'doei', 'dag', 'bedankt', 'dankje', 'sorry',
  'niemand', 'niks', 'niets', 'iemand', 'ik', 'jij', 'anoniem', 'geheim', 'naam', 'weet', 'kweet', 'weetniet', 'geen', 'niet', 'nie',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ochtend', 'middag', 'avond', 'smiddags', 'sochtends', 'savonds',
  'morgen', 'vandaag', 'lezen', 'schrijven', 'rekenen', 'computer', 'telefoon', 'altijd', 'alles', 'idd', 'sws', 'oké',
  'moet', 'mag', 'heb', 'nieuw', 'hier', 'ook', 'bedoel', 'nou',
]);

const startsWith = (tokens: string[], lead: string[]) => lead.every((word, i) => tokens[i] === word || single(tokens[i]) === word);

/**
 * A name from "Piet", "ik ben Piet", "zeg maar Ruud", "Ruud hoor", "mijn naam is Piet de Vries,
 * ik werk in de wasserij"; tussenvoegsels stay small. At this question one word that could be a
 * name is the name (Priya, Roos, Bas), unless it clearly answers something else ("ja", "nee",
 * "dinsdag", "waarom", "weet ik niet"). Not a name either: a greeting alone or a sentence.
 */
export function understandName(typed: string): string | undefined {
  const name = readName(typed);
  if (name) return name;
  // "mijn dochter typt dit voor mij, ik ben Jolanda": the name comes in a later part, after a lead.
  const later = typed.split(/[,;!?]|\.(?:\s|$)/).slice(1).find((part) => /^\s*(ik ben|ik heet|mijn naam is|me naam is|mn naam is)\b/i.test(part));
  return later ? readName(later) : undefined;
}

function readName(typed: string): string | undefined {
  // "ik benlinda": the name glued to the lead.
  const text = typed.replace(/\b(ik|k) (ben|heet)(?=\p{L}{3,})/iu, '$1 $2 ');
  // "Jan, nee Johan", "Jan nee sorry Johan": the name after the correction.
  const corrected = /^\s*\p{L}[\p{L}'-]*[\s,.]+(?:nee|neen|sorry|oeps)(?:[\s,.]+(?:sorry|ik bedoel|toch))*[\s,.]+(\p{L}[\p{L}' -]*?)(?:[\s,.]+(?:sorry|bedoel ik|ik bedoel))?\s*[.!]?\s*$/iu.exec(text);
  if (corrected && !/^(nee|ja|ik|mijn|hoi|hallo)$/i.test(text.trim().split(/[\s,.]+/)[0])) {
    const fixed = understandName(corrected[1]);
    if (fixed) return fixed;
  }
  // The first part the worker wrote: "Jan, ik werk in de wasserij" → "Jan".
  const parts = text.replace(/[^\p{L}\p{M}\s'.,:;!?-]/gu, ' ').split(/[,;!?]|\.(?:\s|$)/).filter((part) => part.trim());
  // "Hoi, ik ben Kees", "mijn naam? gewoon Kevin": a greeting or a lead on its own comes off first.
  const leadOnly = (part: string) => {
    const tokens = part.toLowerCase().split(/\s+/).filter(Boolean);
    return LEAD.some((lead) => lead.length === tokens.length && startsWith(tokens, lead));
  };
  while (parts.length > 1 && (GREETING.test(parts[0].trim()) || leadOnly(parts[0]))) parts.shift();
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
  // "Rien van de groenploeg": where the worker works, not a part of the name.
  const workplace = lower.findIndex((word, i) => i > 0 && AT_WORK.has(word) && WORKPLACES.test(lower.slice(i + 1).join(' ')));
  if (workplace > 0) {
    original = original.slice(0, workplace);
    lower = lower.slice(0, workplace);
  }
  const tail = lower.findIndex((word, i) => i > 0 && TAIL_STARTS.has(word));
  if (tail > 0) {
    original = original.slice(0, tail);
    lower = lower.slice(0, tail);
  }
  // "ik heb al gezegd hoe ik heet": a sentence about me; "bij de inpak": where, not who.
  if (lower[0] === 'ik' || (AT_WORK.has(lower[0]) && WORKPLACES.test(lower.slice(1).join(' ')))) return undefined;
  // "ik ben de moeder van Sem" says who the worker is to someone, not their name.
  if (lower.length > 2 && RELATIONS.has(lower[0]) && lower[1] === 'van') return undefined;
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
      // "in t Veld" is written "in 't Veld".
      if (word === 't' && i > 0 && PARTICLES.has(lower[i - 1])) return "'t";
      return word.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
  // "Mijn naam is Petra. Petra de Wit": the next part says the same name in full.
  // "ik heet Cornelis maar zeg maar Kees": the name the worker wants to be called by.
  const nickname = /\b(?:maar|mar|mer|en) (?:zeg|noem (?:me|mij)|iedereen zegt|iedereen noemt (?:me|mij)|ze zeggen|ze noemen (?:me|mij)) (?:maar |mar |mer )?(?:gewoon |altijd )?(\p{L}[\p{L}'-]*)\s*[.!]?\s*$/iu.exec(text);
  if (nickname && parts.length === 1) return understandName(nickname[1]) ?? name;
  const later = parts.slice(1).join(', ');
  // "Sietse, maar zeg maar Siets": the name the worker wants to be called by.
  const calledBy = /^\s*(maar |en )?(zeg|noem (me|mij)) (maar )?(gewoon )?(\p{L}[\p{L}'-]*)\s*$/iu.exec(later);
  if (calledBy) return readName(calledBy[6]) ?? name;
  // "Gerda Lubbers, maar Gerda is genoeg".
  const enough = /^\s*(maar |en )?(\p{L}[\p{L}'-]*) (is|zeggen is) (genoeg|goed|prima|ook goed)\s*$/iu.exec(later);
  if (enough && name.toLowerCase().split(' ').includes(enough[2].toLowerCase())) return readName(enough[2]) ?? name;
  const fuller = parts[1] === undefined ? undefined : readName(later);
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
