/**
 * Ordinary Dutch words that sit one or two letters away from a word we listen for:
 * "vandaag" from "maandag", "echt" from "acht", "leren" from "lezen", "week" from
 * "werk", "zonder" from "zondag". They are real words, so they are never "corrected";
 * they only count when a list names them exactly.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // little words
  'aan', 'al', 'alle', 'alleen', 'als', 'ben', 'bent', 'bij', 'dag', 'dan', 'dat', 'daar', 'die', 'dit', 'doe', 'doen',
  'door', 'echt', 'een', 'eens', 'elk', 'elke', 'en', 'er', 'even', 'geen', 'had', 'heb', 'hebt', 'heeft', 'heel',
  'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iets', 'ik', 'in', 'is', 'ja', 'je', 'jij', 'jou', 'kan', 'keer', 'kun',
  'kunt', 'maar', 'me', 'meer', 'met', 'mij', 'mijn', 'moet', 'mag', 'na', 'naar', 'nee', 'net', 'niet', 'niets',
  'niks', 'nog', 'nu', 'of', 'om', 'ook', 'op', 'over', 'te', 'tot', 'toch', 'uit', 'van', 'veel', 'voor', 'waar',
  'wat', 'want', 'was', 'wel', 'welk', 'welke', 'wie', 'wil', 'wilt', 'zal', 'ze', 'zij', 'zijn', 'zo', 'zoals',
  'zonder', 'zou', 'zelfs', 'weer', 'nooit', 'soms', 'vaak', 'graag', 'liever', 'best', 'beter', 'eerst', 'daarna',
  // time words that are not days or day parts
  'vandaag', 'morgen', 'gisteren', 'week', 'weken', 'maand', 'maanden', 'jaar', 'tijd', 'uur', 'nacht', 'nachts',
  'snachts', 'laat', 'vroeg', 'straks', 'later', 'tegen', 'vanaf', 'rond', 'half', 'kwart', 'weekend',
  // verbs and nouns that come up in answers
  'leren', 'leer', 'werken', 'werkt', 'weten', 'weet', 'denk', 'denken', 'kunnen', 'willen', 'moeten', 'gaan',
  'komen', 'kom', 'kijken', 'maken', 'zeggen', 'horen', 'zien', 'lopen', 'wonen', 'helpen', 'hulp', 'vragen',
  'vraag', 'les', 'lessen', 'school', 'huis', 'thuis', 'stad', 'land', 'mensen', 'mens', 'man', 'vrouw', 'naam',
  'hallo', 'hoi', 'dank', 'bedankt', 'sorry', 'oke', 'goed', 'fijn', 'leuk', 'moeilijk', 'makkelijk', 'lezing',
  'wonder', 'donder', 'nacht', 'licht', 'recht', 'hoop', 'loop', 'koop', 'stoppen', 'mond', 'hand', 'land',
  'worden', 'word', 'wordt', 'voelen', 'voel', 'zoon', 'geval', 'maaien', 'lere', 'leere', 'schoonmaken', 'schoonmaak', 'durf', 'durven', 'helft',
]);
