import type { DayPart, TimeWindow, Weekday } from '../domain/types';
import { understandChoice } from './choice';
import { understandAvailability } from './days';
import { closeEnough } from './fuzzy';
import { normalize, words } from './normalize';
import { numberWord } from './numbers';
import { clockTimesIn } from './times';

const TIME_MARK = 'xmarkx';
/** Where the worker put a comma: each part of the answer narrows the choice on its own. */
const CLAUSE_MARK = 'xclausex';

/** One seat offered as a button, in the words a worker may use to pick it. */
export interface OfferWords {
  /** The button text, e.g. "Di 9.30 · Bibliotheek Centrum". */
  label: string;
  weekday: Weekday;
  /** Start time 'HH:MM'. */
  start: string;
  /** Place name, e.g. "Bibliotheek Centrum". */
  place: string;
  /** Street address, e.g. "Kerkstraat 1", when the worker may name the place by it. */
  address?: string;
  /** Teacher or volunteer first name. */
  person?: string;
  oneOnOne: boolean;
}

/** Which offer (1-based), 'none' when none fits ("Andere tijd", "geen van allen"), or not understood. */
export type OfferAnswer = number | 'none';

/** Saying none of them fits, whatever else is said: "andere dag graag", "geen van allen". */
const NONE = /\b(andere?|nieuwe) (tijd|tijden|dag|dagen|moment|keer|datum|plek|les)\b|\bgeen van (allen|allemaal|alle|deze|die|drieen|beide|de drie)\b|\bgeen (een|enkele|enkel|ene)\b|\b(allemaal|alle drie|alle 3|geen enkele|ze allemaal) niet\b|\bpast (allemaal |echt |helemaal )?(niet|geen|nergens)\b.*\b(allemaal|alle|geen)\b|\bpast (me |mij )?(allemaal )?geen( van)?\b|\b(iets|niks|niets|nix) anders\b|\bliever anders\b/;
/** Saying no, when nothing else points at an offer: "past niet", "niks", "nee". */
const NONE_WHEN_ALONE = /\bgeen tijd\b|\b(past|passen) (me |mij )?(echt |helemaal |allemaal )?niet\b|\b(kan|lukt) (ik |het )?(me |mij )?(dan |daar |die |dat |op die dagen |op die tijden )?(niet|geen)\b|^(nee|neen|niks|niets|geen|geen een|nee hoor|nee sorry|helaas niet|nee helaas)$/;
/** A question back ("waar is de linde?") is no choice. */
const QUESTION = /^(waar|wat|hoe|wie|waarom|hoezo|welke|wanneer)\b/;
/** "is de eerste ook een groep?" asks about a seat; "kan het ook op maandag?" asks for another one. */
const YES_NO_QUESTION = /^(is|zijn)\b(?! er\b)|^(ligt|zit|komt|gaat|duurt|moet)\b/;
/** Every seat fits: the worker leaves the choice to us, which is no choice. */
const ALL_FIT = /\b(alle (drie|3|twee|2)|allemaal|allebei|alles) (is |zijn )?(goed|prima|oke|best)\b|^(allemaal|allebei|alles|alle drie)$/;

const ONE_ON_ONE = /\b(1 op 1|(liever|het liefst|liefst) alleen(?=\s*$)|een op een|1 1|1op1|eenopeen|prive|alleen met (iemand|een|de|een vrijwilliger)|met (een|1) vrijwilliger|vrijwilliger|in mijn eentje|alleen les|persoonlijk|individueel|niet in een groep|zonder groep|met (zn|ze|zijn|ons) tweeen|met z n tweeen)\b/;
const IN_GROUP = /\b(in een groep|groep|groepje|groepsles|met (anderen|andere mensen|meer mensen)|samen met anderen|niet alleen)\b/;

const ORDINAL: Record<string, 'first' | 'last' | 'middle' | number> = {
  // Seats come earliest first, so the earliest is the first.
  eerste: 1, eerst: 1, bovenste: 'first', vroegste: 'first', eerstvolgende: 'first', eerstkomende: 'first', snelste: 'first', tweede: 2, derde: 3, vierde: 4, laatste: 'last', onderste: 'last', middelste: 'middle', midden: 'middle',
};
const NUMBER_LEAD = new Set(['nummer', 'nr', 'no', 'optie', 'keuze']);
const NOT = /\b(niet|geen|nooit)\b/;
const FILLER = new Set(['de', 'het', 'die', 'dat', 'een', 'met', 'bij', 'in', 'op', 'van', 'om', 'le', 'les', 'maar', 'doe', 'graag', 'is', 'goed', 'prima', 'mij', 'me', 'ik']);

