/**
 * A trained second reader at the consent question (issue 14 §1): when the hand-written rules
 * find nothing, a small neural network from NLP.js (@nlpjs/neural over the Dutch stems of
 * @nlpjs/lang-nl, as in command-model.ts) reads the answer. It learns at start, synchronously,
 * from learnt-corpus.json: the labelled consent answers of the tuning batches in
 * test/fixtures/nlu (never the held-out ones; test/nlu/learnt-corpus.test.ts keeps the two in
 * step). Answers labelled "not understood" are learnt too, so the model can say so.
 *
 * It may only give answers that cannot hurt when wrong: "tell me more" and "I don't
 * understand"; a yes or a no must be the worker's own, read by the rules. It stays silent
 * when a word of 4 letters or more is new to it. Tried for lesson requests and changes too,
 * and left out: there it turned right "not understood" answers into wrong ones (held out:
 * lesson 93.8% with it against 93.8% without at the safe settings, 92.4% at looser ones).
 */
import { NeuralNetwork } from '@nlpjs/neural';
import corpus from './learnt-corpus.json';
import { features, learntCommand, stemOf } from './command-model';
import { words } from './normalize';
import { spoken } from './spoken';

export type LearntGroup = 'consent';

/** The labels the model may give per group; the others it learns, but never answers with. */
const MAY_ANSWER: Record<LearntGroup, ReadonlySet<string>> = {
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
  // "blablabla", "met de trein": a word of 4 letters or more the model never saw is a word of
  // another answer, and then it says nothing.
  if (all.some((word) => word.length >= 4 && !stems.has(stemOf(word)))) return undefined;
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
