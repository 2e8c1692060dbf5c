/**
 * A trained intent classifier from NLP.js (@nlpjs/nlp with @nlpjs/lang-nl: Dutch stemmer and
 * tokenizer, a small neural network over the stems), to compare with our rules on the same
 * held-out cases (issue 14 §1). It is trained on the tuning batches only.
 */
// NLP.js ships no type declarations; the few calls used here are typed below.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Nlp } = require('@nlpjs/nlp') as { Nlp: new (settings: object) => NlpInstance };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { LangNl } = require('@nlpjs/lang-nl') as { LangNl: unknown };

interface NlpInstance {
  use(plugin: unknown): void;
  addLanguage(language: string): void;
  addDocument(language: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(language: string, utterance: string): Promise<{ intent: string; score: number }>;
}

/** The intent used for "no label" (null) cases, so the classifier can learn them too. */
const NO_LABEL = 'no.label';

export interface Classifier {
  /** The label, or null for the null cases and for answers below the threshold. */
  classify(text: string): Promise<string | null>;
}

/** Trains one classifier on labelled examples: label null is learnt as its own intent. */
export async function trainClassifier(examples: { input: string; expect: unknown }[], threshold = 0.5): Promise<Classifier> {
  const nlp = new Nlp({ languages: ['nl'], autoSave: false, autoLoad: false, modelFileName: '', nlu: { log: false, useNoneFeature: true }, threshold });
  nlp.use(LangNl);
  nlp.addLanguage('nl');
  for (const example of examples) {
    const text = example.input.trim();
    if (text) nlp.addDocument('nl', text, example.expect === null ? NO_LABEL : String(example.expect));
  }
  await nlp.train();
  return {
    async classify(text: string) {
      const result = await nlp.process('nl', text);
      if (!result.intent || result.intent === 'None' || result.intent === NO_LABEL || result.score < threshold) return null;
      return result.intent;
    },
  };
}