/**
 * Which of the offered seats a worker picks, by its words: the button text, "doe de eerste
 * maar", "nummer 2", "de laatste", "die op dinsdag", "de avond", "die om half 2", "die in de
 * bieb", "die met Marco", "met één vrijwilliger". "Andere tijd", "geen van allen" and a day
 * no seat has ("kan het ook op maandag?") are 'none'. An answer that fits two seats
 * ("die in de Linde", "1 of 3", "niet de eerste") or a question back is not understood.
 */
export function understandOffer(text: string, offers: OfferWords[]): OfferAnswer | undefined {
  const tapped = understandChoice(text, offers.map((offer, index) => ({ value: index + 1, words: [offer.label] })));
  if (tapped !== undefined) return tapped;
  // "de derde.. nee toch de eerste": the worker took it back, the last words count.
  const corrected = text.split(/(?:^|[\s,.;!])(?:nee|neen|of nee|nee wacht|wacht)[\s,.]+(?=(?:toch|doe maar|liever|dan maar|dan toch)\b)/i);
  // "die met Marco, maar ik weet niet waar dat is": a doubt after the choice is no "niet" of it.
  const final = corrected[corrected.length - 1].replace(/[\s,]+(maar |en )?(ik )?(weet|snap) (ik )?(niet|nie) (waar|hoe) (dat|het|die|ik)\b.*$/i, '');
  const marked = normalize(final.replace(/[,;]|\.(?=\s)/g, ` ${CLAUSE_MARK} `))
    .replace(/\b(nie|nit)\b/g, 'niet')
    .replace(/\b(\d|een) ?-? ?op ?-? ?(\d|een)\b/g, '1 op 1')
    .replace(/\b(nr|nummer|no|optie|keuze)(\d)\b/g, '$1 $2');
  const normal = marked.replace(new RegExp(` ?${CLAUSE_MARK} ?`, 'g'), ' ').trim();
  if (!normal) return undefined;
  if (normalize(text) === 'andere tijd' || NONE.test(normal)) return 'none';
  if (QUESTION.test(normal) || (text.includes('?') && YES_NO_QUESTION.test(normal)) || ALL_FIT.test(normal)) return undefined;

  const chosen = new Set<number>();
  let pointed = false;
  let noneFits = false;
  // "die op dinsdag of die met Wim" names two; "niet op dinsdag en ook niet op donderdag" leaves one.
  const split = NOT.test(normal) ? /\bof\b/ : /\b(?:of|en ook)\b/;
  for (const alternative of marked.split(split).map((part) => part.trim()).filter(Boolean)) {
    const reading = readClauses(alternative, offers);
    if (!reading) continue;
    pointed = true;
    if (reading.fits.size === 0 && reading.onlyTime) noneFits = true;
    reading.fits.forEach((index) => chosen.add(index));
  }
  if (chosen.size === 1) return [...chosen][0];
  if (chosen.size > 1) return undefined;
  if (noneFits) return 'none';
  if (!pointed && NONE_WHEN_ALONE.test(normal)) return 'none';
  return undefined;
}

/**
 * The parts of one alternative each narrow the choice: "nee niet s avonds, doe maar de
 * bibliotheek" is not the evening one, and the one in the library.
 */
function readClauses(text: string, offers: OfferWords[]): { fits: Set<number>; onlyTime: boolean } | undefined {
  const parts = text.split(CLAUSE_MARK).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return parts.length === 1 ? readAlternative(parts[0], offers) : undefined;
  const readings = parts.map((part) => readAlternative(part, offers)).filter((reading) => reading !== undefined);
  if (readings.length === 0) return undefined;
  let fits = readings[0].fits;
  for (const reading of readings.slice(1)) fits = new Set([...fits].filter((index) => reading.fits.has(index)));
  return { fits, onlyTime: readings.every((reading) => reading.onlyTime) };
}

