import { understandCommand } from './commands';
import { learntConsent } from './learnt';
import { spoken } from './spoken';
import { understandYesNo } from './yes-no';

/** At the consent question: agree, refuse, ask what is kept, or say the question is unclear. */
export type ConsentAnswer = 'yes' | 'no' | 'explain' | 'help';

/** The worker does not understand the question, or cannot read it. */
const HELP: RegExp[] = [
  /\b(snap|begrijp|snappen|begrijpen|volg|snapte|begreep)( \p{L}+){0,2} (niet|niets|geen)\b/u,
  /\bwat (bedoel|bedoelt|bedoelen|bedoelde)( je| jij| u| jullie| ze| daarmee| hiermee)?\b|\bwat beteken[td]\b|\bwat is (dat|dit|bewaren)( voor iets)?$|\bwat houdt (dat|dit|het) in\b/,
  /\b(kan|kon) (het|dit|dat)? ?(niet|slecht)( zo)?( goed)? (lezen|lezn|leze|lees)\b|\bwat staat er\b|\bte moeilijk\b|\bte veel tekst\b|^(het is |dat is |veel )?te lang$|\b(tekst|vraag|bericht) is te lang\b|\bvoorlezen\b|\blees (het|dat|eens)? ?voor\b/,
  /^(huh|he|ha|hae|hu|wat|watte|pardon|hoe bedoel je)( wat)?$/,
  /\bhoe bedoel (je|jij|u)\b|\bleg (het|dat|eens)? ?uit\b|\bnog een keer\b|\bniet duidelijk\b|\bonduidelijk\b/,
  // Asking for the question again in easier words: "kan je dat makkelijker zeggen", "kan het korter".
  /\b(makkelijk\p{L}*|makelijk\p{L}*|simpeler|simpel|eenvoudiger|korter|duidelijker|langzamer)\b/u,
  /\bwat wil (je|jij|u|jullie) (nou |nu |toch )?van (me|mij)\b/,
  // Not knowing what to press or say: "welke knop moet ik drukken", "wat moet ik hier zeggen".
  /\bwelke knop\b|\bwat moet ik (hier |nu )?(zeggen|zegge|doen|drukken|drukke|kiezen|antwoorden|typen)\b/,
];

/**
 * What it is about: the name, the answers, keeping them, who sees them, where they go.
 * Stems, so that dialect and typed forms count too ("bewaaren", "leze", "veillig", "antwoorde").
 */
const TOPIC = /\b(bewaa?r\p{L}*|beware\p{L}*|opsla\p{L}*|opgesla\p{L}*|doe|doen|doet|gebeur\p{L}*|naam|nummer|gegeve\p{L}*|antwoord\p{L}*|info|informatie|zien|ziet|zie|leze|lezen|leest|krijg\p{L}*|weet|weten|ermee|daarmee|mee|baas|chef|werkgever|leidinggevende|teamleider|gemeente|uwv|docen\p{L}*|ander\p{L}*|werk|weg\p{L}*|gooi\p{L}*|verwijder\p{L}*|anoniem|prive|lang|waar|veil\p{L}*|delen|deel|deelt|gedeeld|doorgeven|door|geheim|internet\p{L}*|online|verko\p{L}*|bedrij\p{L}*|uitlek\p{L}*|privacy|avg|verplicht|nodig|bewaring)\b/u;
/** Question words anywhere: "wat bewaar je", "ja maar wie ziet dat dan". */
const QUESTION_WORD = /\b(wat|wie|waarom|waarvoor|hoe|hoelang|hoe lang|waar|welke|wanneer)\b/;
/** Who, why, how long, where: at this question always about what is kept. */
const OPEN_QUESTION = /\b(wie|waarom|waarvoor|hoelang|hoe lang|waar)\b/;
/** Words that start an answer, never a question with the verb first. */
const NOT_A_VERB = new Set(['ja', 'nee', 'oke', 'prima', 'goed', 'dat', 'het', 'dit', 'ik', 'als', 'maar', 'nou', 'joh', 'natuurlijk', 'wel', 'dus', 'en', 'want', 'dan', 'eerst', 'misschien', 'de', 'die', 'mijn', 'liever', 'liefst', 'allee', 'zeker', 'vooruit', 'hoor', 't', 's']);
/** "krijgt mijn baas dat", "blijft het geheim", "verkoop je dat": the verb first, then who. */
const SUBJECT = /^(je|jij|jullie|u|ze|het|t|dat|dit|ik|mijn|de|die|iemand|er|men|hij|zij|iedereen)$/;

