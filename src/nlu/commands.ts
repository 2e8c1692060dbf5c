import { distance } from 'fastest-levenshtein';
import { COMMON_WORDS } from './common-words';
import { allowedMistakes, lookup } from './fuzzy';
import { learntCommand } from './command-model';
import { normalize, words } from './normalize';
import { spoken } from './spoken';

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
 * The heart of each command in everyday words. A message is the command when, after the
 * heart is taken out, only small words are left (ROUND_WORDS): "ik hou ermee op" is stop,
 * "ik stop om 3 uur met werken" is an answer, and so are "help bij formulieren",
 * "terug naar school" and "opnieuw leren lezen".
 */
const HEARTS: [Command, RegExp][] = [
  ['person', /\b(een )?(echt|echte) (mens|persoon)( spreken| praten| aan de lijn)?\b/],
  ['person', /\b(met |naar )?(een |mijn |me |de |je |jullie )?(mens|persoon|medewerker|coordinator|begeleider|docent|juf|meester|consulent|jobcoach) (spreken|spreke|praten|prate|bellen|belle)\b/],
  ['person', /\b(spreken|praten|bellen) met (iemand|een mens|een persoon|een medewerker)( van jullie)?\b|\biemand (aan de lijn|aan de telefoon) (krijgen|hebben)\b/],
  ['person', /\b(met |naar )?iemand( van jullie| van (het )?kantoor| van de organisatie| in (het |t )?echt)?( willen| wil| even| kunnen| zou)* (spreken|spreke|bellen|belle|praten|prate|aan de lijn|aan de telefoon)( van jullie)?( in (het |t )?echt)?\b/],
  ['person', /\b(praat|praten|spreek|spreken) (liever |graag |even )?met (iemand|een mens|een persoon|een echt mens|een echte persoon)( van jullie| van (het )?kantoor)?( in (het |t )?echt)?( dan met (een |de |deze |die )?(computer|compjoeter|robot|bot|machine|chatbot|app))?\b|\bis (daar|er) iemand( die)?( ik| mij| me)?( kan| kunnen)? (bellen|spreken|helpen)\b/],
  ['person', /\biemand (mij|me)?( even)? ?(bellen|belle|opbellen|terugbellen)\b/],
  ['person', /\b(mij|me) (even )?(bellen|opbellen|terugbellen)\b|\bbel (mij|me)( even)?( op| terug)?\b/],
  ['person', /\b(met|een) (echt )?(mens|persoon|medewerker)\b|\bgeen (robot|bot)\b/],
  ['person', /\biemand (die )?(mij |me )?(kan |kunnen )?(helpen|help)( in (het |t )?echt)?\b|\bgebeld (worden|word)\b|\b(jullie|jouw|je|uw) (telefoon)?nummer\b|\bis (daar|er) iemand\b|\bkunnen jullie (mij|me) bellen\b/],
  ['stop', /\b(exit|quit|cancel|annuleren|annuleer|einde|ophouden|ik haak af|afhaken|genoeg( zo| voor vandaag| voor nu)?|klaar( zo| nu)?|ik ben klaar|ik wil weg|ik ga weg|ik moet (nu |nou |even |zo )?(weg|gaan|ervandoor)|(ik heb )?(nu )?geen tijd( meer)?|een andere keer|later verder|ik doe het later)\b/],
  ['stop', /\b(ik )?(wil |ga )?(stop|stoppen|stoppe|kappen|kap|ophouden)( er)?( mee| ermee| hiermee| nu| maar| hoor| dan)*\b/],
  ['stop', /\b(het |dit |dat |de |deze )?(gesprek|chat|gesprekje) (te |wil )?(beeindigen|beindigen|afsluiten|afbreken|stoppen)\b|\b(beeindig|beindig|sluit) (het |dit |de )?(gesprek|chat)( af)?\b/],
  ['stop', /\bstop(pen)? met (de |deze |die |al die |je )?(vragen|chat|chatten|dit|het gesprek|praten)\b/],
  ['stop', /\b(ik )?hou( er)?( mee| ermee| maar| nu| hiermee)* op\b|\b((ik )?(wil|ga) )?niet (meer )?verder( gaan)?$|\b(ik )?(wil|ga) niet (meer )?verder( gaan)?\b|\blaat (ook|het ook) maar\b/],
  ['stop', /\blaat (het |maar )?(maar |even )?(zitten|zitte|zo)?$|\blaat maar\b/],
  ['stop', /^(doei|dag dag|tot ziens|doeidoei|later|bye|ciao|tschuss|fijne dag)\b/],
  ['stop', /\b(ik )?(wil|hoef)( het| dit)? niet meer( mee doen| meedoen)?\b|\bdoe niet meer mee\b/],
  ['stop', /\b(ik )?heb( er| hier| daar)? geen zin (meer )?(in|meer)\b|\b(ik )?heb( er| hier| daar)? geen zin( meer)?( in)?$|^(dag|doei) (hoor )?(ik ga( nu)?)?$|\bgeen zin meer\b/],
  ['stop', /\b(ik ben )?er klaar mee\b|\b(ik )?wil eruit\b|\bafbreken\b|\bafsluiten\b/],
  ['back', /\b(terug )?(naar )?(de |het |mijn |me |dat )?vorige( vraag| stap| scherm| antwoord| bericht)?( even)?( veranderen| aanpassen| wijzigen| anders| terug| klopt niet| was fout| is fout| over doen| overdoen| opnieuw doen)?\b|\b(naar )?de vraag (hiervoor|daarvoor|ervoor)\b/],
  ['back', /\b(fout|verkeerd|verkeerde|foute)( \p{L}+)? (getypt|ingevuld|gekozen|gedrukt|geklikt|gezegd|ingetypt|aangeklikt|antwoord|knop)\b|\b(mijn |me |het |dat )?antwoord (veranderen|aanpassen|wijzigen|anders|verbeteren)\b|\b(een |1 )?vraag terug\b|\b(mijn |me |het |dat )?(vorige |laatste )?antwoord (klopt niet|was fout|is fout|was verkeerd|is verkeerd)\b|^(dat|het) (was|is) (fout|verkeerd)$|\b(iets )?(fout|verkeerd) gedaan\b|\bgo back\b|^back$|\b(oeps|oops|foutje)\b/u],
  ['restart', /\b(van|vanaf|terug naar|naar|weer bij|bij) (het |t )?(begin|start)\b|\bnieuw begin\b|\bfrom the start\b/],
  ['back', /\b(ga |gaan |stap |een stap |even )?terug( gaan| alsjeblieft)?\b|\bteruggaan\b/],
  ['help', /\b(help|hulp)( me| mij| nodig)?\b/],
  ['help', /\b(ik )?(snap|begrijp|snappen|begrijpen|volg|snapte|begreep)( \p{L}+){0,2} (niet|niets|geen|nie)( bal| zak| snars| moer| hol| reet)?( van)?( wat je bedoelt| wat u bedoelt| wat er staat)?\b/u],
  ['help', /\bwat (moet|moeten|kan) (ik|je|we) (nu |nou |hier |dan |eigenlijk |precies )*(doen|typen|zeggen|invullen|antwoorden|antwoord|kiezen)\b|^wat (moet|moeten) (ik|je|we)( nu| nou| hier| dan)+$|\b(uitleggen )?wat (ik|je|we) (nu |hier |dan )?(moet|moeten|kan) (doen|typen|zeggen|invullen|antwoorden)\b/],
  ['help', /\b(kun|kan|kunt|wil|wilt) (je|jij|u) (mij|me) (even |wat )?(helpen|help)\b|^(dit |het |dat )?(is )?(veel |echt |wel |best )?(te )?(moeilijk|lastig)( voor mij| voor me| hoor)?$/],
  ['help', /\b(kunt|kun|kan) (u|je|jij) (mij|me) (even |eens |nog eens )?uitleggen( wat de bedoeling is| hoe (dit|het) werkt| wat ik moet doen)?\b|\bwat de bedoeling is\b|\bwat bedoel (je|jij|u)( daarmee| hiermee| nou| nu)?\b|\bwat betekent (dat|dit|het)\b|\bhoe (werkt|werk) (dit|het)\b|\bleg (het |dat |dit )?(eens |even |nog eens |nog een keer )?uit\b/],
  ['help', /\b(ik )?weet niet wat ik (moet|kan) (doen|typen|zeggen|antwoorden)\b/],
  ['help', /^(huh|he|ha|hae|hu|wat|watte)( wat)?$/],
  ['help', /\b(ik ben de weg kwijt|ik weet niet hoe (dit|het) werkt|hoe gaat dit|wat zei je|herhaal|nog een keer uitleggen)\b/],
  ['back', /\b(mijn |me |het |dat )?antwoord( \p{L}+)? (veranderen|aanpassen|wijzigen|anders|verbeteren)\b|\been ander antwoord( geven)?\b|\b(ik heb )?me vergist\b/u],
  ['person', /\b(mens|persoon|medewerker|iemand) (aan de lijn|aan de telefoon|chatten|appen)\b|\b(mag|kan) ik (jullie|u|je) bellen\b|\bis er (een )?(mens|iemand)\b/],
  ['help', /\b(ik )?kan (dit|het|dat) niet (goed )?lezen\b|\bwat is de bedoeling\b|\bik kom er niet uit\b|^(en )?(wat nu|hoe nu|en nu)$|\bhoe moet (dit|dat|het|ik dit)\b|\b(uitleg|uitleggen|sos)\b|\bi (dont|do not) understand\b/],
  ['restart', /\b(begin|start|beginnen|starten)( maar| even| alles| weer| nog)* (opnieuw|overnieuw|van voren af aan|van voor af aan)\b/],
  ['restart', /\b(alles )?(opnieuw|overnieuw)( mogen| willen| kunnen| gaan)?( beginnen| beginne| starten| begin| doen)?\b|\bvan (voren|voor) ?af( aan)?\b|\bvan (vooraf|voorafaan|voorafan)( aan)?\b|\breset\b|\bherstart\b|\brestart\b/],
];

