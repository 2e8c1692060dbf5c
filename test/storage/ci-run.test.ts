import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDataDir } from '../support/temp-dir';
import { TEST_DATABASE_URL } from '../support/test-store';

const root = join(__dirname, '..', '..');

/**
 * Runs `.ci/run` as CI does, with `npm` replaced by a stub that only notes how it was
 * called (and with which TEST_DATABASE_URL), so the script's own logic is what is tested.
 */
async function runCi(env: Record<string, string>): Promise<{ status: number | null; stderr: string; npm: string[] }> {
  const bin = await tempDataDir();
  try {
    const log = join(bin.dir, 'npm.log');
    writeFileSync(log, '');
    const stub = join(bin.dir, 'npm');
    writeFileSync(stub, `#!/usr/bin/env bash\necho "$* TEST_DATABASE_URL=$TEST_DATABASE_URL" >> ${JSON.stringify(log)}\n`);
    chmodSync(stub, 0o755);
    const result = spawnSync(join(root, '.ci', 'run'), [], {
      env: { PATH: `${bin.dir}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '/tmp', POSTGRES_READY_TRIES: '2', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: result.status, stderr: result.stderr, npm: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  } finally {
    await bin.remove();
  }
}

/** Without Chromium, `.ci/run` would install it first (apt-get): not something a test may do. */
const runnable = existsSync('/usr/bin/chromium') ? it : it.skip;

describe('.ci/run and PostgreSQL', () => {
  runnable('fails with a clear message, before the tests, when PostgreSQL does not answer', async () => {
    // Port 1 on loopback: nothing listens there.
    const run = await runCi({ TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/PostgreSQL does not answer at postgres:\/\/postgres@127\.0\.0\.1:1\/test/);
    expect(run.npm).toEqual(['ci TEST_DATABASE_URL=postgres://postgres@127.0.0.1:1/test']);
  });

  it('sets TEST_DATABASE_URL to the machine\'s PostgreSQL for the tests', () => {
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/TEST_DATABASE_URL:-postgres:\/\/postgres@127\.0\.0\.1:5432\/test/);
  });

  (TEST_DATABASE_URL ? runnable : it.skip)('runs the tests with TEST_DATABASE_URL when PostgreSQL answers', async () => {
    const run = await runCi({ TEST_DATABASE_URL: TEST_DATABASE_URL! });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.npm).toEqual([`ci TEST_DATABASE_URL=${TEST_DATABASE_URL}`, `test TEST_DATABASE_URL=${TEST_DATABASE_URL}`]);
  });
});
