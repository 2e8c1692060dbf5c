import {
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type TurnContext,
} from 'botbuilder';
import pino, { type Logger } from 'pino';
import restify, { type Server } from 'restify';
import { TaalbotAdapter } from './bot/adapter';
import { Taalbot } from './bot/taalbot';
import { DialogStateStorage } from './bot/dialog-state-storage';
import { HoldReplies } from './bot/hold-replies';
import { ConversationReferences } from './bot/conversation-references';
import { ProactiveSender } from './bot/proactive';
import { NoticeScheduler } from './bot/notice-scheduler';
import { CalendarLinks, calendarRoute } from './server/calendar';
import { storedSecret } from './server/secrets';
import { AmbassadorDesk } from './bot/ambassador-desk';
import { HandoffCourier } from './bot/handoff-courier';
import { HandoffTimer } from './bot/handoff-timer';
import type { Config } from './config';
import { seedDemoData } from './demo/seed';
import { openDomain, type Domain } from './domain';
import { systemClock, type Clock } from './domain/clock';
import { listText, dayName, dayPartName } from '../dialogs/words';
import { dayPartOf } from './domain/catalog';
import { t } from './i18n/t';
import { LogStore } from './storage/log-store';
import { LowdbStore } from './storage/lowdb-store';
import type { Store } from './storage/store';
import { coordinatorDashboard } from './coordinator';
import { conversationReferenceData, dialogStateData, webChatData } from './bot/personal-data';
import { scheduleDaily } from './server/daily-job';
import { ambassadorRoutes } from './server/ambassador-routes';
import { conversationOf, messagesRoute } from './server/messages-route';
import { failureLimit, under } from './server/failure-limit';
import { rateLimit } from './server/rate-limit';
import { WebChatConversations } from './webchat/conversations';
import { directLineRoutes } from './webchat/directline-routes';
import { staticRoutes } from './webchat/static-routes';
import { webChatTokenKey } from './webchat/token-key';
import { TokenService } from './webchat/token-service';
import { WebChatAdapter } from './webchat/webchat-adapter';

/** How often unanswered handoff requests and undelivered handoff messages are looked at. */
const HANDOFF_CHECK_MS = 15_000;

export interface App {
  server: Server;
  domain: Domain;
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
  const store = overrides.store ?? openStore(config, logger);

  const domain = await openDomain({
    store,
    clock,
    reminderHour: config.REMINDER_HOUR,
    retentionMonths: config.RETENTION_MONTHS,
    overflowName: (goals, session) =>
      t('groups.overflowName', {
        goals: listText(goals.map((goal) => t(`goals.${goal}`).toLowerCase())),
        day: dayName(session.weekday),
        dayPart: dayPartName(dayPartOf(session.start)),
      }),
    handoffMinutes: config.HANDOFF_ANSWER_MINUTES,
  });
  if (config.DEMO_DATA && (await seedDemoData(domain, clock.now()))) logger.info('empty store: demo places and groups added');

