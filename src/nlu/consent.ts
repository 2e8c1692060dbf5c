import { understandCommand } from './commands';
import { spoken } from './spoken';
import { understandYesNo } from './yes-no';

/** At the consent question: agree, refuse, ask what is kept, or say the question is unclear. */
export type ConsentAnswer = 'yes' | 'no' | 'explain' | 'help';

/** The worker does not understand the question, or cannot read it. */
const HELP: RegExp[] = [
  /\b(snap|begrijp|snappen|begrijpen|volg|snapte|begreep)( \p{L}+){0,2} (niet|niets|geen)\b/u,
  /\bwat (bedoel|bedoelt|bedoelen|bedoelde)( je| jij| u| jullie| ze| daarmee| hiermee)?\b|\bwat betekent\b|\bwat is (dat|dit|bewaren)( voor iets)?$|\bwat houdt (dat|dit|het) in\b/,
  /\b(kan|kon) (het|dit|dat)? ?(niet|slecht)( zo)?( goed)? (lezen|lezn|leze|lees)\b|\bwat staat er\b|\bte moeilijk\b|\bte veel tekst\b|\bte lang\b|\bvoorlezen\b|\blees (het|dat|eens)? ?voor\b/,
  /^(huh|he|ha|hae|hu|wat|watte|pardon|hoe bedoel je)( wat)?$/,
  /\bhoe bedoel (je|jij|u)\b|\bleg (het|dat|eens)? ?uit\b|\bnog een keer\b|\bniet duidelijk\b|\bonduidelijk\b/,
];

/** What it is about: the name, the answers, keeping them, who sees them. */
const TOPIC = /\b(bewaar|bewaart|bewaard|bewaren|opslaan|opgeslagen|doe|doen|doet|gebeurt|gebeuren|naam|nummer|gegevens|antwoorden|info|informatie|zien|ziet|zie|lezen|leest|krijgt|krijgen|weet|weten|ermee|daarmee|mee|baas|chef|werkgever|teamleider|gemeente|uwv|docent|weg|weggooien|lang|waar|veilig|delen|gedeeld|privacy|avg|verplicht|nodig|bewaring)\b/;
/** A question: a question word, a question mark, or a verb first ("krijgt mijn baas dat"). */
const QUESTION = /^(wat|wie|waarom|waarvoor|hoe|hoelang|waar|welke|wanneer|krijgt|krijgen|ziet|zien|kan|kunnen|mag|mogen|gaat|gaan|bewaar|bewaard|bewaart|blijft|wordt|worden|komt|is|houd|hou|weet|leest|deel|deelt)\b|\b(wat|wie|waarom|waarvoor|hoe lang|hoelang|welke)\b/;

/**
 * "Is dat goed?" about keeping the worker's name and answers: yes, no, a question back about
 * what is kept and who sees it ("wat doe je ermee?", "krijgt mijn baas dat te zien?": explain),
 * or not understanding the question ("ik snap het niet", "wat bedoel je": help, never a no).
 * An open question counts before a yes: "ja maar wat bewaar je precies" wants the explanation.
 */
export function understandConsent(text: string): ConsentAnswer | undefined {
  const normal = spoken(text.replace(/\?/g, ' ? '));
  if (!normal) return undefined;
  const asks = text.includes('?') || QUESTION.test(normal);
  if (HELP.some((pattern) => pattern.test(normal))) return 'help';
  // "weet ik nog niet" is no question about what is kept: no answer yet.
  if (!text.includes('?') && understandYesNo(text) === 'unsure') return undefined;
  if (asks && TOPIC.test(normal)) return 'explain';
  if (/^(en )?(waarom|hoezo|waarvoor|waarom dan|hoezo dan|waarvoor dan|moet dat|moet dat echt|is dat nodig|is dat verplicht)( is dat| dan)?$/.test(normal.replace(/\?/g, '').trim())) return 'explain';

  const command = understandCommand(text);
  if (command === 'help') return 'help';
  if (/\b(vind|vindt) (ik|het) (goed|prima|oke|best)\b|\bga je gang\b|\bmij best\b|\bmoet wel\b|\bis best\b/.test(normal)) return 'yes';
  if (/\b(niets|niks|niet) (bewaren|bewaart|bewaard|bewaar|opslaan|opslaat|opschrijven)\b|\bhoeft niet\b|\bniet nodig\b/.test(normal)) return 'no';
  const yesNo = understandYesNo(text);

  if (yesNo === 'yes' || yesNo === 'no') return yesNo;
  if (/^(dat |het )?(mag|kan|is) (wel|goed|prima)\b|\bboeie\b|\bmaakt (me |mij )?(niet|niets) uit\b|\bgeen probleem\b|^(ja|oke|prima|goed)\b/.test(normal)) return 'yes';
  if (/\bliever niet\b|\b(ik )?wil (dat |het )?niet\b|\bniet (bewaren|doen|goed)\b|^nee\b/.test(normal)) return 'no';
  return undefined;
}
