import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every word a user reads lives in locales/nl.json, and the words the bot understands live
 * in src/nlu. So no other code holds a Dutch string: this finds string literals with
 * common Dutch words that are not also English.
 */
const DUTCH = new Set(
  ('de het een geen nee niet niemand gebruiker koppel jij jouw mijn voor naar les lessen groep groepen hoi dag dank klaar wil kun kan ' +
    'ik wij zijn heb hebt gegevens aanmeldingen bewaar alles weg goed graag dinsdag maandag ochtend middag avond').split(' '),
);
/** Literals that look Dutch but are data a form sends, not text. */
const ALLOWED = new Set(["src/coordinator/schemas.ts: ja"]);

const ROOT = join(__dirname, '..', '..');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });

describe('code outside src/nlu', () => {
  it('holds no Dutch text', () => {
    const found: string[] = [];
    for (const file of [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'dialogs'))]) {
      const name = relative(ROOT, file);
      if (name.startsWith('src/nlu/')) continue;
      const code = readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)).join('\n');
      for (const match of code.matchAll(/'([^'\n]*)'|`([^`]*)`|"([^"\n]*)"/g)) {
        const text = match[1] ?? match[2] ?? match[3];
        if (/^\.{0,2}\//.test(text)) continue;
        const words = text.toLowerCase().split(/[^a-zà-ÿ]+/);
        if (words.some((word) => DUTCH.has(word)) && !ALLOWED.has(`${name}: ${text}`)) found.push(`${name}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
