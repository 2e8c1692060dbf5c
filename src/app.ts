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
import type { Config } from './config';
import { seedDemoData } from './demo/seed';
import { openDomain, type Domain } from './domain';
import { systemClock, type Clock } from './domain/clock';
import { listText, dayName, dayPartName } from '../dialogs/words';
import { dayPartOf } from './domain/catalog';
import { t } from './i18n/t';
import { LowdbStore } from './storage/lowdb-store';
import type { Store } from './storage/store';
import { coordinatorRoutes } from './server/coordinator-routes';
import { conversationOf, messagesRoute } from './server/messages-route';
import { failureLimit, under } from './server/failure-limit';
import { rateLimit } from './server/rate-limit';
import { WebChatConversations } from './webchat/conversations';
import { directLineRoutes } from './webchat/directline-routes';
import { staticRoutes } from './webchat/static-routes';
import { webChatTokenKey } from './webchat/token-key';
import { TokenService } from './webchat/token-service';
import { WebChatAdapter } from './webchat/webchat-adapter';

export interface App {
  server: Server;
  domain: Domain;
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
  const store = overrides.store ?? new LowdbStore(config.DATA_DIR);

  const domain = await openDomain({
    store,
    clock,
    overflowName: (goals, session) =>
      t('groups.overflowName', {
        goals: listText(goals.map((goal) => t(`goals.${goal}`).toLowerCase())),
        day: dayName(session.weekday),
        dayPart: dayPartName(dayPartOf(session.start)),
      }),
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
  webChatAdapter.use(new HoldReplies());
  webChatAdapter.onTurnError = onTurnError;

  const bot = new Taalbot(new ConversationState(new DialogStateStorage(store)), domain, {
    retentionMonths: config.RETENTION_MONTHS,
  });

  const server = restify.createServer({ name: 'taalbot', handleUncaughtExceptions: false });
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
    logic: (context) => bot.run(context),
    requireAuth: !!config.MicrosoftAppId,
    logger,
  }));
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  coordinatorRoutes(server, domain, config.COORDINATOR_TOKEN, logger);
  directLineRoutes(server, {
    adapter: webChatAdapter,
    conversations: webChatConversations,
    tokens: new TokenService(await webChatTokenKey(store), clock, config.WEBCHAT_TOKEN_MINUTES * 60),
    logic: (context) => bot.run(context),
    clock,
    logger,
  });
  staticRoutes(server);

  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${address.port}`;
  logger.info({ url }, 'Taalbot is listening');

  return {
    server,
    domain,
    logger,
    url,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold the server open; busy ones finish first.
      server.server.closeIdleConnections();
      await closed;
      await store.close();
    },
  };
}
