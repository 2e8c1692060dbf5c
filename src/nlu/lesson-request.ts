import { understandAvailability } from './days';
import { spoken } from './spoken';

/**
 * What a worker who already has a seat asks for: move from now on, miss one lesson,
 * stop, see the lesson, the calendar file, their data, erasure, nothing, or only a greeting.
 */
export type LessonRequest = 'move' | 'absent' | 'cancel' | 'show' | 'calendar' | 'my-data' | 'erase' | 'done' | 'greeting';

const GREETING = /^(hoi|hoii|hoi hoi|hallo|hallo daar|hallootjes|hey|heyy|hee|heej|hej|hai|hi|hello|moi|moin|goeiedag|goededag|goeiemorgen|goedemorgen|goeiemiddag|goedemiddag|goeienavond|goedenavond|goeie|morgen|middag|avond|dag|daag|yo|jo|he|salaam|salam|selam|salut|hoe gaat het|alles goed|goedendag|hellow|halo|hoj|fawaka|fawaka boi|ewa|wazzup|wassup|hallo allemaal)( (?!(niet|nie|geen|kan|kom|ben|meer|weg|ziek)\b)\p{L}+)?$/u;
const GREETING_START = /^(hoi|hallo|hey|heyy|hee|hai|hi|moi|goedemorgen|goeiemorgen|goedemiddag|goedenavond|dag|yo|hello)\b( (daar|taalbot|bot|allemaal))?/;

/** Throw away what is kept. */
const ERASE = /\b(gooi|gooien|verwijder|verwijderen|wis|wissen|weggooien|weg gooien|vernietig|schrap|schrappen)\b.*\b(gegev\p{L}*|data|alles|info|informatie|naam|dingen|dat|het|mij|me)\b|\b(gegev\p{L}*|alles|data|info)\b.*\b(weg|verwijderen|verwijderd|wissen|weggooien|gewist|weggegooid)\b|\bhaal (mij|me|mijn \p{L}+( en (mijn )?\p{L}+)?) (uit|van) (jullie |het |de |je |uw )?(systeem|computer|bestand|database|lijst|gegevens)\b|\bvergeet (mij|me|alles)\b|\bniks meer (bewaren|van mij)\b/u;
/** What is kept of me. */
const MY_DATA = /\b(wat|welke)\b.*\b(bewaard|bewaar|bewaren|bewaart|opgeslagen|weet|weten|hebben|heb|hebt|heeft|hej|staat|staan)\b.*\b(mij|me|mijn|over mij|van mij)\b|\b(welke|wat voor) (persoons)?gegevens\b|\b(hebben|heeft|hebt|bewaren|bewaart|weten|weet) (jullie|u|je|jij) (ook )?(mijn|iets van mij|gegevens|persoonsgegevens)\b|\bmijn gegevens\b|\bgegevens (zien|inzien|bekijken)\b|\bwat (weet|weten) (je|jij|jullie|u) (van|over) (mij|me)\b|\bwat staat er over (mij|me)\b/;
const CALENDAR = /\b(agenda|agende|agendaa|kalender|calender|kalendar|agender|calendar|herinnering in mijn telefoon|in mijn telefoon zetten)\b/;
/** Stop the lessons for good. */
const CANCEL = /\b(afmelden|afmelde|af te melden|af melden|uitschrijven|uitschrijve|uitschrijf|opzeggen|opzegge|afzeggen|afzegge|af zeggen|af te zeggen)\b|\b(ik )?(meld|schrijf) (me|mij|mijzelf) (af|uit)\b|\b(meld|schrijf) ik (me|mij|mijzelf) (af|uit)\b|\bhaal (me|mij) (eruit|er uit|van de lijst)\b|\bgeen tijd meer voor (de |die |mijn |deze )?(les|lessen|cursus)\b|\bhoef (het |de les |de lessen )?niet meer\b|\b(ik )?(kom|wil|ga|doe) (niet|nie) meer( komen| mee| meedoen| naar de les)?\b|\bstop(pen|pe)? (met|met de) (de |mijn |die |les|lessen|cursus)|\b(geen|nie|niet) (les|lessen) meer\b|\b(ik )?(stop|stoppen|stoppe|kap|kappen) (ermee|er mee)\b|\bik stop\b$|\bhoeft niet meer\b|\bniet meer naar (de )?les\b/;
/** Where and when the lesson is. */
const SHOW = /^(is|zijn|begint|start) (de|mijn) (les|lessen)\b|\b(hoe laat|hoelaat|welke tijd|hoe vroeg)\b|\bwaar (moet|is|zit|was|ben|ga|kom|vind|zijn|heen|naartoe)\b|\bwanneer (is|was|heb|moet|begint|start|ben|zijn|komt)\b|\b(welke|wat voor) (dag|datum|plek|adres|lokaal)\b|\badres\b|\b(volgende|eerste|mijn) les\b.*\b(wanneer|waar|hoe laat)\b|\bwaar (is|was) het\b|\bmijn les (zien|bekijken)\b|\bwelk (lokaal|adres|gebouw)\b|\bhoe kom ik (er|daar)\b/;
/** Nothing, thanks. */
const DONE = /^(nee|niets|klaar|ik ben klaar|nee niets|nee dank je|nee dank je wel|niets dank je|niets dank je wel|dank je|dank je wel|nee hoor|nee hoor niets|nee hoor dank je|laat maar|niets hoor|hoeft niet|nee bedankt|top dank je|oke dank je|oke|goed zo|prima|is goed|nee hoor niets dank je|niets meer|was alles|dat was het|dat was alles|nee dat was het|nee hoor dat was het)( wel| hoor)?$/;

