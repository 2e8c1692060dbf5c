import { distance } from 'fastest-levenshtein';
import { allowedMistakes } from './fuzzy';
import { normalize, words } from './normalize';

export type Command = 'stop' | 'back' | 'help' | 'restart' | 'person';

const COMMANDS: [Command, string[]][] = [
  ['stop', ['stop', 'stoppen', 'ophouden', 'kappen', 'hou op', 'afbreken', 'ik stop', 'stop maar', 'laat maar', 'ik wil niet meer', 'ik doe niet meer mee']],
  ['back', ['terug', 'vorige', 'ga terug', 'terug gaan', 'teruggaan', 'vorige vraag', 'stap terug', 'een stap terug', 'naar de vorige vraag']],
  ['help', ['help', 'hepl', 'hlep', 'halp', 'hulp', 'huh', 'snap het niet', 'snap niet', 'begrijp het niet', 'begrijp niet', 'wat moet ik doen', 'uitleg', 'wat bedoel je', 'snap er niks van', 'snap er niets van', 'begrijp er niks van', 'begrijp er niets van', 'ik weet niet wat ik moet doen', '?']],
  ['restart', ['opnieuw', 'overnieuw', 'begin opnieuw', 'opnieuw beginnen', 'reset', 'opnieuw starten', 'van voren af aan', 'alles opnieuw', 'nog een keer beginnen', 'herstart']],
  ['person', ['iemand spreken', 'mens', 'een mens', 'medewerker', 'een medewerker', 'bellen', 'met iemand praten', 'praten met iemand', 'echte persoon', 'een echt mens', 'iemand bellen', 'persoon spreken', 'met iemand spreken', 'iemand']],
];

/** Words around a command that do not change it: "ik wil graag even stoppen". */
const FILLERS = new Set(['ik', 'wil', 'graag', 'alsjeblieft', 'alstublieft', 'aub', 'even', 'nu', 'dan', 'please', 'hoe', 'kan', 'mag', 'het', 'me', 'mij', 'svp', 'toch', 'liever', 'weer', 'ermee', 'hier']);

const withoutFillers = (text: string) => words(text).filter((word) => !FILLERS.has(word)).join(' ');

/** The known phrases as the input is compared: "wat moet ik doen" is "wat moet doen". */
const KNOWN: [Command, string[]][] = COMMANDS.map(([command, phrases]) => [command, phrases.map((phrase) => withoutFillers(phrase) || phrase)]);

/**
 * A command the worker can give at every step: stop, terug, help, opnieuw, or asking
 * for a person. Only a message that is the command counts: "beter praten" is an answer.
 */
export function understandCommand(text: string): Command | undefined {
  const raw = normalize(text);
  if (/^\?+$/.test(text.trim())) return 'help';
  if (!raw) return undefined;
  const phrase = withoutFillers(raw);
  if (!phrase) return undefined;
  for (const [command, phrases] of KNOWN) if (phrases.includes(phrase)) return command;
  let best: Command | undefined;
  let bestDistance = Infinity;
  for (const [command, phrases] of KNOWN) {
    for (const known of phrases) {
      if (known.length < 5) continue;
      const d = distance(phrase, known);
      if (d <= Math.min(allowedMistakes(known.length), 2) && d < bestDistance) {
        best = command;
        bestDistance = d;
      }
    }
  }
  return best;
}
