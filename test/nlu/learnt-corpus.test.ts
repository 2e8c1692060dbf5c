import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BATCHES } from '../support/nlu-fixture';

/**
 * src/nlu/learnt-corpus.json is what the trained second reader (src/nlu/learnt.ts) learns from:
 * the answers of the tuning batches for its groups, and never an answer of a held-out batch.
 * After a tuning batch changes, write it again with: UPDATE_CORPUS=1 npx jest test/nlu/learnt-corpus
 */
const GROUPS = ['lesson', 'change', 'consent'] as const;
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

  it('holds exactly the tuning answers of its groups', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(expected());
  });

  it('holds no answer of a held-out batch', () => {
    const heldOut = new Set(BATCHES.filter((batch) => batch.heldOut).flatMap((batch) => batch.cases.map((c) => `${c.group}\n${c.input}`)));
    const tuning = new Set(BATCHES.filter((batch) => !batch.heldOut).flatMap((batch) => batch.cases.map((c) => `${c.group}\n${c.input}`)));
    const corpus = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, { input: string }[]>;
    const leaked = Object.entries(corpus).flatMap(([group, examples]) => examples.filter((e) => heldOut.has(`${group}\n${e.input}`) && !tuning.has(`${group}\n${e.input}`)));
    expect(leaked).toEqual([]);
  });
});
