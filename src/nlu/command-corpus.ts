/**
 * The small corpus the command model (command-model.ts) learns from at start. Written by hand,
 * not taken from the test batches: commands in everyday words, and ordinary answers to the
 * bot's questions that share words with a command ('stoppen met roken', 'leren bellen'), so the
 * model learns that those words alone make no command.
 */
import type { Command } from './commands';

export const COMMAND_EXAMPLES: Record<Command, string[]> = {
  stop: [
    'stop', 'stoppen', 'ik stop', 'ik wil stoppen', 'ik ga stoppen', 'ik hou op', 'hou op', 'ik hou ermee op', 'laat maar', 'laat maar zitten',
    'laat ook maar', 'ik wil niet meer', 'ik doe niet meer mee', 'ik heb geen zin meer', 'geen zin', 'ik kap ermee', 'kappen', 'ik wil weg',
    'doei', 'tot ziens', 'ik ben klaar', 'klaar ermee', 'genoeg', 'ik wil ophouden', 'stop maar', 'ik haak af', 'ik wil eruit', 'niet meer verder',
    'ik wil niet verder', 'stop het gesprek', 'ik stop ermee', 'ophouden', 'afbreken', 'ik wil het afbreken', 'het hoeft niet meer', 'later misschien',
    'een andere keer', 'ik heb geen tijd', 'ik moet weg', 'stop de chat', 'ik wil afsluiten', 'einde', 'ik wil er vanaf', 'ik ben er klaar mee',
    'nee ik wil niet meer', 'laat het', 'ik kap', 'ik stop nu', 'ik wil stoppen met dit', 'dit wil ik niet meer',
  ],
  back: [
    'terug', 'ga terug', 'ik wil terug', 'kan ik terug', 'vorige', 'vorige vraag', 'naar de vorige vraag', 'een stap terug', 'stapje terug',
    'ik wil mijn antwoord veranderen', 'mijn vorige antwoord was fout', 'ik heb het verkeerd getypt', 'ik drukte op de verkeerde knop', 'oeps fout',
    'dat was fout', 'ik heb me vergist', 'ik wil het vorige antwoord aanpassen', 'terug naar de vraag hiervoor', 'de vraag hiervoor', 'ik wil terug naar vorige',
    'verkeerd gedrukt', 'foutje', 'dat klopt niet wat ik zei', 'ik bedoelde iets anders', 'ik wil dat anders', 'kan dat nog veranderen', 'ik typte fout',
    'ik wil een vraag terug', 'even terug', 'teruggaan', 'ik heb per ongeluk gedrukt', 'per ongeluk', 'ik wil het vorige veranderen', 'mijn antwoord klopt niet',
  ],
  help: [
    'help', 'hulp', 'help me', 'ik heb hulp nodig', 'ik snap het niet', 'snap ik niet', 'ik begrijp het niet', 'ik begrijp er niks van', 'wat moet ik doen',
    'wat moet ik typen', 'wat moet ik zeggen', 'hoe werkt dit', 'wat bedoel je', 'huh', 'wat', 'ik weet niet wat ik moet doen', 'kun je me helpen',
    'kan je mij helpen', 'uitleg', 'leg uit', 'kun je het uitleggen', 'ik kom er niet uit', 'ik ben de weg kwijt', 'te moeilijk', 'dit is te moeilijk',
    'ik kan het niet lezen', 'wat staat er', 'wat is de bedoeling', 'hoe moet dit', 'ik snap de vraag niet', 'ik begrijp de vraag niet', 'welke vraag',
    'wat vraag je', 'ik volg het niet', 'ik snap er geen bal van', 'wat moet ik hier', 'en nu', 'wat nu', 'hoe dan', 'ik weet het niet meer wat ik moet doen',
    'ik kan dit niet', 'het lukt niet', 'het lukt me niet', 'lukt niet', 'wat moet ik kiezen', 'welke knop', 'waar moet ik drukken',
  ],
  restart: [
    'opnieuw', 'overnieuw', 'begin opnieuw', 'opnieuw beginnen', 'ik wil opnieuw beginnen', 'alles opnieuw', 'van voren af aan', 'vanaf het begin',
    'terug naar het begin', 'helemaal opnieuw', 'nog een keer beginnen', 'reset', 'herstart', 'start opnieuw', 'opnieuw starten', 'ik wil het opnieuw doen',
    'alles overnieuw doen', 'kan ik overnieuw', 'weer vanaf het begin', 'nieuw begin', 'ik wil vooraan beginnen', 'alles weg en opnieuw', 'van het begin af',
    'begin maar opnieuw', 'kunnen we opnieuw beginnen', 'ik wil alles opnieuw invullen', 'alles wissen en opnieuw', 'overdoen', 'ik wil het overdoen',
  ],
  person: [
    'ik wil iemand spreken', 'kan ik iemand bellen', 'ik zou graag met iemand willen praten', 'een echt mens', 'ik wil een mens', 'kan iemand mij bellen',
    'bel me', 'bel mij maar', 'ik wil bellen', 'mag ik bellen', 'ik wil met iemand praten', 'met iemand praten', 'kan ik iemand spreken', 'iemand spreken',
    'ik wil een medewerker', 'ik wil met een medewerker praten', 'ik wil met de coordinator praten', 'kan ik met mijn docent praten', 'ik wil liever praten met een mens',
    'geen robot', 'ik wil geen computer', 'ik wil met een persoon praten', 'is daar iemand', 'kan iemand mij helpen', 'wie kan ik bellen', 'wat is jullie nummer',
    'kan ik jullie bellen', 'kunnen jullie me bellen', 'liever telefonisch', 'liever bellen', 'ik wil iemand aan de telefoon', 'ik wil iemand aan de lijn',
    'kan ik iemand aan de lijn krijgen', 'ik wil met iemand van jullie praten', 'praten met een echt persoon', 'mag ik een mens', 'is er iemand die mij kan helpen',
    'ik wil iemand bellen', 'iemand bellen', 'terugbellen', 'bel me terug', 'wil je mij bellen', 'kan er iemand langskomen', 'ik wil het aan iemand vragen',
  ],
};

