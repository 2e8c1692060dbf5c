/**
 * A trained fallback for commands (issue 14 §1): a small neural network from NLP.js
 * (@nlpjs/neural, one layer of perceptrons) over the Dutch stems of @nlpjs/lang-nl, trained
 * synchronously the first time it is asked, from the hand-written corpus in command-corpus.ts.
 * understandCommand asks it only when the rules find nothing, and only for short messages.
 */
import { NeuralNetwork } from '@nlpjs/neural';
import { StemmerNl } from '@nlpjs/lang-nl';
import { ANSWER_EXAMPLES, COMMAND_EXAMPLES } from './command-corpus';
import { ROUND_WORDS, type Command } from './commands';
import { words } from './normalize';
import { spoken } from './spoken';

const NO_COMMAND = 'answer';
/** The model answers only above this score, and only for messages of at most MAX_WORDS words. */
export const THRESHOLD = 0.75;
export const MAX_WORDS = 7;

const stemmer = new StemmerNl();

/** The Dutch stem of one word: "spreken" → "sprek". */
export function stemOf(word: string): string {
  return stemmer.stemWord(word);
}

/** Stems and pairs of stems: "ik wil iemand spreken" → ik, wil, iemand, sprek, ik_wil, … */
export function features(text: string): Record<string, number> {
  const stems = words(spoken(text)).map(stemOf);
  const result: Record<string, number> = {};
  for (const stem of stems) result[stem] = 1;
  for (let i = 1; i < stems.length; i += 1) result[`${stems[i - 1]}_${stems[i]}`] = 1;
  return result;
}

let model: { net: NeuralNetwork; known: Set<string>; commandWords: Set<string> } | undefined;

function trained() {
  if (model) return model;
  const corpus: { input: Record<string, number>; output: Record<string, number> }[] = [];
  for (const [command, examples] of Object.entries(COMMAND_EXAMPLES)) for (const text of examples) corpus.push({ input: features(text), output: { [command]: 1 } });
  for (const text of ANSWER_EXAMPLES) corpus.push({ input: features(text), output: { [NO_COMMAND]: 1 } });
  const known = new Set(corpus.flatMap((example) => Object.keys(example.input)));
  const commandWords = new Set(Object.values(COMMAND_EXAMPLES).flat().flatMap((text) => words(spoken(text)).map((word) => stemmer.stemWord(word))));
  const net = new NeuralNetwork({ log: false });
  net.train(corpus);
  model = { net, known, commandWords };
  return model;
}

/** The command the model hears, with its score; undefined when it hears an answer or is unsure. */
export function learntCommand(text: string): { command: Command; score: number } | undefined {
  const all = words(spoken(text));
  // Digits answer something (a time, a number, a phone number): never a command.
  if (all.length === 0 || all.length > MAX_WORDS || /\d/.test(all.join(' '))) return undefined;
  const { net, known, commandWords } = trained();
  const input = features(text);
  // A word the model never saw in a command is a word of an answer: a name, a day, a goal
  // ("geen zin in rekenen"). Small words around a command (ROUND_WORDS) and short words may be
  // new; any other such word makes it an answer.
  const unknown = all.filter((word) => !commandWords.has(stemmer.stemWord(word)) && !ROUND_WORDS.has(word));
  if (unknown.some((word) => word.length >= 4) || all.filter((word) => !known.has(stemmer.stemWord(word))).length * 2 > all.length) return undefined;
  const outputs = net.run(input) as Record<string, number> | undefined;
  if (!outputs) return undefined;
  const [best, score] = Object.entries(outputs).sort(([, a], [, b]) => b - a)[0];
  if (best === NO_COMMAND || score < THRESHOLD) return undefined;
  return { command: best as Command, score };
}