/** One occasion: a date word, this time, a reason that is for one day. */
const ONE_TIME = /\b(morgen|moarn|vandaag|zomer|zomervakantie|kerst|kerstvakantie|meivakantie|herfstvakantie|\d+ (weken|dagen)|(een|twee|drie|paar) (weken|dagen)|ziekte|operatie|overmorgen|vanavond|vanmiddag|vanochtend|vanmorgen|straks|deze (week|keer|les|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dag)|volgende (week|keer|les|maandag|dinsdag|woensdag|donderdag|vrijdag)|aanstaande|komende (week|les|keer|maandag|dinsdag|woensdag|donderdag|vrijdag)|een keer|1 keer|eenmalig|ziek|grieperig|griep|verkouden|koorts|vakantie|vakansie|op reis|afwezig|verhinderd|jarig|verjaardag|feest|bruiloft|begrafenis|dokter|huisarts|tandarts|ziekenhuis|afspraak|tussendoor|de \d+(e|de|ste)?|\d+ (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))\b/;
/** From now on: another day or time, for good. */
const MOVE = /\b(voortaan|vanaf nu|niet meer|nooit|andere dag|ander dag|andere tijd|ander tijdstip|ander uur|andere dagen|andere groep|ander groepje|andere les|ander moment|andere momenten|andere werktijden|nieuwe werktijden|nieuw rooster|ander rooster|nieuwe baan|nieuw werk|ander werk|verzetten|verzette|verzet|verplaatsen|verplaatse|verplaats|verschuiven|verschuive|schuiven|wisselen|wissele|ruilen|ruile|omruilen|omzetten|omzette|veranderen|(mijn |de )?(tijd|dag|lestijd|lesdag|les) (aanpassen|aanpasse|veranderen|verandere|wijzigen)|overstappen|past beter|past niet meer|liever op|liever in de|liever s|kan het (ook |ook niet )?(op|in|naar|om|s|later|eerder|vroeger)|kan (ik|het) (ook )?(naar|op) (een )?andere|naar de (ochtend|middag|avond)|naar (een )?andere)\b/;
/** Cannot come: the negation of coming. */
const CANNOT = /\b(kan|kun|kunnen|kom|komen|ben|zijn|lukt|red|haal)\b.*\b(niet|nie|geen)\b|\b(niet|geen)\b.*\b(komen|kunnen|er zijn)\b|\bben( er)? niet\b/;

/**
 * "ik kan dinsdag niet" (move), "ik kan morgen niet" (absent, one time), "ik wil me afmelden"
 * (cancel), "hoe laat is mijn les" (show), "zet het in mijn agenda", "wat heb je van mij",
 * "gooi mijn gegevens weg", "niks, dank je" (done), "hoi" (greeting). A greeting before a
 * request is the request: "hoi, ik ben donderdag er niet" is absent.
 */
export function understandLessonRequest(text: string): LessonRequest | undefined {
  let normal = spoken(text);
  if (!normal) return undefined;
  if (GREETING.test(normal)) return 'greeting';
  normal = normal.replace(GREETING_START, '').trim();
  if (!normal) return 'greeting';
  if (ERASE.test(normal)) return 'erase';
  if (CALENDAR.test(normal)) return 'calendar';
  if (MY_DATA.test(normal)) return 'my-data';
  const oneTime = ONE_TIME.test(normal);
  // "ik meld me af voor vrijdag": off for one lesson, not for good.
  const namesADay = understandAvailability(normal) !== undefined;
  // "niet meer komen" stops the lessons; "dinsdag kan ik niet meer komen" moves them.
  if (!namesADay && /\bniet meer (komen|meedoen|mee doen)\b/.test(normal)) return 'cancel';
  if (CANCEL.test(normal)) {
    const forGood = /\b(niet meer|nie meer|geen les|stop|stoppen|stoppe|uitschrijven|opzeggen|helemaal|voorgoed|voor altijd|alle lessen|de lessen|die lessen|de cursus|hele cursus|cursus|eruit|er uit)\b/.test(normal);
    if (!forGood && (oneTime || namesADay)) return 'absent';
    if (!/\b(niet meer|nie meer)\b/.test(normal) || !namesADay || /\b(kom|komen|wil)\b/.test(normal)) return 'cancel';
  }
  if (SHOW.test(normal) && !CANNOT.test(normal)) return 'show';
  // "morgen kan ik pas om 11, mag ik later komen?": one lesson, later; a question for a person, not a move.
  if (oneTime && /\b(pas om|later komen|later beginnen|eerder weg|eerder gaan)\b/.test(normal)) return undefined;
  if (MOVE.test(normal)) return 'move';
  if (oneTime && (CANNOT.test(normal) || /\b(ziek|grieperig|verkouden|koorts|misselijk|vakantie|vakansie|afwezig|verhinderd|jarig|dokter|tandarts|ziekenhuis|op reis|griep)\b/.test(normal))) return 'absent';
  // "ik kan dinsdag niet": a weekday the worker cannot come on, with no one-time word, is for good.
  if (CANNOT.test(normal) && namesADay) return /\b(kom|ben|zijn)\b/.test(normal) ? 'absent' : 'move';
  if (oneTime && /\b(niet|geen)\b/.test(normal)) return 'absent';
  // "kan het ook op donderdag", "savonds past beter": another time asked for.
  if (namesADay && /\b(kan|mag|liever|beter|graag|wil)\b/.test(normal)) return 'move';
  // "ik ben er niet": one time, the next lesson.
  if (/^(ik )?(ben|kom) er (even |een keer |deze keer )?niet( bij)?$|^(ik )?(kan|kon) (er )?(even )?niet komen$/.test(normal)) return 'absent';
  if (DONE.test(normal) || /^(nee|niets)\b.*\b(dank|bedankt|hoor)\b/.test(normal)) return 'done';
  return undefined;
}
