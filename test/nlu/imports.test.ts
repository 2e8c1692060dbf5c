import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NLU = join(__dirname, '../../src/nlu');

/** src/nlu must work for any channel and be testable alone: no botbuilder, no server, no storage. */
describe('src/nlu imports', () => {
  const files = readdirSync(NLU).filter((file) => file.endsWith('.ts'));

  it.each(files)('%s imports only src/nlu, the domain types and fastest-levenshtein', (file) => {
    const imports = [...readFileSync(join(NLU, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    for (const source of imports) expect(source).toMatch(/^(\.\/[\w-]+|\.\.\/domain\/(types|dates)|fastest-levenshtein)$/);
  });
});
