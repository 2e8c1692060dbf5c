import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { ReplyInbox } from '../../bench/connector';
import { seededRandom } from '../../bench/sign-up-walker';
import { VirtualWorker } from '../../bench/virtual-worker';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';

const REQUESTS = 10_000;
const WARM_UP = 2_000;
const AT_ONCE = 24;
/**
 * How much the server's memory may grow after warm-up. The heap settles slowly, so this is
 * loose; a leak of what a request brings (12 kB or more each, a 1 MB body) still shows.
 */
const GROWTH_LIMIT_MB = 96;

interface OddRequest {
  what: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: AT_ONCE });

function send(url: string, odd: OddRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = odd.body === undefined ? undefined : Buffer.from(odd.body);
    const req = request(
      `${url}${odd.path}`,
      { method: odd.method, agent, headers: { ...(body ? { 'content-length': body.length } : {}), ...odd.headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function rssMb(pid: number): number {
  return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

/** The kinds of bad, strange or hostile input a public endpoint meets, made up at random. */
function oddRequests(serviceUrl: string, random: () => number): (i: number) => OddRequest {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const json = { 'content-type': 'application/json' };
  const activity = (i: number, fields: Record<string, unknown> = {}) => ({
    type: 'message',
    text: 'hoi',
    channelId: 'odd',
    serviceUrl,
    conversation: { id: `odd-${i}` },
    from: { id: `odd-user-${i}` },
    recipient: { id: 'bot' },
    ...fields,
  });
  const message = (what: string, body: unknown, headers: Record<string, string> = json): OddRequest => ({
    what,
    method: 'POST',
    path: '/api/messages',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const oddValues = [null, 0, -1, 1e308, true, '', [], {}, [[[]]], 'x'.repeat(5000), { id: 5 }, ['a']];
  const oddTexts = [
    '\u202Eteb ym si siht\u202C',
    'a\u0000b\u0000c',
    '👩‍👩‍👧‍👦🏳️‍🌈'.repeat(50),
    'e' + '\u0301'.repeat(2000),
    '\uFEFF\u200B\u200D\u2060ja',
    '\ud800\udc00\ud800',
    'ｊａ ｈｏｏｒ',
    'مرحبا שלום 你好',
    '%s%n%x${7*7}{{7*7}}<script>alert(1)</script>',
    '\n\r\t  \u00A0',
    'ja'.repeat(4999),
  ];
  // Parsed, so "__proto__" is a key of its own, as it is in a request body.
  const pollution = ['{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"prototype":{"polluted":"yes"}}'].map(
    (text) => JSON.parse(text) as object,
  );
  /** Rejected before any turn runs: most of the load. */
  const cheap: ((i: number) => OddRequest)[] = [
    (i) => message('bad JSON', JSON.stringify(activity(i)).slice(0, Math.floor(random() * 80))),
    () => message('not JSON at all', pick(['{', '}', 'nul', '[', '"', "{'a':1}", '\u0000\u0001', '<xml/>', 'NaN', '{"a":1}{"b":2}'])),
    () => message('JSON that is no object', pick(['null', '123', '"text"', 'true', '[]', '[{"type":"message"}]'])),
    (i) => {
      const body: Record<string, unknown> = activity(i);
      delete body[pick(['type', 'channelId', 'serviceUrl', 'conversation', 'from'])];
      return message('a missing field', body);
    },
    (i) => message('a wrong type', { ...activity(i), [pick(['type', 'text', 'channelId', 'serviceUrl', 'conversation', 'from', 'membersAdded', 'id'])]: pick(oddValues) }),
    (i) => message('a wrong nested type', activity(i, { conversation: { id: pick(oddValues) }, from: pick([{ id: [] }, { id: 'a', name: 5 }, 'me']) })),
    () => message('deep nesting', `{"type":"message","value":${'['.repeat(60_000)}${']'.repeat(60_000)}}`),
    (i) => message('another content type', pick(['type=message&text=hoi', JSON.stringify(activity(i))]), { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16']) }),
    (i) => ({ what: 'a wrong method', method: pick(['GET', 'PUT', 'DELETE', 'PATCH']), path: '/api/messages', headers: json, body: JSON.stringify(activity(i)) }),
    () => ({
      what: 'a coordinator call with a bad token',
      method: 'GET',
      path: pick(['/api/coordinator/intakes', '/api/coordinator/groups']),
      headers: { authorization: pick(['', 'Bearer ', 'Bearer x', `Bearer ${'a'.repeat(8000)}`, 'Basic YTpi', `bearer ${COORDINATOR_TOKEN}`]) },
    }),
    () => ({
      what: 'an odd coordinator path',
      method: pick(['GET', 'POST', 'DELETE']),
      path: pick(['/api/coordinator/intakes?__proto__[polluted]=yes', '/api/coordinator/../../etc/passwd', '/api/coordinator/%00', '/api/coordinator/intakes/👩', '/api/coordinator/groups?constructor[prototype][polluted]=yes']),
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
      body: '{"__proto__":{"polluted":"yes"}}',
    }),
  ];
  /** Valid enough to reach the bot: a turn runs and replies go to the connector. */
  const turns: ((i: number) => OddRequest)[] = [
    (i) => message('an unknown activity type', activity(i, { type: pick(['foo', 'messageReaction', 'installationUpdate', 'endOfConversation', 'typing', 'handoff', 'trace', 'deleteUserData', 'event', 'x'.repeat(64), 'x'.repeat(65)]) })),
    (i) => message('odd unicode', activity(i, { text: pick(oddTexts), from: { id: `odd-user-${i}`, name: pick(oddTexts).slice(0, 200) } })),
    (i) => message('odd unicode in ids', activity(i, { conversation: { id: `${pick(oddTexts).slice(0, 100)}-${i}` }, channelId: pick(['\u202E', '👩‍👩‍👧', '../..', '%00']) })),
    (i) => message('a huge array', activity(i, pick([{ membersAdded: Array.from({ length: 5000 }, (_, n) => ({ id: `m${n}` })) }, { entities: Array.from({ length: 20_000 }, (_, n) => n) }, { attachments: Array.from({ length: 3000 }, () => ({ contentType: 'x' })) }]))),
    (i) => message('prototype pollution', JSON.stringify(activity(i, { channelData: pick(pollution), value: pick(pollution) })).replace('{', `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},`)),
  ];
  const megabyte = (i: number) => message('a 1 MB text', activity(i, { text: 'lezen '.repeat(175_000) }));
  return (i) => (i % 100 === 1 ? megabyte(i) : i % 10 === 0 ? turns[(i / 10) % turns.length](i) : cheap[i % cheap.length](i));
}

describe('ten thousand odd requests', () => {
  let server: ServerProcess;
  let inbox: ReplyInbox;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    inbox = await new ReplyInbox().start();
    server = await startServerProcess({ DATA_DIR: data.dir, COORDINATOR_TOKEN });
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
    await inbox.stop();
    await data.remove();
  });

  it('answers each with a 4xx or a normal answer, stays up and does not keep growing', async () => {
    const make = oddRequests(inbox.url, seededRandom(2026));
    const answers = new Map<string, Set<number>>();
    let warm = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: AT_ONCE }, async () => {
        while (next < REQUESTS) {
          const i = next++;
          if (i === WARM_UP) warm = rssMb(server.child.pid!);
          const odd = make(i);
          const status = await send(server.url, odd);
          answers.set(odd.what, (answers.get(odd.what) ?? new Set()).add(status));
        }
      }),
    );
    const end = rssMb(server.child.pid!);

    const improper = [...answers].filter(([, statuses]) => [...statuses].some((s) => s >= 500 || s < 200));
    expect(improper).toEqual([]);
    expect(answers.get('a 1 MB text')).toEqual(new Set([413]));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(end - warm).toBeLessThan(GROWTH_LIMIT_MB);
  }, 120_000);

  it('still signs a worker up afterwards, and no stored answer carries a polluted field', async () => {
    const worker = new VirtualWorker(server.url, inbox, 'after-the-storm', seededRandom(1));
    expect(await worker.signUp()).toMatchObject({ booked: true });
    const groups = await fetch(`${server.url}/api/coordinator/groups`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    // After many bad tokens from this address, 429 is the right answer too.
    expect([200, 429]).toContain(groups.status);
    expect(await groups.text()).not.toMatch(/polluted/);
  });
});
