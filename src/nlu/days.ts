import { DAY_PARTS, WEEKDAYS, type DayPart, type TimeWindow, type Weekday } from '../domain/types';
import { dictionary, lookup } from './fuzzy';
import { clauses, normalize, words } from './normalize';
import { plainDialect } from './spoken';
import { readTimeWindow } from './time-window';

/** Whole day names: a worker may misspell these ("dinsdach", "woesdag"). */
const DAY_WORDS = dictionary<Weekday>({
  mon: ['maandag', 'maandags'],
  tue: ['dinsdag', 'dinsdags'],
  wed: ['woensdag', 'woensdags'],
  thu: ['donderdag', 'donderdags'],
  fri: ['vrijdag', 'vrijdags'],
  sat: ['zaterdag', 'zaterdags'],
  sun: ['zondag', 'zondags'],
});

/**
 * Short forms and English names count only exactly: one letter off, "dins" would be the
 * name "Dina" and "tesfay" (a name) "tuesday".
 */
const SHORT_DAY_WORDS = dictionary<Weekday>({
  mon: ['ma', 'maa', 'maan', 'monday'],
  tue: ['di', 'din', 'dins', 'tuesday'],
  wed: ['wo', 'woe', 'woen', 'woens', 'wednesday'],
  thu: ['do', 'don', 'dond', 'thursday'],
  fri: ['vr', 'vrij', 'vrijd', 'vry', 'friday'],
  sat: ['za', 'zat', 'zater', 'saturday'],
  sun: ['zo', 'zon', 'zond', 'sunday'],
});

/** "morgen" alone is tomorrow, so only "morgens", "in de morgen" and "maandagmorgen" are a morning. */
const PART_WORDS = dictionary<DayPart>({
  morning: ['ochtend', 'ochtends', 'sochtends', 'morgens', 'smorgens', 'voormiddag', 'voormiddags', 'ochtendje', 'ochtenduren'],
  afternoon: ['middag', 'middags', 'smiddags', 'namiddag', 'namiddags', 'middagje', 'middaguren'],
  evening: ['avond', 'avonds', 'savonds', 'avondje', 'avonduren', 'avonduur'],
});

const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Phrases that name several days or parts at once. Choices a caller should know:
 * "elke dag" is Monday to Sunday, "door de week" Monday to Friday, "weekend" Saturday
 * and Sunday, "overdag" morning and afternoon. "Na het werk" is the evening and "voor
 * het werk" the morning: most of our workers have day shifts.
 */
const GROUPS: [RegExp, Weekday[], DayPart[]][] = [
  [/\b(na|achter|buiten) (het|mijn|me|je) (werk|werken|werktijd|werktijden|dienst)\b|\bna (werktijd|werk|werken|mijn dienst|de dienst|het eten|het ete|het avondeten|de avondeten|het avond eten)\b|\bbuiten (de )?werktijd(en)?\b|\bals ik (klaar ben met werken|thuis ben van (mijn|het) werk|uit (mijn|het) werk kom)\b|\bna(dat)? ik (heb )?(gewerkt|gegeten)( heb)?\b/g, [], ['evening']],
  [/\bvoor (het|mijn|me|je) (werk|werken|dienst)\b|\bvoor (werktijd|mijn dienst|de dienst)\b|\bvoor(dat)? ik (moet |ga )?(naar )?(mijn |het )?(werk|werken|ga werken|moet werken|aan het werk ga)\b/g, [], ['morning']],
  [/\bin de morgen\b|\b(s )?morgens\b|\bvoor de (lunch|middag)\b/g, [], ['morning']],
  [/\bna de (lunch|middagpauze)\b|\bna het middageten\b/g, [], ['afternoon']],
  [/\boverdag\b|\b(onder|tijdens|in) (de )?schooltijd(en)?\b|\bals de kinderen (op|naar) school zijn\b/g, [], ['morning', 'afternoon']],
  [/\b(door|in) de weeks?\b|\bdoordeweeks?e?( dagen)?\b|\bwerkdagen\b|\bweekdagen\b|\bop werkdagen\b/g, WORKDAYS, []],
  [/\b(in )?(het )?weekend\b|\bweekenden\b/g, ['sat', 'sun'], []],
  [/\b(elke|iedere|alle) dag(en)?\b|\bde hele week\b|\bhele week\b|\bdagelijks\b|\bheel de week\b/g, [...WEEKDAYS], []],
  // Appended: GROUP_WORDS points at the groups above by their place.
  [/\bna (de )?school(tijd|tijden)?\b|\bals de (kinderen|kids) uit school (zijn|komen)\b/g, [], ['afternoon', 'evening']],
];

