import type { App } from '../../src/app/index';
import type { Actor } from '../../src/domain/audit';
import { Chat } from '../support/chat';
import { FakeConnector } from '../support/fake-connector';
import { COORDINATOR_TOKEN, fixedClock, startTestApp, tempDataDir } from '../support/test-app';

const anja: Actor = { kind: 'account', id: 'anja', label: 'anja@bieb.example' };

/** Signs a worker up by typing; the clock says Wednesday 25 November, 10:00; the first lesson is Thursday 26 November. */
async function signUp(chat: Chat, name: string): Promise<void> {
  await chat.join();
  for (const text of ['ja', name, 'lezen']) await chat.say(text);
  const offers = await chat.say('ochtend');
  expect(offers.buttons[0]).toBe('Do 9.30 · Bibliotheek Centrum');
  expect((await chat.say(offers.buttons[0])).texts.join('\n')).toMatch(/Donderdag 26 november, om 9\.30 uur/);
  await chat.say('Klaar');
}

const missedMessages = (connector: FakeConnector, chat: Chat) =>
  connector.activities(chat.conversationId).filter((a) => /We hebben je gemist/.test(a.text ?? ''));

describe('after a missed first lesson, and saying ahead in the chat', () => {
  let connector: FakeConnector;
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;
  const clock = fixedClock(new Date('2026-11-25T09:00:00Z'));
  const start = () => startTestApp(data.dir, { RUN_SCHEDULER: 'false', REMINDER_HOUR: '17' }, clock);
  const fileOf = (chat: Chat) => app.domain.intakes.activeFor('test', chat.userId);

  beforeAll(async () => {
    data = await tempDataDir();
    connector = await new FakeConnector().start();
    app = await start();
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
    await data.remove();
  });

  it('writes once, kindly, the day after; the answer is kept and shown to the coordinator; a restart sends nothing again', async () => {
    clock.set(new Date('2026-11-25T09:00:00Z'));
    const [sanne, tom, ilse] = [new Chat(app.url, connector), new Chat(app.url, connector), new Chat(app.url, connector)];
    await signUp(sanne, 'Sanne');
    await signUp(tom, 'Tom');
    await signUp(ilse, 'Ilse');

    // Tom says ahead he cannot come tomorrow: that one lesson is afgemeld, his place stays.
    const ahead = await tom.say('ik kan morgen niet');
    expect(ahead.texts.join('\n')).toMatch(/Je docent weet nu: je komt donderdag 26 november niet\.\nJe plek blijft van jou/);
    const tomFile = (await fileOf(tom))!;
    expect(tomFile.status).toBe('booked');
    const groupId = tomFile.booking!.groupId;

    clock.set(new Date('2026-11-26T11:00:00Z'));
    const sanneId = (await fileOf(sanne))!.id;
    await app.domain.attendance.mark(groupId, '2026-11-26', sanneId, 'absent', anja);
    await app.domain.attendance.mark((await fileOf(ilse))!.booking!.groupId, '2026-11-26', (await fileOf(ilse))!.id, 'absent', anja);
    expect((await app.domain.attendance.list(groupId, '2026-11-26')).rows.find((r) => r.intake.id === tomFile.id)?.mark).toMatchObject({ mark: 'excused', byKind: 'worker' });

    clock.set(new Date('2026-11-27T16:05:00Z')); // 17:05 in Amsterdam, the day after
    await app.scheduler.tick();
    const [message, ...more] = missedMessages(connector, sanne);
    expect(more).toEqual([]);
    expect(message.text).toBe('We hebben je gemist. Zullen we een nieuwe tijd zoeken?');
    expect(message.suggestedActions?.actions.map((a) => a.title)).toEqual(['Nieuwe tijd', 'Ik kom volgende keer', 'Iemand spreken']);
    expect(missedMessages(connector, tom)).toEqual([]);

    await app.scheduler.tick();
    await app.close();
    app = await start();
    await app.scheduler.tick();
    expect(missedMessages(connector, sanne)).toHaveLength(1);
    const again = (chat: Chat) => new Chat(app.url, connector, { userId: chat.userId, conversationId: chat.conversationId });

    const answer = await again(sanne).say('Ik kom volgende keer');
    expect(answer.texts.join('\n')).toMatch(/^Fijn! Je volgende les is dinsdag 1 december, om 9\.30 uur\.$/);
    const page = await fetch(`${app.url}/coordinator/intakes/${sanneId}`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    expect(await page.text()).toMatch(/<dt>Bericht na gemiste eerste les<\/dt><dd>Verstuurd op vrijdag 27 november\. Antwoord: komt volgende keer<\/dd>/);
    const list = await fetch(`${app.url}/coordinator/attendance/${groupId}/2026-11-26`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    expect(await list.text()).toMatch(/Sanne<\/span>[\s\S]*Bericht na gemiste eerste les: Verstuurd op vrijdag 27 november\. Antwoord: komt volgende keer/);

    // "Nieuwe tijd" opens the move, as in the sign-up.
    const ilseAgain = again(ilse);
    const offers = await ilseAgain.say('Nieuwe tijd');
    expect(offers.buttons[0]).toMatch(/^(Ma|Di|Wo|Do|Vr|Za|Zo) \d/);
    const moved = await ilseAgain.say(offers.buttons[0]);
    expect(moved.texts.join('\n')).toMatch(/Je les is verzet\./);
    expect((await app.domain.attendance.followUpsOf((await fileOf(ilse))!.id))[0].answer?.choice).toBe('new-time');
  }, 60_000);
});