  const adapter = new TaalbotAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      MicrosoftAppType: config.MicrosoftAppType,
    }),
  );
  const onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'unhandled error in turn');
    await context.sendActivity(t('errors.general')).catch(() => undefined);
  };
  adapter.use(new HoldReplies());
  adapter.onTurnError = onTurnError;

  const webChatConversations = new WebChatConversations(store, clock);
  const webChatAdapter = new WebChatAdapter(webChatConversations, clock);
  domain.privacy.addHolder(dialogStateData(store));
  domain.privacy.addHolder(webChatData(webChatConversations));
  webChatAdapter.use(new HoldReplies());
  webChatAdapter.onTurnError = onTurnError;

  const references = new ConversationReferences(store);
  domain.privacy.addHolder(conversationReferenceData(references));
  const proactive = new ProactiveSender(references, adapter, webChatAdapter, config.MicrosoftAppId ?? '');
  // Where people reach the bot; without PUBLIC_URL, the address it listens on (known after listen).
  const links = { publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`, microsoftAppId: config.MicrosoftAppId };
  const calendarLinks = new CalendarLinks(await storedSecret(store, 'calendar-key'), links);
  const bot = new Taalbot(new ConversationState(new DialogStateStorage(store)), references, domain, {
    retentionMonths: config.RETENTION_MONTHS,
    calendarLink: (intakeId) => calendarLinks.link(intakeId),
  });
  const scheduler = new NoticeScheduler(domain, proactive, logger);
  const resume = (context: TurnContext) => bot.resume(context);
  const courier = new HandoffCourier(domain, proactive, resume, logger);
  const desk = new AmbassadorDesk(domain, references, courier, resume, links);
  const logic = (context: TurnContext) => desk.turn(context, () => bot.run(context));
  const handoffTimer = new HandoffTimer(domain, courier, logger);

  const server = restify.createServer({ name: 'taalbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.on('restifyError', (req, res, err, callback) => {
    if ((err.statusCode ?? 500) >= 500) logger.error({ err, url: req.url }, 'request failed');
    err.toJSON = () => ({ error: (err.statusCode ?? 500) >= 500 ? 'internal error' : err.message });
    callback();
  });

  // The coordinator API: a limit per address, and a stop after repeated refused tokens.
  server.use(under('/api/coordinator/', rateLimit({ burst: 60, perSecond: 10 })));
  server.use(under('/api/coordinator/', failureLimit({ maxFailures: 10, windowMs: 15 * 60_000 })));

  server.post('/api/messages', rateLimit({ burst: 30, perSecond: 5, clientOf: conversationOf }), messagesRoute({
    adapter,
    logic,
    requireAuth: !!config.MicrosoftAppId,
    logger,
  }));
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  const dashboard = await coordinatorDashboard(server, {
    domain,
    store,
    logger,
    apiToken: config.COORDINATOR_TOKEN,
    ...(config.ADMIN_EMAIL && config.ADMIN_PASSWORD ? { admin: { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD } } : {}),
    trustProxy: config.TRUST_PROXY,
    sessionHours: config.SESSION_HOURS,
  });
  const dailyJob = scheduleDaily('retention', async () => ({
    erased: await domain.privacy.applyRetention(),
    expiredSessions: await dashboard.sessions.purgeExpired(),
  }), logger);
  directLineRoutes(server, {
    adapter: webChatAdapter,
    conversations: webChatConversations,
    tokens: new TokenService(await webChatTokenKey(store), clock, config.WEBCHAT_TOKEN_MINUTES * 60),
    logic,
    clock,
    logger,
  });
  staticRoutes(server, config.RETENTION_MONTHS);
  calendarRoute(server, domain, calendarLinks);
  ambassadorRoutes(server, domain, links, { ...dashboard, ...(config.COORDINATOR_TOKEN ? { apiToken: config.COORDINATOR_TOKEN } : {}) });

  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${address.port}`;
  if (config.RUN_SCHEDULER) scheduler.start(config.REMINDER_CHECK_SECONDS);
  if (!config.PUBLIC_URL) links.publicUrl = url;
  logger.info({ url }, 'Taalbot is listening');
  handoffTimer.start(HANDOFF_CHECK_MS);

  return {
    server,
    domain,
    proactive,
    scheduler,
    handoffTimer,
    logger,
    url,
    async close() {
      await scheduler.stop();
      await dailyJob.stop();
      await handoffTimer.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold the server open; busy ones finish first.
      server.server.closeIdleConnections();
      await closed;
      await store.close();
    },
  };
}

/** The append-only log by default; one lowdb file per document on request (see README, "Storage"). */
function openStore(config: Config, logger: Logger): Store {
  if (config.STORE === 'files') return new LowdbStore(config.DATA_DIR);
  return new LogStore(config.DATA_DIR, {
    fsync: config.DATA_FSYNC,
    onRewriteFailed: (error, path) => logger.error({ err: error, path }, 'could not rewrite a data log; it stays as it was'),
  });
}