/** Spellings of this question's words ("watt", "woar", "nae"). */
const SPELLING: Record<string, string> = { watt: 'wat', wad: 'wat', woar: 'waar', wor: 'waar', naj: 'nee', neeje: 'nee', neuh: 'nee', magt: 'mag' };

/** What the bot keeps and for whom: a condition that leaves one of them out contradicts it. */
const KEPT = /\b(naam|antwoord\p{L}*|gegeve\p{L}*|docent\p{L}*|doccent|juf|meester|leraar|lerares)\b/u;
/** Others than the teacher: a condition that keeps it from them matches what the bot said. */
const OTHERS = /\b(baas|chef|werk|werkgever|leidinggevende|teamleider|gemeente|uwv|ander\p{L}*|bedrij\p{L}*|internet|collega\p{L}*|iedereen|niemand|familie|buren|politie)\b/u;
/** Sooner than the year the bot said, or not kept at all. */
const SOONER = /\bna (een|1|2|3|twee|drie|een paar|paar|zes|6) (maand|maanden|week|weken|dag|dagen)\b|\b(meteen|direct|gelijk|nu|vandaag|morgen|snel|sneller|eerder|straks)\b.*\bweg|\bweg\p{L}*\b.*\b(meteen|direct|gelijk|nu|vandaag|sneller|eerder)\b|\b(niets|niet|nergens) (bewaa?r\p{L}*|beware\p{L}*|opsla\p{L}*)\b/u;

const isAQuestion = (text: string, normal: string): boolean => {
  if (text.includes('?') || QUESTION_WORD.test(normal)) return true;
  const [first, second] = normal.split(' ');
  // "hou het maar geheim" gives an order, it asks nothing.
  if (/^\S+ \S+ maar\b/.test(normal)) return false;
  // "mag je bewaren hoor" says it, with "hoor"; a question would not.
  if (/\b(hoor|hoo|hur|wel)$/.test(normal)) return false;
  return !!first && !!second && !NOT_A_VERB.has(first) && SUBJECT.test(second) && understandYesNo(first) === undefined;
};

/** The condition after a yes ("ja als ...", "ok maar niet ..."): undefined when there is none. */
function condition(normal: string): string | undefined {
  const match = /^(.*?)\b(als|zolang|mits|maar|behalve)\b(.*)$/.exec(normal);
  if (!match) return undefined;
  const lead = match[1].trim();
  if (!lead || understandYesNo(lead) !== 'yes') return undefined;
  return `${match[2]}${match[3]}`;
}

/**
 * "Is dat goed?" about keeping the worker's name and answers: yes, no, a question back about
 * what is kept and who sees it ("wat doe je ermee?", "krijgt mijn baas dat te zien?": explain),
 * or not understanding the question ("ik snap het niet", "wat bedoel je": help, never a no).
 * An open question counts before a yes: "ja maar wat bewaar je precies" wants the explanation.
 * A worried or conditional yes is a yes ("ok als mijn baas het niet ziet"), unless the condition
 * leaves out what the bot said it keeps or does ("ja maar niet mijn naam", "ja als je het meteen
 * weggooit": no answer, ask again). The last short clause decides after a doubt ("ik vertrouw
 * computers niet zo maar ok", "ik geef niet graag mijn naam dus nee").
 */
export function understandConsent(text: string): ConsentAnswer | undefined {
  return consentByRules(text) ?? learntConsent(text);
}