/** The one-word groups, which a worker may misspell ("overdach", "doordeweks"). */
const GROUP_WORDS = dictionary<string>({ '4': ['overdag'], '5': ['doordeweeks', 'werkdagen'], '6': ['weekend'], '7': ['dagelijks'] });

/** Shifts name when a worker cannot come: "ochtenddienst" leaves the afternoon and evening. */
const SHIFTS: [RegExp, DayPart[]][] = [
  [/\b(ochtend|morgen|vroege?) ?(dienst|diensten)\b|\b(heb|werk|draai)( ik)?( deze week| altijd| meestal| vaak| nu)? (de |een )?vroege\b/g, ['morning']],
  [/\bmiddag ?(dienst|diensten)\b/g, ['afternoon']],
  [/\bavond ?(dienst|diensten)\b/g, ['evening']],
  [/\blate? ?(dienst|diensten)\b|\b(heb|werk|draai)( ik)?( deze week| altijd| meestal| vaak| nu)? (de |een )?late\b/g, ['afternoon', 'evening']],
  [/\bdag ?(dienst|diensten)\b/g, ['morning', 'afternoon']],
  // A night shift says nothing of the day by itself: "overdag slaap ik" does.
  [/\bnacht ?(dienst|diensten|diens)\b/g, []],
];

/** Answers that leave the time to us; they may come with a wish: "maakt niet uit, liefst 's avonds". */
const ANY: RegExp[] = [
  /\bmaakt (me |mij |ons |het )?(echt |eigenlijk |allemaal |helemaal )?(niet|niks|niets|geen bal|weinig) ?(zoveel )?uit\b/g,
  /\b(het )?(is )?(mij |me )?om het even\b/g,
  /\b(ik kan )?(eigenlijk )?altijd( wel)?\b/g,
  /\bwanneer (jullie|je|u|het|jij) (maar )?(wil|wilt|willen|past|uitkomt|kan|kunnen|kunt|zegt|zeggen)\b|\bwanneer (het )?(jullie|jou|u|je) (het )?(best |beste )?(uitkomt|past|schikt)\b|\bwanneer dan ook\b/g,
  /\bzeg (jij|jullie|u|het) (het )?maar( wanneer)?\b|\bkies (jij|jullie|u) maar\b|\bjullie (mogen|kunnen) (het )?(kiezen|zeggen|bepalen)\b|\bjullie zeggen het( maar)?\b|\b(zeg|kies|bepaal) (jij|jullie|u)( het)?$/g,
  /\b(dat )?(is )?alles (is )?(goed|prima)\b|^alles$|^allemaal$|\balle dagen en tijden\b|\balle tijden\b|\belk moment\b/g,
  /\bgeen voorkeur\b|\begaal\b|\bzo snel mogelijk\b|\bzo snel (als|als het|het) (kan|mogelijk)\b|\bzsm\b|\bmij best\b|\bboeit (me |mij )?niet\b|\bik pas me aan\b/g,
  /\b(ik )?(ben )?(altijd |heel |erg )?flexibel\b/g,
  /^(zeg|kies|bepaal|regel|plan|beslis|doe)( jij| jullie| u)?( het| wat| iets)?( wanneer)?$|\bwat (jullie|jij|u) (wil|wilt|willen|goed vinden)\b|\b(jij|jullie|u) (mag|mogen|kan|kunnen|kunt) (het )?(zeggen|kiezen|bepalen|plannen)\b|\bmaak (me |mij )?niet uit\b/g,
  /\b(de )?hele dag\b|\bheel de dag\b/g,
];

const EXCEPT = new Set(['behalve', 'zonder', 'uitgezonderd', 'buiten']);
const NOT = new Set(['niet', 'geen', 'nooit', 'nee']);
/** With these, "vrij" means "free" ("ik ben maandag vrij"), not Friday. */
const FREE_VERBS = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'heb', 'hebt', 'heeft', 'hebben', 'dan', 'dagen']);
/** Work in a sentence makes the days and parts named the ones the worker cannot come. */
const WORK_WORDS = new Set(['werk', 'werken', 'werkt', 'draai', 'draaien', 'slaap', 'slapen', 'slaapt']);

export interface AvailabilityReading {
  days: Weekday[];
  dayParts: DayPart[];
  /** The worker left it to us ("maakt niet uit"): days and dayParts are then empty. */
  any: boolean;
  /** A clock time named with it ("om 3 uur" at, "na 2 uur" after, "tot 12 uur" before). */
  time?: TimeWindow;
}

