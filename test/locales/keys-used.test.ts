import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nl from '../../locales/nl.json';

const ROOT = join(__dirname, '..', '..');

function keysOf(node: unknown, path: string[] = []): string[] {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => keysOf(value, [...path, key]));
  }
  return [path.join('.')];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

const source = ['src', 'dialogs', 'public'].flatMap((dir) => sourceFiles(join(ROOT, dir))).map((file) => readFileSync(file, 'utf8')).join('\n');
/** Keys named whole ('booking.done'), and the fixed start of keys built from a value (`goals.${goal}`). */
const literals = new Set([...source.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z]+)+)['"`]/g)].map((m) => m[1]));
const prefixes = [...source.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((m) => m[1]);

describe('locales/nl.json', () => {
  it('holds no text that no code uses', () => {
    const unused = keysOf(nl).filter((key) => !literals.has(key) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
