import type { App } from '../../src/app/index';
import { REMINDER, seedDueReminders } from '../support/due-reminders';
import { FakeConnector } from '../support/fake-connector';
import { fixedClock, startTestApp, tempDataDir, WEDNESDAY } from '../support/test-app';
import { postgresSchema, TEST_DATABASE_URL, type PostgresSchema } from '../support/test-store';

/** Two instances on one PostgreSQL schema: the schedulers of both run, and each notice goes out once. */
(TEST_DATABASE_URL ? describe : describe.skip)('one scheduler across instances', () => {
  let schema: PostgresSchema;
  let connector: FakeConnector;
  const dirs: Awaited<ReturnType<typeof tempDataDir>>[] = [];
  const apps: App[] = [];
  const clock = fixedClock(WEDNESDAY);

  beforeAll(async () => {
    schema = await postgresSchema();
    connector = await new FakeConnector().start();
    for (let i = 0; i < 2; i++) {
      dirs.push(await tempDataDir());
      apps.push(
        await startTestApp(dirs[i].dir, { DATABASE_URL: TEST_DATABASE_URL!, DATABASE_SCHEMA: schema.schema, REMINDER_HOUR: '0', DEMO_DATA: 'false' }, clock),
      );
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await connector.stop();
    for (const dir of dirs) await dir.remove();
    await schema.drop();
  });

  it('sends each due reminder exactly once while both instances run rounds at the same time', async () => {
    const conversations = await seedDueReminders(apps[0].store, { count: 6, serviceUrl: connector.url, now: clock.now() });
    for (let round = 0; round < 4; round++) await Promise.all(apps.map((app) => app.scheduler.tick()));
    const received = conversations.map((id) => connector.activities(id).filter((a) => REMINDER.test(a.text ?? '')).length);
    expect(received).toEqual(conversations.map(() => 1));
    expect((await apps[1].domain.notices.all()).map((n) => n.status)).toEqual(conversations.map(() => 'sent'));
  });

  it('lets one instance run the retention job while the other holds it, and both again after', async () => {
    let release!: () => void;
    const holding = apps[0].store.exclusive('retention', () => new Promise<string>((resolve) => (release = () => resolve('held'))));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await apps[1].store.exclusive('retention', async () => 'ran')).toBeUndefined();
    release();
    expect(await holding).toBe('held');
    expect(await apps[1].store.exclusive('retention', async () => 'ran')).toBe('ran');
  });

  it('never makes instances in another schema wait for the same job', async () => {
    const other = await postgresSchema();
    const elsewhere = await other.open();
    try {
      let release!: () => void;
      const holding = apps[0].store.exclusive('notices', () => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await elsewhere.exclusive('notices', async () => 'ran')).toBe('ran');
      release();
      await holding;
    } finally {
      await elsewhere.close();
      await other.drop();
    }
  });
});
