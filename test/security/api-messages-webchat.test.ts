import pino from 'pino';
import { Writable } from 'node:stream';
import { startApp } from '../../src/app/index';
import { readConfig } from '../../src/config';
import { Chat } from '../support/chat';
import { fixedClock, suiteServer, tempDataDir } from '../support/test-app';
import { WebChatClient } from './webchat-client';

describe('/api/messages and the bot\'s own web chat', () => {
  const server = suiteServer({ RUN_SCHEDULER: 'false' });

  it('refuses an activity that names a web chat worker\'s conversation or user, so their data stays behind their token', async () => {
    const web = new WebChatClient(server.app.url);
    const session = await web.open();
    for (const text of ['ja', 'Gerritsen', 'lezen']) await web.say(session, text);
    expect(await web.say(session, 'ochtend')).toMatch(/Welke wil je\?/);
    expect(await web.say(session, 'de eerste')).toMatch(/Gelukt!/);
    for (const text of ['voor mezelf', 'ja']) await web.say(session, text);
    expect(await web.say(session, '06 5555 1234')).toMatch(/Je nummer is opgeslagen/);

    const forged = new Chat(server.app.url, server.connector, { channelId: 'webchat', conversationId: session.conversationId, userId: session.userId });
    const asked = await forged.say('mijn gegevens');
    expect(asked.status).toBe(403);
    expect(asked.texts.join('\n')).not.toMatch(/5555|Gerritsen/);

    const otherConversation = new Chat(server.app.url, server.connector, { channelId: 'webchat', userId: session.userId });
    const again = await otherConversation.say('mijn gegevens');
    expect(again.status).toBe(403);
    expect(again.texts.join('\n')).not.toMatch(/5555|Gerritsen/);
    expect(await web.say(session, 'mijn gegevens')).toMatch(/5555/);
  });
});

describe('without MicrosoftAppId', () => {
  it('listens on 127.0.0.1 unless HOST says otherwise, and says so at start-up', async () => {
    expect(readConfig({}).HOST).toBe('127.0.0.1');
    expect(readConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }).HOST).toBe('0.0.0.0');
    expect(readConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');

    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const data = await tempDataDir();
    const { HOST: _host, ...config } = readConfig({ PORT: '0', DATA_DIR: data.dir, LOG_LEVEL: 'info' });
    const app = await startApp({ ...config, HOST: readConfig({}).HOST }, { clock: fixedClock(), logger: pino({ level: 'info' }, sink) });
    try {
      expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(lines.join('')).toMatch(/MicrosoftAppId is not set[^"]*127\.0\.0\.1/);
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
