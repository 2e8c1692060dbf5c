/**
 * Scores the TUNING batches only (never the held-out ones): per batch and group, the misses of
 * one group (SCORE_GROUP=commands) and the ordinary answers at other questions that the command
 * reader takes for a command. Run: npx esbuild test/support/score-tuning.ts --bundle --platform=node
 * --outfile=/tmp/score-tuning.js && node /tmp/score-tuning.js
 */
import { BATCHES, READERS, score } from './nlu-fixture';

const only = process.env.SCORE_GROUP;
const tuning = BATCHES.filter((b) => !b.heldOut);
for (const batch of tuning) {
  const result = score(batch.answer, batch.cases);
  const groups = result.perGroup.map((g) => `${g.group} ${g.right}/${g.cases}`).join(', ');
  process.stdout.write(`${batch.name}: ${result.right}/${result.total} (${((result.overall * 100).toFixed(1))}%)  ${groups}\n`);
  for (const m of result.misses) if (!only || only.split(',').includes(m.group)) process.stdout.write(`   miss [${m.group}] ${JSON.stringify(m.input)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n`);
}
const others = tuning.filter((b) => b.name !== 'tuned-0').flatMap((b) => b.cases.map((c) => ({ batch: b.name, c }))).filter(({ c }) => c.group !== 'commands');
const taken = others.filter(({ c }) => READERS.commands(c.input, '') !== null);
process.stdout.write(`\nordinary answers read as a command: ${taken.length} of ${others.length}\n`);
for (const { batch, c } of taken) process.stdout.write(`   ${batch} [${c.group}] ${JSON.stringify(c.input)} -> ${READERS.commands(c.input, '')}\n`);