/** The offers one part of the answer points at; onlyTime when it named only a day or time. */
function readAlternative(text: string, offers: OfferWords[]): { fits: Set<number>; onlyTime: boolean } | undefined {
  const all = offers.map((_, index) => index + 1);
  const sets: Set<number>[] = [];
  let rest = ` ${text} `;
  const negated = NOT.test(text.replace(/\bmaakt (me |mij )?niet uit\b|\bniet in een groep\b|\bniet alleen\b/g, ' '));

  const format = ONE_ON_ONE.exec(rest) ? true : IN_GROUP.exec(rest) ? false : undefined;
  if (format !== undefined) {
    sets.push(new Set(all.filter((index) => offers[index - 1].oneOnOne === format)));
    rest = rest.replace(format ? ONE_ON_ONE : IN_GROUP, ' ');
  }

  // Clock times stay whole for the time reader: the 2 of "half 2" is no position.
  const times: string[] = [];
  for (const mention of clockTimesIn(rest).reverse()) {
    times.unshift(rest.slice(mention.index, mention.index + mention.length));
    rest = `${rest.slice(0, mention.index)} tijd${TIME_MARK} ${rest.slice(mention.index + mention.length)}`;
  }
  rest = rest.replace(/\bzo (snel|vroeg) (mogelijk|als het kan)\b|\bzsm\b|\bhet (snelst|eerst|vroegst)\b/g, ' eerste ');
  const tokens = words(rest);
  const names = offers.map(namesOf);
  const kept: string[] = [];
  let timeIndex = 0;
  tokens.forEach((token, i) => {
    if (token === `tijd${TIME_MARK}`) {
      kept.push(times[timeIndex++] ?? '');
      return;
    }
    const position = positionOf(token, tokens[i - 1], offers.length);
    if (position !== undefined) {
      sets.push(new Set([position]));
      return;
    }
    const byName = all.filter((index) => names[index - 1].some((name) => sameName(token, name)));
    if (byName.length > 0) {
      sets.push(new Set(byName));
      return;
    }
    kept.push(token);
  });

  const personal = sets.length > 0;
  const when = understandAvailability(kept.join(' ').replace(/\b(die|de|les|groep|het) (van|om)\b/g, '$1 om'));
  const timed = when && !when.any && (when.days.length > 0 || when.dayParts.length > 0 || when.time !== undefined);
  if (when && timed) {
    // "kan het ook om 10 uur?" asks for that time itself, not the seat nearest to it.
    const exact = /\bkan (het |dat )?ook\b/.test(text);
    const fitting = all.filter((index) => fitsTime(offers[index - 1], when.days, when.dayParts, when.time, exact));
    // "om half 10 moet ik werken": the seats at that time are the ones that do not fit.
    const working = when.time?.at !== undefined && /\b(moet ik werken|moet ik naar (mijn |het )?werk|werk ik|heb ik dienst)\b/.test(text);
    sets.push(new Set(working ? all.filter((index) => !fitting.includes(index)) : fitting));
  }
  if (sets.length === 0) return undefined;

  let fits = new Set(all);
  for (const set of sets) fits = new Set([...fits].filter((index) => set.has(index)));
  // "niet de eerste", "die met Wim liever niet": the others are left. Days and parts read their own "niet".
  if (negated && personal) fits = new Set(all.filter((index) => !fits.has(index)));
  return { fits, onlyTime: !personal && !!timed };
}

/** "de eerste", "nummer 2", "3", "de 2e", "de laatste", "de middelste"; "een" only after "nummer". */
function positionOf(token: string, previous: string | undefined, count: number): number | undefined {
  const ordinal = ORDINAL[token];
  let position: number | undefined;
  if (ordinal === 'first') position = 1;
  else if (ordinal === 'last') position = count;
  else if (ordinal === 'middle') position = count % 2 === 1 ? (count + 1) / 2 : undefined;
  else if (typeof ordinal === 'number') position = ordinal;
  else if (/^\d{1,2}(e|de|ste)?$/.test(token)) position = Number(/^\d+/.exec(token)?.[0]);
  else if (token !== 'een' || NUMBER_LEAD.has(previous ?? '')) position = numberWord(token);
  return position !== undefined && position >= 1 && position <= count ? position : undefined;
}

/** The words that name an offer's place and person: "bieb" is the bibliotheek. */
function namesOf(offer: OfferWords): string[] {
  const place = words(`${offer.place} ${offer.address ?? ''}`).filter((word) => word.length > 3 && !/\d/.test(word));
  const aliases = place.some((word) => word.startsWith('bibliothe')) ? ['bieb', 'biep', 'biebliotheek', 'bibliotheek', 'bibliotheek'] : [];
  return [...place, ...aliases, ...(offer.person ? [normalize(offer.person)] : [])];
}

function sameName(token: string, name: string): boolean {
  if (token === name) return true;
  if (token.length <= 3 || FILLER.has(token)) return false;
  return closeEnough(token, name) !== undefined;
}

function partOfDay(start: string): DayPart {
  const hour = Number(start.slice(0, 2));
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** How close a named time must be to a start to mean that seat: "om 2 uur" is the one at 13.30. */
const AT_MARGIN_MINUTES = 30;

function fitsTime(offer: OfferWords, days: Weekday[], parts: DayPart[], time: TimeWindow | undefined, exact = false): boolean {
  if (days.length > 0 && !days.includes(offer.weekday)) return false;
  if (parts.length > 0 && !parts.includes(partOfDay(offer.start))) return false;
  const start = minutes(offer.start);
  if (time?.at && Math.abs(start - minutes(time.at)) > (exact ? 0 : AT_MARGIN_MINUTES)) return false;
  if (time?.after && start < minutes(time.after)) return false;
  if (time?.before && start >= minutes(time.before)) return false;
  return true;
}