interface Reading {
  days: Set<Weekday>;
  parts: Set<DayPart>;
  notDays: Set<Weekday>;
  notParts: Set<DayPart>;
  time: TimeWindow;
}

/** Typo lookups are the slow part; the same words come back in every message. */
const MEMO_LIMIT = 5000;
function memo<T>(read: (token: string) => T): (token: string) => T {
  const seen = new Map<string, T>();
  return (token) => {
    if (seen.has(token)) return seen.get(token) as T;
    if (seen.size >= MEMO_LIMIT) seen.clear();
    const value = read(token);
    seen.set(token, value);
    return value;
  };
}

const dayOf = memo(readDay);
const partOf = memo(readPart);

function readDay(token: string): Weekday | undefined {
  const short = SHORT_DAY_WORDS.get(token);
  if (short || token.length <= 3) return short;
  return lookup(token, DAY_WORDS) ?? (token.startsWith('s') && token.length > 5 ? lookup(token.slice(1), DAY_WORDS) : undefined);
}

function readPart(token: string): DayPart | undefined {
  return token.length <= 3 ? PART_WORDS.get(token) : lookup(token, PART_WORDS);
}

/** "dinsdagochtend" → "dinsdag" + "ochtend"; "woensdagavonds", "donderdagmorgen" too. */
function splitGlued(token: string): string[] {
  const glued = /^(.{2,}?)(ochtend|ochtent|morgen|middag|middach|midag|avond|avont)(s|en)?$/.exec(token);
  if (!glued || !dayOf(glued[1])) return [token];
  return [glued[1], glued[2] === 'morgen' ? 'ochtend' : glued[2] === 'midag' ? 'middag' : glued[2]];
}

/** Markers for the group phrases, so they keep their place among the other words. */
const marker = (index: number) => `group${index}marker`;
const MARKER = /^group(\d+)marker$/;

function readClause(clause: string, reading: Reading, laterInDay: boolean): void {
  let text = clause;
  for (const [pattern, parts] of SHIFTS) {
    const rest = text.replace(pattern, ' dienst ');
    if (rest !== text) parts.forEach((part) => reading.notParts.add(part));
    text = rest;
  }
  GROUPS.forEach(([pattern], index) => (text = text.replace(pattern, ` ${marker(index)} `)));
  const times = readTimeWindow(text, laterInDay || text.includes(marker(0)));
  for (const [kind, value] of Object.entries(times.window) as [keyof TimeWindow, string][]) reading.time[kind] ??= value;
  const tokens = words(times.rest)
    .flatMap(splitGlued)
    .map((token) => (MARKER.test(token) || dayOf(token) || partOf(token) || token.length < 6 ? token : groupWord(token) ?? token));
  const working = tokens.some((token) => WORK_WORDS.has(token));
  const negated = tokens.some((token) => NOT.has(token)) !== working;
  const freeIsAVerb = tokens.some((token) => FREE_VERBS.has(token));
  let excepting = false;
  let rangeFrom: Weekday | undefined;
  let ranging = false;

  const addDays = (days: Weekday[]) => days.forEach((day) => (negated || excepting ? reading.notDays : reading.days).add(day));
  const addParts = (parts: DayPart[]) => parts.forEach((part) => (negated || excepting ? reading.notParts : reading.parts).add(part));

  tokens.forEach((token, i) => {
    if (EXCEPT.has(token)) {
      excepting = true;
      return;
    }
    if (token === 'tot') {
      ranging = rangeFrom !== undefined;
      return;
    }
    const group = MARKER.exec(token);
    if (group) {
      const [, days, parts] = GROUPS[Number(group[1])];
      addDays(days);
      addParts(parts);
      return;
    }
    const day = isPlainWord(token, tokens[i + 1], freeIsAVerb) ? undefined : dayOf(token);
    if (day) {
      addDays(ranging && rangeFrom ? range(rangeFrom, day) : [day]);
      ranging = false;
      rangeFrom = day;
      return;
    }
    const part = partOf(token);
    if (part) addParts([part]);
  });
}

function groupWord(token: string): string | undefined {
  const index = lookup(token, GROUP_WORDS);
  return index === undefined ? undefined : marker(Number(index));
}

