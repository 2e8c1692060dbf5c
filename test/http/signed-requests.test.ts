import { createSign, generateKeyPairSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FakeConnector } from '../support/fake-connector';
import { startServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A JWT that looks like the Bot Connector's, signed with a key of our own making. */
function forgedToken(serviceUrl: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' }));
  const claims = base64url(
    JSON.stringify({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(privateKey);
  return `${header}.${claims}.${base64url(signature)}`;
}

describe('with MicrosoftAppId set, the built server', () => {
  it('answers 401 to unsigned and forged requests and stores nothing for them', async () => {
    const data = await tempDataDir();
    const connector = await new FakeConnector().start();
    const server = await startServerProcess({ DATA_DIR: data.dir, COORDINATOR_TOKEN, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' });
    const body = (i: number) =>
      JSON.stringify({
        type: 'message',
        text: 'ja',
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: `forged-${i}` },
        from: { id: `forger-${i}` },
        recipient: { id: APP_ID },
      });
    const headers: Record<string, string>[] = [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Bearer not.a.jwt' },
      { authorization: `Bearer ${base64url('{"alg":"none"}')}.${base64url(`{"aud":"${APP_ID}"}`)}.` },
      { authorization: `Bearer ${forgedToken(connector.url)}` },
    ];
    for (const [i, extra] of headers.entries()) {
      const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: body(i) });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toMatch(/at .+\.(js|ts):\d+/);
    }

    const intakes = await fetch(`${server.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    expect(await intakes.json()).toEqual([]);
    for (let i = 0; i < headers.length; i++) expect(connector.activities(`forged-${i}`)).toEqual([]);

    await server.stop();
    // No dialog state, file or conversation reference: the ids of the forged requests are nowhere on disk.
    const stored = await Promise.all((await readdir(data.dir)).map((name) => readFile(join(data.dir, name), 'latin1')));
    expect(stored.join('')).not.toMatch(/forged-\d|forger-\d/);
    await connector.stop();
    await data.remove();
  }, 60_000);
});
