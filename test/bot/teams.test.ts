import { Chat } from '../support/chat';
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
    expect(cardOf(next.activities.at(-1)).body[0].text).toBe('Ben jij Pieter?');
  });

  it('takes the name from the Teams profile and confirms it', async () => {
    const worker = teamsChat({ givenName: 'Fatma', name: 'Fatma Yilmaz' });
    await worker.join();
    const reply = await worker.post({ type: 'message', value: { answer: 'Ja, dat is goed' } });
    expect(reply.activities.at(-1)?.summary).toBe('Ben jij Fatma?');
    const goals = await worker.post({ type: 'message', value: { answer: 'Ja' } });
    expect(goals.activities.at(-1)?.summary).toMatch(/Wat wil je leren\?/);

    await worker.say('lezen');
    await worker.say('voor mijn werk');
    await worker.say('ochtend');
    await worker.say('groep');
    await worker.say('nee');
    const booked = await worker.post({ type: 'message', value: { answer: 'Ja, dat klopt' } });
    expect(booked.texts.join('\n')).toMatch(/Gelukt!/);
    const file = await server.app.domain.intakes.activeFor('msteams', worker.userId);
    expect(file).toMatchObject({ name: 'Fatma', status: 'booked' });
  });

  it('asks the name when the profile cannot be read', async () => {
    const worker = new Chat(server.app.url, server.connector, { channelId: 'msteams', userId: '29:unknown', conversationId: 'a:unknown', channelData: { tenant: { id: 't' } } });
    await worker.join();
    const reply = await worker.post({ type: 'message', value: { answer: 'Ja, dat is goed' } });
    expect(reply.activities.at(-1)?.summary).toBe('Hoe heet je?');
  });
});
