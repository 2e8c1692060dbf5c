import nl from '../../locales/nl.json';

/** Every string a worker can read, with placeholders filled by a short word. */
function sentencesOf(node: unknown): string[] {
  if (typeof node === 'string') return [node.replace(/\{\w+\}/g, 'Piet')];
  if (Array.isArray(node)) return node.flatMap(sentencesOf);
  if (node && typeof node === 'object') return Object.values(node).flatMap(sentencesOf);
  return [];
}

/** The coordinators' dashboard has its own section: Dutch too, but for staff, so it is checked more lightly below. */
const { coordinator, ...workerTexts } = nl;
const texts = sentencesOf(workerTexts);
const sentences = texts.flatMap((text) => text.split(/(?<=[.!?:])\s+|\n/)).map((s) => s.trim()).filter(Boolean);
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word));

/** Dutch syllables, counted as groups of vowels ("ij" and "ui" are one sound). */
function syllables(word: string): number {
  const groups = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

const JARGON = [
  'intake', 'wachtlijst', 'registratie', 'registreren', 'faciliteren', 'aanmeldprocedure', 'laaggeletterd',
  'taalachterstand', 'basisvaardigheden', 'deelnemer', 'cursist', 'traject', 'persoonsgegevens', 'beschikbaarheid',
  'vestiging', 'locatie', 'annuleren', 'bevestigen', 'ongeldig', 'invoer',
];

describe('the words in locales/nl.json', () => {
  it('keep every sentence at 12 words or fewer', () => {
    const long = sentences.filter((sentence) => wordsOf(sentence).length > 12);
    expect(long).toEqual([]);
  });

  it('read easily: Flesch-Douma reading ease of 75 or more', () => {
    const words = sentences.flatMap(wordsOf);
    const syllablesPer100Words = (words.reduce((sum, word) => sum + syllables(word), 0) / words.length) * 100;
    const wordsPerSentence = words.length / sentences.length;
    const ease = 206.84 - 0.77 * syllablesPer100Words - 0.93 * wordsPerSentence;
    process.stdout.write(`Flesch-Douma reading ease: ${ease.toFixed(1)} (${sentences.length} sentences)\n`);
    expect(ease).toBeGreaterThanOrEqual(75);
  });

  it('use no jargon and never name the problem', () => {
    const found = texts.filter((text) => JARGON.some((word) => text.toLowerCase().includes(word)));
    expect(found).toEqual([]);
  });

  it('never promise to get back later', () => {
    const vague = texts.filter((text) => /we nemen contact|we komen (erop|er op) terug|je hoort (nog )?van ons/i.test(text));
    expect(vague).toEqual([]);
  });
});

describe('the coordinators\' words in locales/nl.json', () => {
  const staffTexts = sentencesOf(coordinator);

  it('keep sentences short: 20 words or fewer', () => {
    const staffSentences = staffTexts.flatMap((text) => text.split(/(?<=[.!?:])\s+|\n/)).filter(Boolean);
    expect(staffSentences.filter((sentence) => wordsOf(sentence).length > 20)).toEqual([]);
  });

  it('never name the problem either', () => {
    expect(staffTexts.filter((text) => /laaggeletterd|taalachterstand/i.test(text))).toEqual([]);
  });
});
