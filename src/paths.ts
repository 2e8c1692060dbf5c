import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder with package.json, whether we run from src/ (tests) or dist/src/ (npm start). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(__dirname);
export const publicDir = join(projectRoot, 'public');
