import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ReplyInbox } from '../../bench/connector';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { SigningUpWorker } from '../support/sign-ups';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';

const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

/** Every file under the data directory (database, WAL, shared memory, lock) that holds these bytes. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : readFileSync(path).includes(needle) ? [name] : [];
    });
  return walk(dir);
}

async function intakeIdOf(server: ServerProcess, conversationId: string): Promise<string | undefined> {
  const response = await fetch(`${server.url}/api/coordinator/intakes`, { headers: auth });
  const rows = (await response.json()) as { id: string; channelUserId: string }[];
  return rows.find((row) => row.channelUserId === conversationId)?.id;
}

const erase = (server: ServerProcess, id: string) => fetch(`${server.url}/api/coordinator/intakes/${id}`, { method: 'DELETE', headers: auth });

/** Names no demo data or text holds, so a byte search finds only the worker's own data. */
const NAMES = ['Zwanhilde', 'Quirijntje', 'Wubbegijs', 'Ermgardis', 'Tjitsketje'];

describe('erasure on SQLite', () => {
  it('leaves no byte of the name in any file of the data directory, also after a kill -9 in the middle of it', async () => {
    const data = await tempDataDir();
    const inbox = await new ReplyInbox().start();
    const env = { DATA_DIR: data.dir, COORDINATOR_TOKEN };
    let server = await startServerProcess(env);
    const outcomes: string[] = [];
    try {
      for (const [round, name] of NAMES.entries()) {
        const conversation = `erase-${round}`;
        expect(await new SigningUpWorker(server.url, inbox, conversation, { name }).start()).toEqual({ kind: 'booked' });
        const id = (await intakeIdOf(server, conversation))!;
        expect(id).toBeDefined();
        expect(filesHolding(data.dir, name)).not.toEqual([]);

        if (round === 0) {
          // No crash: gone from every file the moment the erasure is answered.
          expect((await erase(server, id)).status).toBe(200);
          expect(filesHolding(data.dir, name)).toEqual([]);
          outcomes.push('erased');
          continue;
        }
        // The kill lands at a different moment of the erasure each round.
        const request = erase(server, id).then((r) => r.status, () => 'cut off');
        await new Promise((resolve) => setTimeout(resolve, (round - 1) * 4));
        await server.stop('SIGKILL');
        const answered = await request;
        server = await startServerProcess(env);
        const left = await intakeIdOf(server, conversation);
        if (left) {
          // Cut before the commit: all of it is still there, and the erasure runs again.
          expect(answered).not.toBe(200);
          expect((await erase(server, left)).status).toBe(200);
          outcomes.push('erased again');
        } else {
          outcomes.push(answered === 200 ? 'erased' : 'erased, answer cut off');
        }
        expect(await intakeIdOf(server, conversation)).toBeUndefined();
        expect(filesHolding(data.dir, name)).toEqual([]);
      }
      // The earlier names stay gone too, whatever came after.
      for (const name of NAMES) expect(filesHolding(data.dir, name)).toEqual([]);
      expect(outcomes).toHaveLength(NAMES.length);
      process.stdout.write(`erasure outcomes: ${outcomes.join(", ")}\n`);
    } finally {
      await server.stop();
      await inbox.stop();
      await data.remove();
    }
  }, 60_000);
});