/** Ordinary answers at the bot's questions: no command, even where they share a word with one. */
export const ANSWER_EXAMPLES: string[] = [
  // goals and reasons
  'lezen', 'schrijven', 'rekenen', 'computer', 'lezen en schrijven', 'beter leren lezen', 'ik wil leren bellen', 'leren praten', 'beter praten',
  'nederlands praten', 'beter praten met mensen', 'praten met mijn collega', 'stoppen met roken', 'help bij formulieren', 'hulp bij formulieren',
  'hulp bij de computer', 'help met de belasting', 'terug naar school', 'opnieuw leren lezen', 'weer leren schrijven', 'brieven lezen', 'mijn loonstrook snappen',
  'appen met mijn kleinkind', 'bellen met de dokter', 'mailen', 'digid', 'formulieren invullen', 'de krant lezen', 'voor mijn werk', 'voor mijn kinderen',
  'voor mezelf', 'voor een diploma', 'mijn baas wil het', 'ik wil mijn kinderen helpen met huiswerk', 'iets anders', 'alles', 'ik kan niet goed lezen',
  'ik wil niet afhankelijk zijn', 'zelf mijn post lezen', 'op de telefoon', 'opnieuw beginnen met school', 'een brief schrijven', 'rekenen met geld',
  // when and offers
  'dinsdag', 'maandag ochtend', 'woensdag middag', 'savonds', 'na mijn werk', 'voor mijn werk', 'maakt niet uit', 'door de week', 'in het weekend',
  'ik stop om 3 uur met werken', 'ik werk tot 4 uur', 'na vieren', 'om 2 uur', 'de eerste', 'de laatste', 'nummer 2', 'die op dinsdag', 'die met marco',
  'die in de bieb', 'andere tijd', 'geen van allen', 'past niet', 'de avond', 'donderdag is goed', 'vorige week kon ik niet', 'terug van vakantie op maandag',
  // yes, no, unsure
  'ja', 'nee', 'ja hoor', 'nee hoor', 'liever niet', 'klopt', 'klopt niet', 'prima', 'is goed', 'misschien', 'weet ik niet', 'geen idee', 'oke', 'doe maar',
  'doe maar niet', 'niet doen', 'hoeft niet', 'nee dank je', 'ja graag', 'ja dat is goed', 'nee dat wil ik niet',
  // consent
  'wat bewaar je', 'wie ziet dat', 'wat doe je ermee', 'krijgt mijn baas dat te zien', 'waarom', 'ja dat mag',
  // names and helpers
  'piet', 'sanne van dijk', 'ik ben kees', 'zeg maar ruud', 'kim', 'roos', 'mo', 'anja', 'niemand', 'ikzelf', 'zelf gevonden', 'mijn baas', 'mijn collega',
  'mijn moeder', 'de juf van de inpak', 'iemand van het werk', 'een collega', 'mijn begeleider', 'iemand van de inpak hielp me', 'mijn buurman',
  // phone
  'laat maar weten', 'laat het me weten', 'ik moet werken',   'terugbellen mag', 'bellen mag', 'bellen is goed', 'je mag me bellen', 'ja bel maar', 'niet meer op maandag', 'ik kan niet meer op dinsdag',
  '0612345678', 'ja hier is mijn nummer', 'heb geen telefoon', 'liever niet bellen', 'bel maar op mijn werk nummer', 'mijn nummer is 06 12345678',
  // change and lesson
  'mijn naam', 'het nummer', 'de dag', 'ik heet anders', 'mijn dag klopt niet', 'alles goed', 'ik kan dinsdag niet', 'ik ben ziek', 'ik wil me afmelden',
  'ik kom niet meer', 'hoe laat is mijn les', 'waar moet ik zijn', 'in mijn agenda', 'niets dank je', 'hoi', 'hallo', 'goedemorgen', 'dank je wel', 'bedankt',
];
