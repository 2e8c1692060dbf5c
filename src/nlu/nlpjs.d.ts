/** The few calls of NLP.js that src/nlu uses; the packages ship no type declarations. */
declare module '@nlpjs/neural' {
  export class NeuralNetwork {
    constructor(settings?: { log?: boolean; iterations?: number });
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown;
    run(input: Record<string, number>): Record<string, number> | undefined;
  }
}
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string;
  }
}
