import { Chat } from '../support/chat';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';
import { bookedWorker } from '../support/workers';

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

describe('a worker is told at once what a coordinator changed', () => {
  const server = suiteServer();
  const api = (path: string, body: unknown = {}) =>
    fetch(`${server.app.url}/api/coordinator${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** A worker in a chat the bot has seen, booked into `groupId`. */
  async function workerIn(groupId: string) {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    const intake = await bookedWorker(server.app.domain, 'Piet', groupId, { channel: chat.channelId, channelUserId: chat.userId, conversationId: chat.conversationId });
    return { chat, intake, seen: server.connector.activities(chat.conversationId).length };
  }

  /** The messages the bot sent after `seen`, once there are at least `count` (the scheduler runs at once, not in a minute). */
  async function newMessages(chat: Chat, seen: number, count = 2) {
    const until = Date.now() + 5000;
    for (;;) {
      const sent = server.connector.activities(chat.conversationId).slice(seen);
      if (sent.length >= count || Date.now() > until) return sent;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('moved to another group: the new day, time and place, with the booking buttons', async () => {
    const { chat, intake, seen } = await workerIn('taal-di-do-ochtend');
    const started = Date.now();
    expect((await api(`/intakes/${intake.id}/move`, { groupId: 'taal-werk-ma-wo' })).status).toBe(200);
    const sent = await newMessages(chat, seen);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(sent.map((a) => a.text)).toEqual([
      'Let op: je zit nu in een andere groep.',
      expect.stringMatching(/^\*\*Maandag 30 november, om 10\.00 uur\*\*[\s\S]*Werkplaats Salland, Industrieweg 12, Deventer/),
    ]);
    expect(buttonsOf(sent[1])).toEqual(['In mijn agenda', 'Klaar']);
  });

  it('a lesson called off: which one, and when the next lesson is', async () => {
    const { chat, intake, seen } = await workerIn('rekenen-taal-wo-avond');
    expect(intake.booking?.firstLesson).toBe('2026-12-02');
    expect((await api('/groups/rekenen-taal-wo-avond/cancel-session', { date: '2026-12-09' })).status).toBe(200);
    const sent = await newMessages(chat, seen);
    expect(sent[0].text).toBe('Let op: je les van woensdag 9 december gaat niet door.\nJe volgende les is woensdag 16 december, om 19.00 uur.');
    expect(sent[1].text).toMatch(/Bibliotheek Centrum, Brink 70, Deventer/);
    expect((await server.app.domain.intakes.get(intake.id))?.booking?.firstLesson).toBe('2026-12-02');
  });

  it('a lesson called off that was the first: the first lesson moves a week on', async () => {
    const { chat, intake, seen } = await workerIn('praten-za-ochtend');
    const first = intake.booking!.firstLesson;
    expect((await api('/groups/praten-za-ochtend/cancel-session', { date: first })).status).toBe(200);
    const sent = await newMessages(chat, seen);
    expect(sent[0].text).toMatch(/^Let op: je les van zaterdag 28 november gaat niet door\.\nJe volgende les is zaterdag 5 december/);
    expect(sent[1].text).toMatch(/Zaterdag 5 december, om 10\.30 uur/);
    expect((await server.app.domain.intakes.get(intake.id))?.booking?.firstLesson).toBe('2026-12-05');
  });

  it('a whole group stopped: the worker has a new seat elsewhere and is told where', async () => {
    const { chat, intake, seen } = await workerIn('digitaal-do-middag');
    expect((await api('/groups/digitaal-do-middag/cancel')).status).toBe(200);
    const sent = await newMessages(chat, seen);
    expect(sent[0].text).toBe('Let op: je groep stopt. Je hebt een nieuwe plek.');
    const now = await server.app.domain.intakes.get(intake.id);
    expect(now).toMatchObject({ status: 'booked' });
    expect(now?.booking?.groupId).not.toBe('digitaal-do-middag');
    expect(buttonsOf(sent[1])).toEqual(['In mijn agenda', 'Klaar']);
    expect(await server.app.domain.bookings.seatsTaken('digitaal-do-middag')).toBe(0);
  });

  it('refuses a day the group has no lesson', async () => {
    expect((await api('/groups/praten-za-ochtend/cancel-session', { date: '2026-12-01' })).status).toBe(400);
  });
});

/** The titles of a message's buttons, on its card (as a booking has them). */
function buttonsOf(activity: { attachments?: unknown[] }): string[] {
  const content = (activity.attachments?.[0] as { content?: { buttons?: { title: string }[] } } | undefined)?.content;
  return (content?.buttons ?? []).map((button) => button.title);
}
