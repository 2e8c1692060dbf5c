import type { App } from '../../src/app/index';
import { Chat } from '../support/chat';
import { FakeConnector } from '../support/fake-connector';
import { fixedClock, startTestApp, tempDataDir } from '../support/test-app';

/** Signs a worker up by typing; the clock says Wednesday 25 November, 10:00. */
async function signUp(chat: Chat): Promise<void> {
  await chat.join();
  for (const text of ['ja', 'Sanne', 'lezen', 'ochtend']) await chat.say(text);
  expect((await chat.say('Do 9.30 · Bibliotheek Centrum')).texts.join('\n')).toMatch(/\*\*Donderdag 26 november, om 9\.30 uur\*\*/);
}

const reminders = (connector: FakeConnector, chat: Chat) =>
  connector.activities(chat.conversationId).filter((a) => /Morgen is je les!/.test(a.text ?? ''));

describe('reminders and changes', () => {
  let connector: FakeConnector;
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  const clock = fixedClock();
  const start = () => startTestApp(data.dir, { REMINDER_HOUR: '17' }, clock);

  beforeEach(async () => {
    data = await tempDataDir();
    connector = await new FakeConnector().start();
    clock.set(new Date('2026-11-25T09:00:00Z'));
  });
  afterEach(async () => {
    await connector.stop();
    await data.remove();
  });

  it('reminds the day before at the set hour, once, also after a restart', async () => {
    let app: App = await start();
    const chat = new Chat(app.url, connector);
    await signUp(chat);

    clock.set(new Date('2026-11-25T15:59:00Z')); // 16:59 in Amsterdam
    await app.scheduler.tick();
    expect(reminders(connector, chat)).toHaveLength(0);

    clock.set(new Date('2026-11-25T16:00:00Z')); // 17:00
    await app.scheduler.tick();
    await app.scheduler.tick();
    const sent = reminders(connector, chat);
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toMatch(/Om 9\.30 uur\. Adres: .+\nNeem een pen mee\./);

    await app.close();
    app = await start();
    clock.set(new Date('2026-11-25T19:00:00Z'));
    await app.scheduler.tick();
    expect(reminders(connector, chat)).toHaveLength(1);
    await app.close();
  });

  it('marks a reminder failed when the app was removed (403), and does not try again', async () => {
    const app = await start();
    const chat = new Chat(app.url, connector);
    await signUp(chat);
    connector.failFor(chat.conversationId, 403);

    clock.set(new Date('2026-11-25T16:30:00Z'));
    await app.scheduler.tick();
    await app.scheduler.tick();
    expect(await app.domain.notices.due()).toHaveLength(0);
    expect(await app.domain.notices.all()).toMatchObject([{ kind: 'reminder', status: 'failed', attempts: 1, reason: 'status 403' }]);
    expect(reminders(connector, chat)).toHaveLength(0);
    await app.close();
  });

  it('tries again after a passing failure, until it goes through', async () => {
    const app = await start();
    const chat = new Chat(app.url, connector);
    await signUp(chat);
    connector.failFor(chat.conversationId, 500);
    clock.set(new Date('2026-11-25T16:30:00Z'));
    await app.scheduler.tick();
    expect(await app.domain.notices.due()).toHaveLength(1);

    connector.failFor(chat.conversationId, 0);
    await app.scheduler.tick();
    expect(reminders(connector, chat)).toHaveLength(1);
    expect(await app.domain.notices.due()).toHaveLength(0);
    await app.close();
  });

  it('tells the group when its time or place changes', async () => {
    const app = await start();
    const chat = new Chat(app.url, connector);
    await signUp(chat);
    const group = (await app.domain.catalog.current()).group((await app.domain.intakes.activeFor('test', chat.userId))!.booking!.groupId);
    await app.domain.catalog.saveGroup({ ...group, times: group.times.map((s) => ({ ...s, start: '10:00' })) });
    await app.scheduler.tick();
    const changes = connector.activities(chat.conversationId).filter((a) => /je les is veranderd/.test(a.text ?? ''));
    expect(changes).toHaveLength(1);
    expect(changes[0].text).toMatch(/om 10\.00 uur/);
    await app.close();
  });
});
