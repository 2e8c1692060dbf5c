import pino from 'pino';
import { startApp, type App } from '../../src/app/index';
import { readConfig } from '../../src/config';
import type { Clock } from '../../src/domain/clock';

import { FakeConnector } from './fake-connector';
import { tempDataDir } from './temp-dir';

export { tempDataDir };

export const COORDINATOR_TOKEN = 'test-coordinator-token-123';

/** Wednesday 25 November 2026, 10:00 in the Netherlands. */
export const WEDNESDAY = new Date('2026-11-25T09:00:00Z');

export function fixedClock(at: Date = WEDNESDAY): Clock & { set(at: Date): void } {
  let now = at;
  return { now: () => now, set: (next) => (now = next) };
}

/** The real server on 127.0.0.1 with a port of its own and a data directory of its own. */
export function startTestApp(dataDir: string, env: Record<string, string> = {}, clock: Clock = fixedClock()): Promise<App> {
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    COORDINATOR_TOKEN,
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startApp(config, { clock, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
}

export interface SuiteServer {
  readonly app: App;
  readonly connector: FakeConnector;
  readonly dataDir: string;
  /** Stops the server and starts it again on the same data, as after a crash or deploy. */
  restart(): Promise<App>;
}

/**
 * One real server, fake connector and data directory for a whole describe block: started
 * before its tests, stopped and removed after them.
 */
export function suiteServer(env: Record<string, string> = {}, clock?: Clock): SuiteServer {
  let app: App | undefined;
  let connector: FakeConnector | undefined;
  let data: Awaited<ReturnType<typeof tempDataDir>> | undefined;
  beforeAll(async () => {
    data = await tempDataDir();
    connector = await new FakeConnector().start();
    app = await startTestApp(data.dir, env, clock);
  });
  afterAll(async () => {
    await app?.close();
    await connector?.stop();
    await data?.remove();
  });
  return {
    get app() {
      return app!;
    },
    get connector() {
      return connector!;
    },
    get dataDir() {
      return data!.dir;
    },
    async restart() {
      await app!.close();
      app = await startTestApp(data!.dir, env, clock);
      return app;
    },
  };
}

export interface IntakeRow {
  id: string;
  channelUserId: string;
  status: string;
  referralCode: string | null;
  group: { id: string } | null;
}

/** The files of one worker, as the coordinator API lists them. */
export async function intakesOf(app: App, channelUserId: string): Promise<IntakeRow[]> {
  const response = await fetch(`${app.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
  const all = (await response.json()) as IntakeRow[];
  return all.filter((intake) => intake.channelUserId === channelUserId);
}
