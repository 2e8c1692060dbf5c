import { ReplyInbox } from '../../bench/connector';
import { seededRandom } from '../../bench/sign-up-walker';
import { VirtualWorker } from '../../bench/virtual-worker';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';

/** deliveryMode "expectReplies": the replies come back in the HTTP answer, none go to the connector. */
describe('replies in the HTTP answer (expectReplies)', () => {
  let server: ServerProcess;
  let inbox: ReplyInbox;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    inbox = await new ReplyInbox().start();
    server = await startServerProcess({ DATA_DIR: data.dir, COORDINATOR_TOKEN });
  });
  afterAll(async () => {
    await server.stop();
    await inbox.stop();
    await data.remove();
  });

  it('signs workers up over several turns at once, with every reply in the answer and none sent to the connector', async () => {
    const workers = Array.from({ length: 6 }, (_, w) => new VirtualWorker(server.url, inbox, `expect-${w}`, seededRandom(w + 1), undefined, undefined, true));
    const results = await Promise.all(workers.map((worker) => worker.signUp()));
    expect(results.map((result) => result.booked)).toEqual(workers.map(() => true));
    expect(inbox.received).toBe(0);
    const groups = await fetch(`${server.url}/api/coordinator/groups`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    const seats = ((await groups.json()) as { seatsTaken: number }[]).reduce((sum, group) => sum + group.seatsTaken, 0);
    expect(seats).toBe(workers.length);
  }, 60_000);

  it('still sends replies to the connector when the worker does not ask for them in the answer', async () => {
    const worker = new VirtualWorker(server.url, inbox, 'connector-worker', seededRandom(9));
    expect(await worker.signUp()).toMatchObject({ booked: true });
    expect(inbox.received).toBeGreaterThan(0);
  }, 60_000);
});
