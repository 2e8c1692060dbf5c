import type { App } from '../../src/app/index';
import { COORDINATOR_TOKEN, startTestApp, tempDataDir } from '../support/test-app';

const MEGABYTE_TEXT = JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) });

describe('limits on every public route', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;

  beforeEach(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir);
  });
  afterEach(async () => {
    await app.close();
    await data.remove();
  });

  const send = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, { method, body, headers: { 'content-type': 'application/json', ...headers } }).then(async (response) => {
      await response.arrayBuffer();
      return response;
    });

  /** Sends the same request until the answer is 429; how many got through before that. */
  async function untilLimited(method: string, path: string, most: number, body?: string, headers?: Record<string, string>) {
    for (let sent = 0; sent < most; sent++) {
      const response = await send(method, path, body, headers);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        return sent;
      }
    }
    throw new Error(`${method} ${path} was never limited in ${most} requests`);
  }

  it.each([
    ['POST', '/api/messages'],
    ['POST', '/directline/tokens/generate'],
    ['POST', '/directline/conversations'],
    ['POST', '/directline/conversations/abc/activities'],
  ])('answers 413 to a 1 MB body on %s %s', async (method, path) => {
    expect((await send(method, path, MEGABYTE_TEXT)).status).toBe(413);
  });

  it.each([
    ['POST', '/api/messages', 30],
    ['POST', '/directline/tokens/generate', 30],
    ['GET', '/directline/conversations/abc/activities', 40],
    ['GET', '/', 60],
    ['GET', '/static/chat.css', 60],
    ['GET', '/api/coordinator/groups', 60],
  ])('limits a client that keeps calling %s %s', async (method, path, burst) => {
    const body =
      method === 'POST' && path === '/api/messages'
        ? JSON.stringify({ type: 'typing', channelId: 'test', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'flood' }, from: { id: 'u' } })
        : method === 'POST'
          ? '{}'
          : undefined;
    // Tokens come back while the requests run, so a few more than the burst may pass.
    const sent = await untilLimited(method, path, burst + 50, body, { authorization: `Bearer ${COORDINATOR_TOKEN}` });
    expect(sent).toBeGreaterThanOrEqual(burst - 5);
  });

  it('stops an address after 10 refused coordinator tokens, even when the next one is right', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await send('GET', '/api/coordinator/intakes', undefined, { authorization: `Bearer guess-${i}-guess-guess` })).status).toBe(401);
    }
    const blocked = await send('GET', '/api/coordinator/intakes', undefined, { authorization: `Bearer ${COORDINATOR_TOKEN}` });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('does not count good coordinator requests as failures', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await send('GET', '/api/coordinator/groups', undefined, { authorization: `Bearer ${COORDINATOR_TOKEN}` })).status).toBe(200);
    }
  });
});
