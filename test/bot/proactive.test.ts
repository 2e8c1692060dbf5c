import type { App } from '../../src/app';
import { Chat } from '../support/chat';
import { FakeConnector } from '../support/fake-connector';
import { startTestApp, tempDataDir } from '../support/test-app';

describe('messages the bot starts itself', () => {
  let app: App;
  let connector: FakeConnector;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    connector = await new FakeConnector().start();
    app = await startTestApp(data.dir);
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
    await data.remove();
  });

  it('reaches a conversation it has seen, also after a restart', async () => {
    const chat = new Chat(app.url, connector);
    await chat.join();
    await app.close();
    app = await startTestApp(data.dir);

    const result = await app.proactive.send(chat.channelId, chat.conversationId, [{ type: 'message', text: 'Tot morgen' }]);
    expect(result).toEqual({ ok: true });
    const last = connector.activities(chat.conversationId).at(-1);
    expect(last).toMatchObject({ text: 'Tot morgen', recipient: { id: chat.userId } });
  });

  it('says so, and does not throw, for a conversation it never saw', async () => {
    expect(await app.proactive.send('test', 'nobody', [{ type: 'message', text: 'x' }])).toMatchObject({ ok: false, permanent: true });
  });
});
