/**
 * A trained second reader for the questions with a few fixed answers (issue 14 §1): when the
 * hand-written rules find nothing, a small neural network from NLP.js (@nlpjs/neural over the
 * Dutch stems of @nlpjs/lang-nl, as in command-model.ts) reads the answer. It learns at first
 * use, synchronously, from learnt-corpus.json: the labelled answers of the tuning batches in
 * test/fixtures/nlu (never the held-out ones; test/nlu/learnt-corpus.test.ts keeps the two
 * in step). Answers labelled "not understood" are learnt too, so the model can say so.
 *
 * It may only give answers that cannot hurt when wrong: at consent only "tell me more" and
 * "I don't understand" (a yes must be the worker's own, read by the rules), and for a booked
 * worker nothing that acts at once without a check (one lesson off is marked at once). It stays
 * silent when half the words are new to it. Format is not learnt: the dialogs listen for a
 * format wish at other questions too, where a guess would be wrong.
 */
import { NeuralNetwork } from '@nlpjs/neural';
import corpus from './learnt-corpus.json';
import { features, learntCommand } from './command-model';
import { words } from './normalize';
import { spoken } from './spoken';

export type LearntGroup = 'lesson' | 'change' | 'consent';

/** The labels the model may give per group; the others it learns, but never answers with. */
const MAY_ANSWER: Record<LearntGroup, ReadonlySet<string>> = {
  lesson: new Set(['move', 'cancel', 'show', 'calendar', 'my-data', 'erase', 'done', 'greeting']),
  change: new Set(['name', 'goals', 'when', 'phone', 'nothing']),
  consent: new Set(['explain', 'help']),
};

const NOT_UNDERSTOOD = 'none';
/** The model answers only above this score, and only for answers of at most MAX_WORDS words. */
export const LEARNT_THRESHOLD = 0.5;
const MAX_WORDS = 25;

const models = new Map<LearntGroup, { net: NeuralNetwork; stems: Set<string> }>();

function model(group: LearntGroup): { net: NeuralNetwork; stems: Set<string> } {
  const trained = models.get(group);
  if (trained) return trained;
  const examples = (corpus as Record<LearntGroup, { input: string; label: string | null }[]>)[group];
  const net = new NeuralNetwork({ log: false });
  const inputs = examples.map((example) => ({ input: features(example.input), output: { [example.label ?? NOT_UNDERSTOOD]: 1 } }));
  net.train(inputs);
  const stems = new Set(inputs.flatMap((example) => Object.keys(example.input)));
  models.set(group, { net, stems });
  return models.get(group)!;
}

/** The label the model reads, when it is sure enough and may give it; undefined otherwise. */
export function learntAnswer<T extends string>(group: LearntGroup, text: string): T | undefined {
  const all = words(spoken(text));
  if (all.length === 0 || all.length > MAX_WORDS) return undefined;
  const { net, stems } = model(group);
  const input = features(text);
  // "blablabla", a name, a street: words the model never saw tell it nothing.
  const unknown = Object.keys(input).filter((stem) => !stem.includes('_') && !stems.has(stem));
  if (unknown.length * 2 >= all.length) return undefined;
  const outputs = net.run(input);
  if (!outputs) return undefined;
  const [best, score] = Object.entries(outputs).sort(([, a], [, b]) => b - a)[0] ?? [NOT_UNDERSTOOD, 0];
  if (best === NOT_UNDERSTOOD || score < LEARNT_THRESHOLD || !MAY_ANSWER[group].has(best)) return undefined;
  return best as T;
}

/** Trains every model now (about 0.3 s), so the first worker's message does not wait for it. */
export function warmUpNlu(): void {
  for (const group of Object.keys(MAY_ANSWER) as LearntGroup[]) model(group);
  learntCommand('stop');
}
