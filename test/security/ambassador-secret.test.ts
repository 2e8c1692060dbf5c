import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';
import { WebChatClient, type WebChatSession } from './webchat-client';

describe('an ambassador\'s link secret in the web chat', () => {
  const server = suiteServer({ RUN_SCHEDULER: 'false' });
  const web = () => new WebChatClient(server.app.url);

  async function newSecret(name: string): Promise<string> {
    const response = await fetch(`${server.app.url}/api/coordinator/ambassadors`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, locationId: 'bieb-centrum' }),
    });
    return ((await response.json()) as { linkSecret: string }).linkSecret;
  }

  async function storedBytes(): Promise<string> {
    await server.app.store.scrub();
    const names = await readdir(server.dataDir);
    return (await Promise.all(names.map((name) => readFile(join(server.dataDir, name)).then((b) => b.toString('latin1')).catch(() => '')))).join('\n');
  }

  const texts = async (session: WebChatSession) => (await web().activities(session)).activities.map((a) => a.text ?? '').join('\n');

  it('is never stored: neither from /?ambassador= nor from "koppel …"', async () => {
    const fromLink = await newSecret('Anja de Vries');
    const generated = await web().call('POST', '/tokens/generate', undefined, { ambassador: fromLink });
    const session = generated.body as WebChatSession;
    expect((await web().call('POST', '/conversations', session.token)).status).toBe(200);
    expect(await texts(session)).toMatch(/Gelukt/);

    const typed = await newSecret('Bram Jansen');
    const other = await web().open();
    expect(await web().say(other, `koppel ${typed}`)).toMatch(/Gelukt/);

    const bytes = await storedBytes();
    expect(bytes).not.toContain(fromLink);
    expect(bytes).not.toContain(typed);
    expect(await texts(other)).not.toContain(typed);
  });

  it('opening /?ambassador=<anything> keeps the chat saved on that device', async () => {
    const worker = await web().open();
    await web().say(worker, 'ja');
    const again = await web().call('POST', '/tokens/generate', undefined, { resume: worker.token, ambassador: 'NOTASECRET1' });
    expect(again.status).toBe(200);
    expect((again.body as WebChatSession).conversationId).toBe(worker.conversationId);

    const page = await (await fetch(`${server.app.url}/static/chat.js`)).text();
    // The page sends the saved token along, with or without ?ambassador=.
    expect(page).toMatch(/tokens\/generate/);
    expect(page).not.toMatch(/previous && !ambassador/);
  });
});
