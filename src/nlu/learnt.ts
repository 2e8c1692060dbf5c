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

/** The answers the model may give; the others it learns, but never answers with. */
const MAY_ANSWER: ReadonlySet<string> = new Set(['explain', 'help']);

const NOT_UNDERSTOOD = 'none';
/** The model answers only above this score, and only for answers of at most MAX_WORDS words. */
export const LEARNT_THRESHOLD = 0.5;
const MAX_WORDS = 25;

let model: { net: NeuralNetwork; stems: Set<string> } | undefined;

function trained(): { net: NeuralNetwork; stems: Set<string> } {
  if (model) return model;
  const examples = corpus.consent.map((example) => ({ input: features(example.input), output: { [example.label ?? NOT_UNDERSTOOD]: 1 } }));
  const net = new NeuralNetwork({ log: false });
  net.train(examples);
  model = { net, stems: new Set(examples.flatMap((example) => Object.keys(example.input))) };
  return model;
}

/** "explain" or "help" at consent, when the model is sure enough; undefined otherwise. */
export function learntConsent(text: string): 'explain' | 'help' | undefined {
  const all = words(spoken(text));
  if (all.length === 0 || all.length > MAX_WORDS) return undefined;
  const { net, stems } = trained();
  // "blablabla", "met de trein": a word of 4 letters or more the model never saw is a word of
  // another answer, and then it says nothing.
  if (all.some((word) => word.length >= 4 && !stems.has(stemOf(word)))) return undefined;
  const outputs = net.run(features(text));
  if (!outputs) return undefined;
  const [best, score] = Object.entries(outputs).sort(([, a], [, b]) => b - a)[0] ?? [NOT_UNDERSTOOD, 0];
  if (score < LEARNT_THRESHOLD || !MAY_ANSWER.has(best)) return undefined;
  return best as 'explain' | 'help';
}

/** Trains both models now (about 0.3 s), so the first worker's message does not wait for them. */
export function warmUpNlu(): void {
  trained();
  learntCommand('stop');
}