/** A reason given with a command: "opnieuw aub, ik heb alles fout gedaan". */
const REASONS = /\b(ik heb )?(alles |het |iets |dat |de |die |daar )?(fout|verkeerd|verkeerde|een fout) (gedaan|gedaant|ingevuld|getypt|gedrukt|gezegd|gemaakt)\b|\b(dat|het|dit) (was|is) (niet goed|fout|verkeerd)\b/g;

/** Words that may stand around a command: "wacht, ik wil even terug alsjeblieft". */
export const ROUND_WORDS = new Set([
  'ik', 'wil', 'graag', 'even', 'alsjeblieft', 'hoor', 'nou', 'nu', 'dan', 'maar', 'toch', 'wacht', 'sorry', 'oke', 'ja', 'nee',
  'please', 'man', 'gewoon', 'eigenlijk', 'kan', 'mag', 'het', 'me', 'mij', 'ermee', 'hiermee', 'dit', 'dat', 'zo', 'er', 'weer',
  'liever', 'nog', 'we', 'je', 'jij', 'u', 'kun', 'kunt', 'zou', 'willen', 'ff', 'effe', 'misschien', 'dus', 'oh', 'o', 'hey',
  'hoi', 'hallo', 'pff', 'ugh', 'jongens', 'alles', 'hier', 'hierzo', 'van', 'jullie', 'meer', 'mee', 'een', 'keer', 'vriendelijk',
  'bedankt', 'dank', 'gaan', 'ga', 'doen', 'ben', 'is', 'heb', 'met', 'wel', 'veranderen', 'aanpassen', 'wijzigen', 'anders', 'kunnen', 'ook', 'sorry', 'heel', 'helemaal', 'nodig', 'please', 'zitten', 'vandaag', 'maar', 'eens',
  'echt', 'al', 'die', 'deze', 'de', 'mijn', 'gesprek', 'chat', 'chatten', 'bot', 'vragen', 'vraag', 'ons', 'daar', 'eventjes', 'snel',
  'ajb', 'asjeblieft', 'alsjeblief', 'ajeblieft', 'excuus', 'zelf', 'wilt', 'mogen', 'moet', 'hmm', 'ok', 'gelijk', 'meteen', 'direct', 'alweer', 'bij',
  'wens', 'geef', 'app', 'joh', 'jongen', 'meid',
]);

