import { LINK_MESSAGE } from '../domain/ambassadors';
import { distance } from 'fastest-levenshtein';
import { allowedMistakes } from './fuzzy';
import { normalize, words } from './normalize';

/** What a taalambassadeur, or a worker talking to one, can say to the bot. */
export type AmbassadorCommand = 'myLink' | 'mySignUps' | 'accept' | 'done';

const PHRASES: [AmbassadorCommand, string[]][] = [
  ['myLink', ['mijn link', 'link', 'mijn qr', 'mijn qr code', 'qr code', 'qr', 'mijn code', 'mijn poster', 'poster']],
  ['mySignUps', ['mijn aanmeldingen', 'aanmeldingen', 'mijn collegas', 'wie heb ik geholpen', 'hoeveel aanmeldingen', 'wie deed mee', 'hoeveel collegas']],
  ['accept', ['ja ik help', 'ik help', 'ja', 'ja hoor', 'ok', 'oke', 'goed', 'ik help wel', 'ik kom', 'ja ik kom']],
  ['done', ['klaar', 'ik ben klaar', 'we zijn klaar', 'klaar ermee', 'einde', 'afsluiten', 'gesprek klaar', 'klaar met praten']],
];

const FILLERS = new Set(['graag', 'even', 'nu', 'dan', 'alsjeblieft', 'aub', 'toch', 'hoor', 'wil', 'zien', 'geef', 'me', 'mij', 'is', 'wat', 'de', 'het']);

/**
 * "mijn link", "mijn aanmeldingen", "ja, ik help", "klaar": only a message that is the
 * command counts, with a small typing mistake allowed in the longer phrases.
 */
export function understandAmbassadorCommand(text: string): AmbassadorCommand | undefined {
  const phrase = words(normalize(text).replace(/'/g, ''))
    .filter((word) => !FILLERS.has(word))
    .join(' ');
  if (!phrase) return undefined;
  for (const [command, phrases] of PHRASES) if (phrases.includes(phrase)) return command;
  for (const [command, phrases] of PHRASES) {
    for (const known of phrases) {
      if (known.length >= 6 && distance(phrase, known) <= Math.min(allowedMistakes(known.length), 2)) return command;
    }
  }
  return undefined;
}

/** A name that is not a person's: "ik wil iemand spreken" asks for anyone. */
const NOT_A_NAME = new Set(['iemand', 'een', 'mens', 'medewerker', 'persoon', 'je', 'jou', 'u', 'de', 'het', 'hulp', 'help', 'mij', 'me', 'collega']);

/**
 * "help van Anja", "hulp van Anja", "ik wil Anja spreken": the first name of the
 * person the worker asks for, with a capital. Asking for "iemand" is a command, not this.
 */
export function understandHelperRequest(text: string): string | undefined {
  const normal = normalize(text);
  const match =
    /^(?:ik wil |mag ik |kan ik )?(?:graag )?(?:(?:de |even )?(?:hulp|help) van|praten met|spreken met) (\p{L}[\p{L}-]+)$/u.exec(normal) ??
    /^(?:ik wil |mag ik |kan ik )(?:graag )?(?:even )?(?:met )?(\p{L}[\p{L}-]+) (?:spreken|bellen|praten)$/u.exec(normal);
  const name = match?.[1];
  if (!name || NOT_A_NAME.has(name)) return undefined;
  return name[0].toUpperCase() + name.slice(1);
}

/** "koppel K7M3P9QX2ABC": the one-time secret that links an ambassador's chat. */
export function understandLinkSecret(text: string): string | undefined {
  const match = LINK_MESSAGE.exec(text);
  return match?.[1].toUpperCase();
}
