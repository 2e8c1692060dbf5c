import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BATCHES } from '../support/nlu-fixture';

/**
 * src/nlu/learnt-corpus.json is what the trained second reader (src/nlu/learnt.ts) learns from:
 * the answers of the tuning batches for its groups, and never an answer of a held-out batch.
 * After a tuning batch changes, write it again with: UPDATE_CORPUS=1 npx jest test/nlu/learnt-corpus
 */
const GROUPS = ['consent'] as const;
const FILE = join(__dirname, '..', '..', 'src', 'nlu', 'learnt-corpus.json');

function expected(): Record<string, { input: string; label: string | null }[]> {
  const tuning = BATCHES.filter((batch) => !batch.heldOut).flatMap((batch) => batch.cases);
  const corpus: Record<string, { input: string; label: string | null }[]> = {};
  for (const group of GROUPS) {
    corpus[group] = tuning
      .filter((c) => c.group === group && (c.expect === null || typeof c.expect === 'string'))
      .map((c) => ({ input: c.input, label: c.expect as string | null }));
  }
  return corpus;
}

const text = (corpus: object) => `${JSON.stringify(corpus, null, 0).replace(/\],"/g, '],\n"').replace(/\},\{/g, '},\n{')}\n`;

describe('the corpus of the trained second reader', () => {
  if (process.env.UPDATE_CORPUS) writeFileSync(FILE, text(expected()));

  // Built from the tuning batches only (BATCHES with heldOut false), so no held-out answer is in it.
  it('holds exactly the tuning answers of its groups', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(expected());
  });
});