/** A question about the bot around a command: "ben je een robot? ik wil een mens". */
const ASIDES = /\b(ben je|ben jij|is dit|is dat) (een )?(robot|computer|bot|echt)\b|\bhelemaal\b/g;

/** The words the hearts are made of, so a typing mistake in one ("stopen", "opnieuwe", "begrijpt") still counts. */
const KEYWORDS = new Map(
  [
    'stoppen', 'ophouden', 'terug', 'opnieuw', 'overnieuw', 'beginnen', 'snap', 'begrijp', 'iemand', 'spreken', 'bellen', 'praten',
    'persoon', 'medewerker', 'vorige', 'antwoord', 'veranderen', 'alsjeblieft', 'niemand', 'uitleg', 'afsluiten', 'gesprek',
    'verkeerde', 'ingevuld', 'coordinator', 'helpen', 'uitleggen', 'helemaal',
  ].map((word) => [word, word]),
);

function fromHearts(text: string): Command | undefined {
  const typed = spoken(text.replace(/\?/g, ' ')).replace(ASIDES, ' ');
  const normal = words(typed)
    .map((word) => (word.length < 5 || ROUND_WORDS.has(word) || COMMON_WORDS.has(word) ? word : lookup(word, KEYWORDS) ?? word))
    .join(' ');
  const all = words(normal);
  if (all.length === 0 || all.length > 14) return undefined;
  for (const [command, heart] of HEARTS) {
    const match = heart.exec(normal);
    if (!match || match[0].trim() === '') continue;
    // Around the heart: small words, a reason ("ik heb alles fout gedaan") or the same command again
    // ("laat maar zitten, ik heb geen zin").
    let left = normal.replace(heart, ' ').replace(REASONS, ' ');
    for (const [other, again] of HEARTS) if (other === command) left = words(left).join(' ').replace(again, ' ');
    if (words(left).every((word) => ROUND_WORDS.has(word))) return command;
  }
  return undefined;
}