/** The hand-written rules alone, without the trained reader: for the comparison in test/nlu. */
export function consentByRules(text: string): ConsentAnswer | undefined {
  // "???": the worker does not know what to answer.
  if (/^\s*\?+\s*$/.test(text)) return 'help';
  const normal = spoken(text.replace(/\?/g, ' ? '))
    .split(' ')
    .map((word) => SPELLING[word] ?? word)
    .join(' ');
  if (!normal) return undefined;
  const plain = normal.replace(/\?/g, ' ').replace(/\s+/g, ' ').trim();
  if (HELP.some((pattern) => pattern.test(normal))) return 'help';
  if (plain === 'ja nee' || plain === 'nee ja') return undefined;
  // "ja waarom niet" agrees; "liever niet, je weet nooit waar het terecht komt" refuses with a reason.
  if (/^(ja |oke |nou |tja |ach )?waarom (ook )?niet( hoor| dan| eigenlijk)?$/.test(plain)) return 'yes';
  if (!text.includes('?') && /^(nee|neen|liever niet|nee liever niet|nee dank je|niet doen)\b/.test(plain) && !/\bnee ja\b|\bgeen (probleem|bezwaar|moeite)\b|\bniet erg\b/.test(plain)) return 'no';
  // "ja is goed hoor, maakt mij niet uit wat je bewaart": the "wat" asks nothing.
  if (!text.includes('?') && /^(ja|oke|prima|goed|is goed)\b/.test(plain) && /\bmaakt (me |mij )?(niet|niets|niks) uit\b/.test(plain)) return 'yes';
  // "weet ik nog niet" is no question about what is kept: no answer yet.
  if (!text.includes('?') && understandYesNo(plain) === 'unsure') return undefined;
  if (isAQuestion(text, normal) && (TOPIC.test(normal) || OPEN_QUESTION.test(normal))) return 'explain';
  if (/^(en )?(waarom|hoezo|waarvoor|waarom dan|hoezo dan|waarvoor dan|moet dat|moet dat echt|is dat nodig|is dat verplicht)( is dat| dan)?$/.test(plain)) return 'explain';

  const command = understandCommand(text);
  if (command === 'help') return 'help';

  const wish = condition(plain);
  if (wish !== undefined) {
    const leavesOut = /\b(niet|geen|zonder)\b/.test(wish) && KEPT.test(wish) && !OTHERS.test(wish) && !/\balleen\b/.test(wish);
    if (leavesOut || SOONER.test(wish)) return undefined;
    if (!/\bnee\b/.test(wish)) return 'yes';
  }

  // After a doubt, a short last clause decides: "... maar ok", "... dus nee", "... . ja".
  const clauses = text
    .split(/[.,!;]+/)
    .flatMap((part) => spoken(part).split(/\b(?:maar|dus)\b/))
    .map((clause) => clause.trim())
    .filter(Boolean);
  const last = clauses[clauses.length - 1];
  if (clauses.length > 1 && last.split(' ').length <= 3) {
    const decided = understandYesNo(last);
    if ((decided === 'yes' || decided === 'no') && !/^(niet|geen)\b/.test(last)) return decided;
  }

  if (/^nee\b.*\bdoe (maar|het maar) (niet|nie)\b/.test(plain)) return 'no';
  if (/\b(vind|vindt) (ik|het) (goed|prima|oke|best)\b|\b(mag|mogen) (je|jij|jullie|u) (het |dat |alles )?(bewaren|houden|opslaan|hebben)\b|\bga je gang\b|\bmij best\b|\bmoet wel\b|\bis best\b|\bmaakt (me |mij )?(niet|niets) uit\b|\b(bewaar|bewaren|sla|doe|gooi) (het |dat )?maar\b/.test(plain)) return 'yes';
  if (/\b(niets|niks|niet) (bewaren|bewaart|bewaard|bewaar|opslaan|opslaat|opschrijven)\b|\bhoeft niet\b|\bniet nodig\b/.test(plain)) return 'no';
  const yesNo = understandYesNo(plain);

  if (yesNo === 'yes' || yesNo === 'no') return yesNo;
  if (/\b(dan )?(is het|is dat|vind ik het|vind ik dat) (goed|prima|oke|best)$|\bdan (mag|kan) (het|dat)\b|^(mag|mag wel|mag hoor|mag van mij)$|\b(niks|niets) te verbergen\b|^(dat |het )?(mag|kan|is) (wel|goed|prima)\b|\bboeie\b|\bgeen probleem\b|^(ja|oke|prima|goed)\b/.test(plain)) return 'yes';
  if (/\bliever niet\b|\b(ik )?wil (dat |het )?niet\b|\bniet (bewaren|doen|goed)\b|^nee\b/.test(plain)) return 'no';
  return undefined;
}
