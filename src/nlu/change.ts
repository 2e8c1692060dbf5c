import { understandAvailability } from './days';
import { understandGoals } from './goals';
import { understandPhone } from './phone';
import { spoken } from './spoken';
import { understandYesNo } from './yes-no';

/** At "Wat wil je veranderen?": which answer the worker wants to change, or nothing. */
export type ChangeField = 'name' | 'goals' | 'when' | 'phone' | 'nothing';

/** Each field in the worker's words: "ik heet anders", "het nummer", "mijn dag klopt niet". */
const FIELDS: [Exclude<ChangeField, 'nothing'>, RegExp][] = [
  ['name', /\b(naam|namen|achternaam|voornaam|achter naam|voor naam|naampje|heet|heten|geschreven|gespeld|spelling|schrijf je|noem (me|mij)|zeg maar)\b/],
  ['phone', /\b(nummer|nummers|numer|nummr|telefoon|telefoonnummer|telefoonnumer|telefoonummer|telnummer|telefono|telefoon nummer|tel|telnr|mobiel|mobieltje|gsm|06|06nummer|bellen|bel|belt)\b|\b0\d[\d -]{7,}/],
  ['when', /\b(dag|dagen|tijd|tijden|tijdstip|uur|wanneer|rooster|dienst|diensten|datum|ochtend|middag|avond|savonds|smiddags|sochtends|weekend)\b/],
  ['goals', /\b(leren|les over|vak|vakken|wat ik wil|lezen|schrijven|rekenen|computer|taal|praten|spreken)\b/],
];

/** Nothing to change: "nee", "alles goed", "klopt zo", "is goed zo". */
const NOTHING = /^(nee|niets|nee niets|nee dank je|niet|hoeft niet|nee hoor)\b|\b(alles|het|dat|dit) (is |klopt )?(goed|prima|oke|in orde)\b|\bklopt( zo| wel| allemaal| helemaal| alles)?\b|\b(is )?goed zo\b|\bzo is het goed\b|\bniets (veranderen|aan doen)\b|\bhoeft niet\b|\bniks\b|\bniets\b|\bprima zo\b|\bnee (hoor|dank je)\b/;

/**
 * "Wil je iets veranderen?": the field the worker names in their own words ("me naam is fout
 * geschreven", "ik heb een nieuw nummer", "dag klopt nie", "ik wil ook rekenen erbij"), or
 * nothing ("nee", "klopt zo"). "ja" alone names no field, and two fields at once are asked again.
 */
export function understandChange(text: string): ChangeField | undefined {
  const normal = spoken(text);
  if (!normal) return undefined;
  const fields = new Set<ChangeField>();
  for (const [field, pattern] of FIELDS) if (pattern.test(normal)) fields.add(field);
  if (understandPhone(text)) fields.add('phone');
  // A day or part of the day named: "ik kan toch geen dinsdag", "liever 's avonds".
  const nothing = NOTHING.test(normal) && !/\bwel\b.*\bveranderen\b/.test(normal);
  if (fields.size === 0 && nothing && !/\b(niet|geen)\b/.test(normal)) return 'nothing';
  const availability = understandAvailability(text);
  if (!fields.has('name') && availability && !availability.any) fields.add('when');
  // A goal named: "schrijven er ook bij", "toch geen computer".
  // "alles" names no one answer.
  if (/^(alles|allemaal)( eigenlijk| hoor| wel)?$/.test(normal)) return undefined;
  if (fields.size === 0 && understandGoals(text)) fields.add('goals');
  // "mijn naam en nummer" names two: ask again.
  if (fields.size > 1) {
    // "de tijd" and "dag" inside a name correction are still the name, and the like.
    if (fields.has('name') && fields.size === 2 && fields.has('goals') && /\b(geschreven|gespeld|spelling)\b/.test(normal)) return 'name';
    return undefined;
  }
  if (fields.size === 1) {
    const field = [...fields][0];
    // "klopt zo" / "alles goed" mention nothing; "klopt niet" with a field is that field.
    return field;
  }
  // "klopt niet", "niet goed": something is wrong, but not which answer.
  if (/\b(klopt|kloppen|klopte) (niet|geen)\b|\bniet (goed|juist|kloppen)\b|\bfout\b|\bverkeerd\b/.test(normal)) return undefined;
  if (nothing) return 'nothing';
  const yesNo = understandYesNo(text);
  return yesNo === 'no' ? 'nothing' : undefined;
}
