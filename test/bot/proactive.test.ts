import { Chat } from '../support/chat';
import { suiteServer } from '../support/test-app';

describe('messages the bot starts itself', () => {
  const server = suiteServer();

  it('reaches a conversation it has seen, also after a restart', async () => {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    await server.restart();

    const result = await server.app.proactive.send(chat.channelId, chat.conversationId, [{ type: 'message', text: 'Tot morgen' }]);
    expect(result).toEqual({ ok: true });
    const last = server.connector.activities(chat.conversationId).at(-1);
    expect(last).toMatchObject({ text: 'Tot morgen', recipient: { id: chat.userId } });
  });

  it('says so, and does not throw, for a conversation it never saw', async () => {
    expect(await server.app.proactive.send('test', 'nobody', [{ type: 'message', text: 'x' }])).toMatchObject({ ok: false, permanent: true });
  });
});
