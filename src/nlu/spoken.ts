import { normalize } from './normalize';

/**
 * Spoken and chat spellings written out, word by word, so the readers can listen for one
 * form: "nie" → "niet", "kweet" → "ik weet", "mss" → "misschien", "ff" → "even",
 * "ikben" → "ik ben", "eig" → "eigenlijk". Only spellings that mean one thing are here.
 */
const SPOKEN: Record<string, string> = {
  nie: 'niet', nit: 'niet', niet: 'niet', nt: 'niet', neit: 'niet',
  kweet: 'ik weet', kwee: 'ik weet', weetik: 'weet ik', wetik: 'weet ik', weetnie: 'weet niet', weetniet: 'weet niet', kweetnie: 'ik weet niet', kweetniet: 'ik weet niet',
  ikben: 'ik ben', kben: 'ik ben', ikheet: 'ik heet', kheet: 'ik heet', ikkom: 'ik kom', kkom: 'ik kom', ikkan: 'ik kan',
  kan: 'kan', kwil: 'ik wil', ikwil: 'ik wil', ikstop: 'ik stop', khou: 'ik hou', ikhou: 'ik hou',
  zegmaar: 'zeg maar', watbewaarje: 'wat bewaar je', watbedoelje: 'wat bedoel je',
  mss: 'misschien', misch: 'misschien', mischien: 'misschien', misschien: 'misschien',
  ff: 'even', effe: 'even', efkes: 'even', eve: 'even',
  eig: 'eigenlijk', eigl: 'eigenlijk', eigenlyk: 'eigenlijk', eigk: 'eigenlijk',
  idd: 'inderdaad', sws: 'sowieso', tog: 'toch', nou: 'nou', nu: 'nu',
  pls: 'alsjeblieft', plz: 'alsjeblieft', plis: 'alsjeblieft', aub: 'alsjeblieft', svp: 'alsjeblieft', alstublieft: 'alsjeblieft',
  dankje: 'dank je', dankjewel: 'dank je wel', bedankt: 'dank je', thanks: 'dank je', thx: 'dank je', merci: 'dank je',
  niks: 'niets', niets: 'niets',
  ok: 'oke', okk: 'oke', oke: 'oke', okay: 'oke', okee: 'oke', okey: 'oke', oki: 'oke', k: 'oke',
  jao: 'ja', joa: 'ja', jo: 'ja', jawis: 'ja', goe: 'goed', neu: 'nee', nee: 'nee',
 jaa: 'ja', jah: 'ja', jawel: 'ja wel', jahoor: 'ja hoor', neehoor: 'nee hoor',
  neej: 'nee', neen: 'nee', ne: 'nee', nah: 'nee', nop: 'nee', nope: 'nee',
  zekers: 'zeker', tuurlijk: 'natuurlijk', tuurluk: 'natuurlijk',
  wa: 'wat', wut: 'wat', wtf: 'wat', hoezo: 'hoezo', waarom: 'waarom', warom: 'waarom',
  me: 'me', mn: 'mijn', mijn: 'mijn', mein: 'mijn', myn: 'mijn',
  iemant: 'iemand', iemad: 'iemand', niemant: 'niemand', nimand: 'niemand', niemad: 'niemand', niemnd: 'niemand',
  trug: 'terug', terug: 'terug', teug: 'terug', treug: 'terug',
  hellup: 'help', hellep: 'help', hlp: 'help', hepl: 'help', hlep: 'help', halp: 'help', helpp: 'help',
  stopp: 'stop', stp: 'stop', sotp: 'stop', stopt: 'stop',
  doeii: 'doei', doeg: 'doei', doi: 'doei', houdoe: 'doei', ajuus: 'doei', aju: 'doei', dag: 'dag',
  overnieuw: 'opnieuw', opnieuw: 'opnieuw', opnieu: 'opnieuw', overnieu: 'opnieuw', opnuew: 'opnieuw', nieuw: 'nieuw',
  snapt: 'snap', snappe: 'snappen', begrijp: 'begrijp', begrijpt: 'begrijp', snapnie: 'snap niet', snapniet: 'snap niet',
  bro: '', man: 'man', hoor: 'hoor', he: 'he',
  // Street words that only add weight (dev-i): "wollah ja" is "ja", "laat maar mattie" is "laat maar".
  wollah: '', wallah: '', wlh: '', mattie: '', matti: '', mattje: '',
  tis: 'het is', kweenie: 'ik weet niet', kweeni: 'ik weet niet',
  // Dialect and phonetic spellings (dev-f): Gronings/Drents "nait", final "ch" for "g", "gen" for "geen".
  nait: 'niet', gen: 'geen', gene: 'geen', graach: 'graag', vraach: 'vraag', vandaach: 'vandaag', ken: 'kan', lieve: 'liever',
  dach: 'dag', moarn: 'morgen', kin: 'kan', gegeevens: 'gegevens', weete: 'weten', hielendal: 'helemaal', heelemaal: 'helemaal', opnij: 'opnieuw', opnui: 'opnieuw', ikke: 'ik',
};

/**
 * Dialect words that mean one thing, mostly Limburgs and Brabants (dev-o): "ich kin morge neet"
 * is "ik kan morgen niet", "maakt neet oet", "'s oaves", "veur vier oer", "zeg mer".
 */
const DIALECT: Record<string, string> = {
  ich: 'ik', neet: 'niet', mich: 'mij', mie: 'mij', oet: 'uit', altied: 'altijd', mer: 'maar', mar: 'maar', gin: 'geen',
  doon: 'doen', mit: 'met', morge: 'morgen', weure: 'worden', mot: 'moet', zeuve: 'zeven', veur: 'voor', oer: 'uur',
  et: 'het', as: 'als', werke: 'werken', oaves: 'avonds', soaves: 'savonds', goonsdag: 'woensdag', nimmand: 'niemand',
  ein: 'een', wit: 'weet', noe: 'nou', vin: 'vind', nae: 'nee', jha: 'ja', jaoh: 'ja', jaoo: 'ja', nix: 'niets', kalle: 'praten',
  kallen: 'praten', bin: 'ben', wete: 'weten', da: 'dat', gaer: 'graag', nao: 'na', gevonde: 'gevonden', mien: 'mijn', eigelijk: 'eigenlijk',
};

/** Dialect words written out in the worker's own text, its punctuation kept (the day reader needs the commas). */
export function plainDialect(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => DIALECT[word.toLowerCase()] ?? word);
}

/** "nie" → "niet" and the like; digits keep their signs, as in normalize. "o6" typed for "06" too. */
export function spoken(text: string): string {
  return normalize(plainDialect(text))
    .replace(/\bo6(?=[\s-]?\d)/g, '06')
    .replace(/\bd r\b/g, 'er')
    .replace(/\bik wait\b/g, 'ik weet')
    .split(' ')
    .map((word) => (Object.prototype.hasOwnProperty.call(SPOKEN, word) ? SPOKEN[word] : word))
    .filter(Boolean)
    .join(' ');
}

/** The words of spoken(text), signs between letters removed. */
export function spokenWords(text: string): string[] {
  return spoken(text)
    .replace(/(^|[^\d])[/:.+-]+|[/:.+-]+(?=[^\d]|$)/g, '$1 ')
    .split(' ')
    .filter(Boolean);
}