/**
 * A command the worker can give at every step: stop, terug, help, opnieuw, or asking
 * for a person. Only a message that is the command counts: "beter praten" is an answer.
 */
export function understandCommand(text: string): Command | undefined {
  const rules = commandByRules(text);
  // "niemand" answers "Wie heeft je geholpen?"; it is one letter from "iemand".
  if (rules || !normalize(text) || /\bniemand\b/.test(spoken(text))) return rules;
  // Last, the trained model (command-model.ts): short messages only, above its threshold.
  return learntCommand(text)?.command;
}

/** The hand-written rules alone, without the trained model: for the comparison in test/nlu. */
export function commandByRules(text: string): Command | undefined {
  const raw = normalize(text);
  if (/^\?+$/.test(text.trim())) return 'help';
  if (!raw) return undefined;
  const heard = fromHearts(text);
  if (heard) return heard;
  // "niemand" answers "Wie heeft je geholpen?"; it is one letter from "iemand".
  if (/\bniemand\b/.test(spoken(text))) return undefined;
  const phrase = withoutFillers(raw);
  if (!phrase) return undefined;
  for (const [command, phrases] of KNOWN) if (phrases.includes(phrase)) return command;
  let best: Command | undefined;
  let bestDistance = Infinity;
  for (const [command, phrases] of KNOWN) {
    for (const known of phrases) {
      if (known.length < 5 || COMMON_WORDS.has(phrase)) continue;
      const d = distance(phrase, known);
      // Word for word: "niet zeker" is two letters from "niet meer", but "zeker" is no "meer".
      const typed = phrase.split(' ');
      const heart = known.split(' ');
      if (typed.length !== heart.length || typed.some((word, i) => distance(word, heart[i]) > allowedMistakes(Math.min(word.length, heart[i].length)))) continue;
      if (d <= Math.min(allowedMistakes(Math.min(known.length, phrase.length)), 2) && d < bestDistance) {
        best = command;
        bestDistance = d;
      }
    }
  }
  return best;
}
