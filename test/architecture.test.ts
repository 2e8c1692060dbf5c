import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Imports run one way: app → {bot, http, webchat, teams, coordinator, ambassadors} →
 * dialogs → {text, nlu} → domain ← storage. Each folder lists what it may import besides
 * itself; anything else fails here, for every file, with the line that breaks the rule.
 */
const MAY_IMPORT: Record<string, string[]> = {
  app: ['bot', 'http', 'webchat', 'teams', 'coordinator', 'ambassadors', 'dialogs', 'text', 'nlu', 'domain', 'storage', 'demo', 'config', 'paths', 'icons'],
  bot: ['dialogs', 'text', 'nlu', 'domain'],
  http: ['text', 'domain'],
  webchat: ['http', 'text', 'domain', 'paths', 'icons'],
  teams: ['text', 'config', 'paths', 'icons'],
  coordinator: ['ambassadors', 'http', 'text', 'domain', 'paths'],
  ambassadors: ['bot', 'dialogs', 'http', 'text', 'nlu', 'domain'],
  dialogs: ['text', 'nlu', 'domain'],
  text: ['domain', 'locales'],
  nlu: ['domain'],
  domain: [],
  storage: ['domain'],
  demo: ['domain'],
  config: [],
  paths: [],
  icons: [],
};

/** Packages that belong at the edge: the core must not need them. */
const EDGE_PACKAGES = /^(botbuilder|botframework|restify|lowdb|steno|better-sqlite3|pg|kysely|pino)(\/|$)/;
const NO_EDGE_PACKAGES = ['domain', 'text', 'nlu'];

const ROOT = resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer a file belongs to: its folder under src/ (a file directly in src/ names itself), or dialogs, or locales. */
function layerOf(file: string): string {
  const parts = relative(ROOT, file).split(/[\\/]/);
  if (parts[0] === 'src') {
    if (parts.length === 2) return parts[1] === 'main.ts' ? 'app' : parts[1].replace(/\.ts$/, '');
    return parts[1];
  }
  return parts[0];
}

const files = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'dialogs'))];
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]);

describe('the import rule', () => {
  it.each(files.map((file) => [relative(ROOT, file), file]))('%s imports only what its layer may', (_name, file) => {
    const layer = layerOf(file);
    expect(Object.keys(MAY_IMPORT)).toContain(layer);
    const wrong: string[] = [];
    for (const source of importsOf(file)) {
      if (source.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), source));
        if (target !== layer && !MAY_IMPORT[layer].includes(target)) wrong.push(`${source} (${layer} → ${target})`);
      } else if (NO_EDGE_PACKAGES.includes(layer) && EDGE_PACKAGES.test(source)) {
        wrong.push(`${source} (the ${layer} layer needs no edge package)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no cycle between layers', () => {
    const visit = (layer: string, path: string[]): string[] | undefined => {
      if (path.includes(layer)) return [...path, layer];
      for (const next of MAY_IMPORT[layer] ?? []) {
        const cycle = visit(next, [...path, layer]);
        if (cycle) return cycle;
      }
      return undefined;
    };
    for (const layer of Object.keys(MAY_IMPORT)) expect(visit(layer, [])).toBeUndefined();
  });

  it('keeps src/nlu to fastest-levenshtein, the command model (NLP.js neural network and Dutch stemmer) and the domain types', () => {
    const allowed = new Set(['fastest-levenshtein', '@nlpjs/neural', '@nlpjs/lang-nl']);
    const nlu = files.filter((file) => layerOf(file) === 'nlu');
    const outside = nlu.flatMap((file) => importsOf(file).filter((source) => !source.startsWith('.') && !allowed.has(source)));
    expect(outside).toEqual([]);
  });
});
