import { Chat, type Reply } from '../support/chat';
import type { SentActivity } from '../support/fake-connector';
import { suiteServer } from '../support/test-app';

interface Card {
  version: string;
  body: { type: string; text: string }[];
  actions: { type: string; title: string; data: { answer: string } }[];
}

function cardOf(activity: SentActivity | undefined): Card {
  const attachment = (activity?.attachments as { contentType: string; content: Card }[] | undefined)?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content;
}

describe('Microsoft Teams', () => {
  const server = suiteServer();
  let counter = 0;

  function teamsChat(profile: Record<string, unknown> = {}): Chat {
    counter += 1;
    const userId = `29:teams-user-${counter}`;
    server.connector.members.set(userId, { id: userId, name: 'Pieter de Vries', givenName: 'Pieter', surname: 'de Vries', ...profile });
    return new Chat(server.app.url, server.connector, {
      channelId: 'msteams',
      userId,
      userName: 'Pieter de Vries',
      conversationId: `a:teams-conversation-${counter}`,
      channelData: { tenant: { id: 'tenant-1' } },
    });
  }

  it('welcomes once when the app is installed, also when membersAdded follows', async () => {
    const worker = teamsChat();
    const installed = await worker.post({ type: 'installationUpdate', action: 'add' });
    expect(installed.texts[0]).toMatch(/Hoi, ik ben de Taalbot/);
    const added = await worker.join();
    expect(added.activities).toHaveLength(0);
    expect(server.connector.activities(worker.conversationId).filter((a) => /Hoi, ik ben de Taalbot/.test(a.text ?? ''))).toHaveLength(1);
  });

  it('asks questions on Adaptive Cards 1.5 and takes the tapped answer', async () => {
    const worker = teamsChat();
    const welcome = await worker.join();
    const consent = cardOf(welcome.activities.at(-1));
    expect(consent.version).toBe('1.5');
    expect(consent.body[0].text).toMatch(/Is dat goed\?/);
    expect(consent.actions.map((a) => a.type)).toEqual(['Action.Submit', 'Action.Submit', 'Action.Submit']);

    // A tap on a card sends the button's data as the activity's value, with no text.
    const next = await worker.post({ type: 'message', value: consent.actions[0].data });
    expect(next.texts[0]).toBe('Hoi Pieter!');
    expect(cardOf(next.activities.at(-1)).body[0].text).toMatch(/Wat wil je leren\?$/);
  });

  it('uses the Teams profile name without asking, and books a seat in 4 tapped answers', async () => {
    const worker = teamsChat({ givenName: 'Fatma', name: 'Fatma Yilmaz' });
    const tap = async (reply: Reply, title: string) => {
      const action = cardOf(reply.activities.at(-1)).actions.find((a) => a.title === title);
      expect(action).toBeDefined();
      answers += 1;
      return worker.post({ type: 'message', value: action!.data });
    };
    let answers = 0;
    let reply = await worker.join();
    reply = await tap(reply, 'Ja, dat is goed');
    expect(reply.texts[0]).toBe('Hoi Fatma!');
    reply = await tap(reply, 'Lezen');
    expect(reply.activities.at(-1)?.summary).toMatch(/Wanneer kun je\?/);
    reply = await tap(reply, 'Ochtend');
    const seats = cardOf(reply.activities.at(-1)).actions.map((a) => a.title);
    expect(seats.at(-1)).toBe('Andere tijd');
    reply = await tap(reply, seats[0]);
    expect(answers).toBeLessThanOrEqual(4);
    expect(reply.texts.join('\n')).toMatch(/Gelukt!/);

    const booking = reply.activities.find((a) => /Gelukt!/.test(a.text ?? ''));
    const card = (booking?.attachments as { content: { actions: { type: string; title: string; url?: string }[] } }[])[0].content;
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.OpenUrl', title: 'In mijn agenda', url: expect.stringMatching(/\.ics\?key=/) }),
      expect.objectContaining({ type: 'Action.Submit', title: 'Klaar' }),
    ]);
    const file = await server.app.domain.intakes.activeFor('msteams', worker.userId);
    expect(file).toMatchObject({ name: 'Fatma', status: 'booked' });
  });

  it('lets the worker change the profile name after booking', async () => {
    const worker = teamsChat({ givenName: 'Pietje' });
    await worker.join();
    for (const text of ['ja', 'lezen']) await worker.say(text);
    const offered = cardOf((await worker.say('ochtend')).activities.at(-1)).actions;
    await worker.post({ type: 'message', value: offered[0].data });
    await worker.say('Klaar');
    expect((await worker.say('Iets veranderen')).activities.at(-1)?.summary).toBe('Wat wil je veranderen?');
    expect((await worker.say('Naam')).activities.at(-1)?.summary).toBe('Hoe wil je heten?');
    expect((await worker.say('Piet')).texts).toEqual(['Goed. Je heet nu Piet.']);
    expect(await server.app.domain.intakes.activeFor('msteams', worker.userId)).toMatchObject({ name: 'Piet', status: 'booked' });
  });

  it('asks the name when the profile cannot be read', async () => {
    const worker = new Chat(server.app.url, server.connector, { channelId: 'msteams', userId: '29:unknown', conversationId: 'a:unknown', channelData: { tenant: { id: 't' } } });
    await worker.join();
    const reply = await worker.post({ type: 'message', value: { answer: 'Ja, dat is goed' } });
    expect(reply.activities.at(-1)?.summary).toBe('Hoe heet je?');
  });
});
