import pino, { type Logger } from 'pino';
import type { Server } from 'restify';
import type { LinkSettings } from '../ambassadors/links';
import type { HandoffTimer } from '../bot/handoff-timer';
import type { NoticeScheduler } from '../bot/notice-scheduler';
import type { ProactiveSender } from '../bot/proactive';
import type { Config } from '../config';
import { seedDemoData } from '../demo/seed';
import type { Domain } from '../domain';
import { systemClock, type Clock } from '../domain/clock';
import type { Store } from '../domain/store';
import { CalendarLinks } from '../http/calendar';
import { storedSecret } from '../http/secrets';
import { closeHttpServer, createHttpServer } from '../http/server';
import { warmUpNlu } from '../nlu';
import { buildBotStack } from './bot-stack';
import { scheduleDaily } from './daily-job';
import { openAppDomain } from './domain';
import { addRoutes } from './routes';
import { openStore } from './store';

/** How often unanswered handoff requests and undelivered handoff messages are looked at. */
const HANDOFF_CHECK_MS = 15_000;

export interface App {
  server: Server;
  domain: Domain;
  /** The database; for tests and tools that look at what is stored. */
  store: Store;
  /** Sends messages the bot starts itself: reminders, changes, handovers. */
  proactive: ProactiveSender;
  /** Sends due reminders and changes; tests call tick() with a fake clock. */
  scheduler: NoticeScheduler;
  /** Expires unanswered handoff requests and delivers handoff messages; runs on its own, tests may call tick(). */
  handoffTimer: HandoffTimer;
  logger: Logger;
  url: string;
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  store?: Store;
  logger?: Logger;
}

/** The composition root: store → domain → dialogs → bot → HTTP server. */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? pino({ level: config.LOG_LEVEL });
  const clock = overrides.clock ?? systemClock;
  const store = overrides.store ?? (await openStore(config, logger));
  const domain = await openAppDomain(config, store, clock);
  if (config.DEMO_DATA && (await seedDemoData(domain, clock.now()))) logger.info('empty store: demo places and groups added');

  // Where people reach the bot; without PUBLIC_URL, the address it listens on (known after listen).
  const links: LinkSettings = { publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`, microsoftAppId: config.MicrosoftAppId };
  const calendarLinks = new CalendarLinks(await storedSecret(store, 'calendar-key'), links);
  const bots = buildBotStack({ config, domain, store, clock, logger, links, calendarLink: (intakeId) => calendarLinks.link(intakeId) });
  const server = createHttpServer(logger);
  const dashboard = await addRoutes(server, { config, domain, store, clock, logger, bots, links, calendarLinks });
  // Every instance schedules it; a database lock lets one run it at a time.
  const dailyJob = scheduleDaily('retention', () =>
    domain.exclusive('retention', async () => ({
      erased: await domain.privacy.applyRetention(),
      expiredSessions: await dashboard.sessions.purgeExpired(),
    })), logger);

  warmUpNlu();
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${server.address().port}`;
  if (!config.PUBLIC_URL) links.publicUrl = url;
  // Every instance runs the schedulers; each round takes a database lock, so one sends at a time.
  bots.scheduler.start(config.REMINDER_CHECK_SECONDS);
  bots.handoffTimer.start(HANDOFF_CHECK_MS);
  logger.info({ url }, 'Taalbot is listening');
  if (!config.MicrosoftAppId) {
    logger.warn(
      { host: config.HOST },
      config.HOST === '127.0.0.1' || config.HOST === 'localhost' || config.HOST === '::1'
        ? 'MicrosoftAppId is not set: /api/messages checks no signature, so Taalbot listens on 127.0.0.1 only (set HOST to change this)'
        : 'MicrosoftAppId is not set: /api/messages checks no signature, yet HOST makes Taalbot reachable beyond 127.0.0.1',
    );
  }

  const { proactive, scheduler, handoffTimer } = bots;
  return {
    server,
    domain,
    store,
    proactive,
    scheduler,
    handoffTimer,
    logger,
    url,
    async close() {
      await scheduler.stop();
      await dailyJob.stop();
      await handoffTimer.stop();
      await closeHttpServer(server);
      await store.close();
    },
  };
}
