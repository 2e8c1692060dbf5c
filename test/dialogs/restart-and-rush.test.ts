import type { App } from '../../src/app/index';
import { Chat } from '../support/chat';
import { FakeConnector } from '../support/fake-connector';
import { COORDINATOR_TOKEN, startTestApp, tempDataDir } from '../support/test-app';

const TARGET = 'taal-di-do-ochtend';
const NAMES = ['Anja', 'Bram', 'Cor', 'Dewi', 'Ed', 'Fatma', 'Gijs', 'Hanneke', 'Ilse', 'Joop'];

interface IntakeRow {
  channelUserId: string;
  status: string;
  group: { id: string } | null;
}

async function intakes(app: App): Promise<IntakeRow[]> {
  const response = await fetch(`${app.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
  return (await response.json()) as IntakeRow[];
}

describe('nothing is lost', () => {
  it('lets a worker go on at the same question after a restart, and keeps the booking', async () => {
    const data = await tempDataDir();
    const connector = await new FakeConnector().start();
    let app = await startTestApp(data.dir);
    const before = new Chat(app.url, connector);
    await before.join();
    await before.say('ja');
    await before.say('Gerrit');
    expect((await before.say('lezen')).texts.join('\n')).toMatch(/Wanneer kun je\?/);
    await app.close();

    app = await startTestApp(data.dir);
    const after = new Chat(app.url, connector, { userId: before.userId, conversationId: before.conversationId });
    const seats = await after.say('maakt niet uit');
    expect(seats.texts.join('\n')).toMatch(/Welke wil je\?/);
    expect((await after.say(seats.buttons[0])).texts.join('\n')).toMatch(/Gelukt!/);
    await app.close();

    app = await startTestApp(data.dir);
    expect((await intakes(app)).filter((i) => i.channelUserId === before.userId)).toMatchObject([{ status: 'booked' }]);
    await app.close();
    await connector.stop();
    await data.remove();
  });
});

describe('a rush on the last seats', () => {
  it('gives 50 workers at once exactly the 3 last seats of a group, and everyone else a place elsewhere', async () => {
    const data = await tempDataDir();
    const connector = await new FakeConnector().start();
    const app = await startTestApp(data.dir);
    const target = (await app.domain.catalog.current()).group(TARGET);
    for (let i = 0; i < target.capacity - 3; i++) {
      const earlier = await app.domain.intakes.submit({
        channel: 'seed',
        channelUserId: `earlier-${i}`,
        conversationId: `earlier-${i}`,
        name: `Eerder ${i}`,
        goals: { choices: ['reading'] },
        reasons: { choices: ['self'] },
        availability: { days: [], dayParts: [] },
        format: 'group',
        consent: { at: new Date().toISOString(), version: 'test' },
      });
      await app.domain.bookings.book(earlier.id, TARGET);
    }

    const workers = Array.from({ length: 50 }, () => new Chat(app.url, connector));
    await Promise.all(
      workers.map(async (worker, i) => {
        await worker.join();
        for (const text of ['ja', NAMES[i % NAMES.length], 'lezen en schrijven']) await worker.say(text);
        // Workers spread over the seats offered; who comes too late hears so and taps another seat left.
        let reply = await worker.say('ochtend');
        for (let tries = 0; tries < 10 && !/Gelukt!/.test(reply.texts.join('\n')); tries++) {
          const seats = reply.buttons.slice(0, -1);
          reply = await worker.say(seats.length > 0 ? seats[(i + tries) % seats.length] : 'Andere tijd');
        }
        expect(reply.texts.join('\n')).toMatch(/Gelukt!/);
      }),
    );

    const ours = (await intakes(app)).filter((i) => i.channelUserId.startsWith('worker-'));
    expect(ours).toHaveLength(50);
    expect(ours.every((i) => i.status === 'booked' && i.group)).toBe(true);
    expect(ours.filter((i) => i.group?.id === TARGET)).toHaveLength(3);
    expect((await app.domain.bookings.seatsTaken(TARGET))).toBe(target.capacity);
    for (const group of (await app.domain.catalog.current()).groups) {
      expect((await app.domain.bookings.seatsTaken(group.id))).toBeLessThanOrEqual(group.capacity);
    }
    await app.close();
    await connector.stop();
    await data.remove();
  }, 90_000);
});
