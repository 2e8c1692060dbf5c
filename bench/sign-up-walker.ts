import nl from '../locales/nl.json';

/** What the bot sent in one turn: every text, and the buttons of the last message. */
export interface BotTurn {
  texts: string[];
  buttons: string[];
}

/** What a virtual worker does next. */
export type Move = { kind: 'say'; text: string; question: string } | { kind: 'booked' } | { kind: 'stuck'; reason: string };

type Pick = (buttons: string[], random: () => number) => string;

const first: Pick = (buttons) => buttons[0];
const anyButton: Pick = (buttons, random) => buttons[Math.floor(random() * buttons.length)];
/** The last button is "something else" (own words): a worker who taps picks one of the others. */
const anyButLast: Pick = (buttons, random) => buttons[Math.floor(random() * (buttons.length - 1))];
const NAMES = ['Anja', 'Bram', 'Cor', 'Dewi', 'Ed', 'Fatma', 'Gijs', 'Hanneke', 'Ilse', 'Joop', 'Karin', 'Lotte'];
const aName: Pick = (_buttons, random) => NAMES[Math.floor(random() * NAMES.length)];

/**
 * The questions of the sign-up, found by their key in locales/nl.json, and how a worker
 * answers each: by button position (yes comes first, "something else" last), or by
 * typing where the question has no answer buttons. Wording can change; keys and order stay.
 */
const ANSWERS: [key: string, pick: Pick][] = [
  ['consent.ask', first],
  ['consent.askMonths', first],
  ['name.ask', aName],
  ['goals.ask', anyButLast],
  ['when.ask', anyButton],
  ['seats.ask', anyButLast],
  ['seats.askNear', anyButLast],
];
/**
 * The confirmation opens with "Gelukt!"; a worker whose booking was stored just before a
 * crash hears "Je hebt al een plek." when they come back.
 */
// "Waarvoor wil je dat leren?" is asked only after a seat is booked (a worker cut off by a crash may meet it first).
const BOOKED = ['booking.done', 'lesson.already', 'reasons.ask'];
const UNCLEAR = ['unclear.first', 'unclear.again'];

function textAt(key: string): string {
  let node: unknown = nl;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`locales/nl.json has no text at ${key}`);
  return node;
}

/** A locale text as a pattern: placeholders match anything. */
function patternOf(key: string, whole: boolean): RegExp {
  const parts = textAt(key).split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(whole ? `^${parts.join('.+?')}$` : `^${parts.join('.+?')}`);
}

const questions = ANSWERS.map(([key, pick]) => ({ key, pick, pattern: patternOf(key, true) }));
const booked = BOOKED.map((key) => patternOf(key, false));
const unclear = UNCLEAR.map((key) => patternOf(key, false));

const linesOf = (turn: BotTurn) => turn.texts.flatMap((text) => text.split('\n'));

/** Decides the next answer from what the bot just said; 'booked' when it confirmed a seat. */
export function nextMove(turn: BotTurn, random: () => number): Move {
  const lines = linesOf(turn);
  if (lines.some((line) => booked.some((pattern) => pattern.test(line)))) return { kind: 'booked' };
  const last = lines[lines.length - 1] ?? '';
  if (unclear.some((pattern) => pattern.test(last))) return { kind: 'stuck', reason: 'the bot did not understand' };
  const question = questions.find(({ pattern }) => pattern.test(last));
  if (!question) return { kind: 'stuck', reason: `unknown question: ${last.slice(0, 80)}` };
  return { kind: 'say', text: question.pick(turn.buttons, random), question: question.key };
}

/** A small seeded random generator (mulberry32), so a run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