/** "vrij" in "ik ben maandag vrij" and "zo" in "zo vroeg mogelijk" are no days. */
function isPlainWord(token: string, next: string | undefined, freeIsAVerb: boolean): boolean {
  if (token === 'vrij') return freeIsAVerb;
  if (token === 'zo' && next !== undefined) return !['en', 'of', 'tot'].includes(next) && !dayOf(next) && !partOf(next) && !MARKER.test(next);
  return false;
}

/** Monday to Thursday, or Friday to Monday over the weekend. */
function range(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let i = WEEKDAYS.indexOf(from); ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i]);
    if (WEEKDAYS[i] === to) return days;
  }
}

/** What is left when a worker only said what they cannot: "niet op vrijdag" is every other day. */
function settle<T>(wanted: Set<T>, unwanted: Set<T>, all: readonly T[]): T[] {
  const base = wanted.size === 0 && unwanted.size > 0 ? new Set(all) : wanted;
  return all.filter((item) => base.has(item) && !unwanted.has(item));
}

/**
 * When a worker can come: "dinsdagochtend", "di en do", "maandag of woensdag middag",
 * "elke dag behalve vrijdag", "door de week", "ma t/m vr", "maakt niet uit".
 * Undefined when nothing about days or times of day was found.
 */
export function understandAvailability(text: string): AvailabilityReading | undefined {
  const reading: Reading = { days: new Set(), parts: new Set(), notDays: new Set(), notParts: new Set(), time: {} };
  let leftToUs = false;
  // "zeg jij maar", "kies maar": this "maar" only softens; it does not start a new clause.
  const softened = plainDialect(text).replace(/\b(zeg|zeggen|kies|kiezen|doe|plan|regel|bepaal|bepalen|geef|beslis)( jij| jullie| u| het| jij het| jullie het| u het)? maar\b/gi, '$1$2');
  const later = /avond|savonds|middag|smiddags|na (het|mijn|me) werk/i.test(softened);
  for (const raw of clauses(softened).flatMap(subClauses)) {
    let clause = raw;
    for (const pattern of ANY) {
      const rest = clause.replace(pattern, ' ');
      if (rest !== clause) leftToUs = true;
      clause = rest;
    }
    readClause(clause, reading, later);
  }

  const days = settle(reading.days, reading.notDays, WEEKDAYS);
  const dayParts = settle(reading.parts, reading.notParts, DAY_PARTS);
  const timed = Object.keys(reading.time).length > 0;
  const saidSomething = reading.days.size + reading.parts.size + reading.notDays.size + reading.notParts.size > 0 || timed;
  if (!saidSomething) return leftToUs ? { days: [], dayParts: [], any: true } : undefined;
  return timed ? { days, dayParts, any: false, time: reading.time } : { days, dayParts, any: false };
}

/**
 * A clause as the day reader needs it: spoken spellings made plain ("nie" → "niet", "t werk"),
 * ranges written as "tot", and split where a reason starts ("want", "dus") or a "wel" or
 * "en niet" turns the meaning, so "maandag wel dinsdag niet" is read in two parts.
 */
function subClauses(raw: string): string[] {
  const clause = normalize(raw)
    .replace(/\b(nie|nit|niet)\b/g, 'niet')
    .replace(/\bniet (te|zo|al te|zo heel) (laat|vroeg)\b/g, ' ')
    .replace(/\b(tot en met|t\/m|tm|t m|t \/ m)\b/g, ' tot ')
    .replace(/(^|\s)t(?=\s)/g, '$1het')
    .replace(/\bmr\b/g, 'maar')
    .replace(/\b(ik|je)(kan|ken|kun|wil|werk|ben|heb)\b/g, '$1 $2')
    .replace(/-\s+(?=(en|of)\b)/g, ' ')
    .replace(/(\p{L})\s*-\s*(?=\p{L})/gu, '$1 tot ');
  return clause
    .replace(/\b(want|omdat|aangezien|dus|maar)\b/g, '|')
    .replace(/\bwel\b/g, 'wel |')
    .replace(/\b(en|of) (?=(niet|geen|nooit)\b)/g, '| ')
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Only the days: "di en do" → ['tue', 'thu']. "Maakt niet uit" gives an empty list
 * (any day, as in Availability); undefined when no day was named.
 */
export function understandDays(text: string): Weekday[] | undefined {
  const reading = understandAvailability(text);
  if (!reading) return undefined;
  if (reading.any) return [];
  return reading.days.length > 0 ? reading.days : undefined;
}

/** The weekday one word names, for the date reader. */
export function weekdayWord(token: string): Weekday | undefined {
  return dayOf(token);
}
