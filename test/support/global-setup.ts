import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds dist/ once, so tests can start the server exactly as `npm start` runs it. */
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
}
