import { FakeConnector } from '../support/fake-connector';
import { COORDINATOR_TOKEN, startTestApp, suiteServer, tempDataDir } from '../support/test-app';

describe('the HTTP endpoints', () => {
  const server = suiteServer();

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers /healthz with 200 when the store is ready', async () => {
    const response = await fetch(`${server.app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['bad JSON', '{"type": "message",', /./],
    ['no body fields', '{}', /type/],
    ['an array', '[1,2,3]', /./],
    ['no conversation', JSON.stringify({ type: 'message', channelId: 'x', serviceUrl: 'http://127.0.0.1:1', from: { id: 'a' } }), /conversation/],
    ['a serviceUrl that is no URL', JSON.stringify({ type: 'message', channelId: 'x', serviceUrl: 'nope', conversation: { id: 'c' }, from: { id: 'a' } }), /serviceUrl/],
    ['a number as text', JSON.stringify({ type: 'message', text: 5, channelId: 'x', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' }, from: { id: 'a' } }), /text/],
  ])('answers 400 with a short reason for %s', async (_what, body, reason) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(reason);
    expect(text).not.toMatch(/at .+\.(js|ts):\d+/);
  });

  it('answers 413 for a body over the size limit, and keeps running', async () => {
    const response = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }));
    expect(response.status).toBe(413);
    expect((await fetch(`${server.app.url}/healthz`)).status).toBe(200);
  });

  it('sends replies to the serviceUrl of the activity, without auth when no app id is set', async () => {
    const response = await post(
      JSON.stringify({
        type: 'conversationUpdate',
        channelId: 'test',
        serviceUrl: server.connector.url,
        conversation: { id: 'endpoint-1' },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        membersAdded: [{ id: 'u1' }],
      }),
    );
    expect(response.status).toBe(200);
    expect(server.connector.activities('endpoint-1').length).toBeGreaterThan(0);
  });

  describe('the coordinator API', () => {
    const get = (path: string, token?: string) =>
      fetch(`${server.app.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

    it.each(['/api/coordinator/intakes', '/api/coordinator/groups'])('%s needs the right token', async (path) => {
      expect((await get(path)).status).toBe(401);
      expect((await get(path, 'wrong-token-wrong-token')).status).toBe(401);
      expect((await get(path, COORDINATOR_TOKEN)).status).toBe(200);
    });

    it('lists groups with seats taken and free', async () => {
      const groups = (await (await get('/api/coordinator/groups', COORDINATOR_TOKEN)).json()) as {
        id: string;
        capacity: number;
        seatsTaken: number;
        seatsFree: number;
      }[];
      expect(groups.length).toBeGreaterThanOrEqual(6);
      for (const group of groups) expect(group.seatsTaken + group.seatsFree).toBe(group.capacity);
    });
  });
});

describe('with the coordinator token unset', () => {
  it('answers 503 on the coordinator API: it is never open', async () => {
    const data = await tempDataDir();
    const app = await startTestApp(data.dir, { COORDINATOR_TOKEN: '' });
    const response = await fetch(`${app.url}/api/coordinator/intakes`, { headers: { authorization: 'Bearer anything' } });
    expect(response.status).toBe(503);
    await app.close();
    await data.remove();
  });
});

describe('with MicrosoftAppId set', () => {
  it('rejects unsigned and badly signed requests with 401 and runs no turn', async () => {
    const data = await tempDataDir();
    const connector = await new FakeConnector().start();
    const app = await startTestApp(data.dir, { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' });
    const body = JSON.stringify({
      type: 'message',
      text: 'hoi',
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: 'signed-1' },
      from: { id: 'u1' },
    });
    const unsigned = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
      body,
    });
    expect(forged.status).toBe(401);
    expect(connector.activities('signed-1')).toEqual([]);
    await app.close();
    await connector.stop();
    await data.remove();
  });
});
