import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { ambassadorRoutes } from '../ambassadors/routes';
import type { LinkSettings } from '../ambassadors/links';
import type { Config } from '../config';
import { coordinatorDashboard, type Dashboard } from '../coordinator';
import type { Domain } from '../domain';
import type { Clock } from '../domain/clock';
import type { Store } from '../domain/store';
import { calendarRoute, type CalendarLinks } from '../http/calendar';
import { failureLimit, under } from '../http/failure-limit';
import { conversationOf, messagesRoute } from '../http/messages-route';
import { rateLimit } from '../http/rate-limit';
import { bearerOf, clientAddress } from '../http/request';
import { directLineRoutes } from '../webchat/directline-routes';
import { staticRoutes } from '../webchat/static-routes';
import { webChatTokenKey } from '../webchat/token-key';
import { isOwnWebChat } from '../webchat/webchat-adapter';
import { TokenService } from '../webchat/token-service';
import type { BotStack } from './bot-stack';

export interface RouteOptions {
  config: Config;
  domain: Domain;
  store: Store;
  clock: Clock;
  logger: Logger;
  bots: BotStack;
  links: LinkSettings;
  calendarLinks: CalendarLinks;
}

/** Every route of the bot, each with its limits. Returns the dashboard (its sessions are purged daily). */
export async function addRoutes(server: Server, options: RouteOptions): Promise<Dashboard> {
  const { config, domain, store, clock, logger, bots, links } = options;

  // The coordinator API: a limit per real client address, and a stop for an address after
  // repeated refused bearer tokens. A coordinator's own 403s and CSRF mistakes count nothing.
  const client = (req: Request) => clientAddress(req, config.TRUST_PROXY);
  server.use(under('/api/coordinator/', rateLimit({ burst: 60, perSecond: 10, clientOf: client })));
  server.use(under('/api/coordinator/', failureLimit({ maxFailures: 10, windowMs: 15 * 60_000, clientOf: client, only: (req) => bearerOf(req) !== undefined, failures: [401] })));

  server.post('/api/messages', rateLimit({ burst: 30, perSecond: 5, clientOf: conversationOf }), messagesRoute({
    adapter: bots.adapter,
    logic: bots.logic,
    requireAuth: !!config.MicrosoftAppId,
    refuse: isOwnWebChat,
    logger,
  }));
  // Healthy means the database answers a read and a write right now, not only that the process runs.
  server.get('/healthz', async (_req, res) => {
    try {
      await store.check();
      res.send(200, { status: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check: the database cannot be read or written');
      res.send(503, { status: 'unavailable' });
    }
  });
  const dashboard = await coordinatorDashboard(server, {
    domain,
    store,
    logger,
    apiToken: config.COORDINATOR_TOKEN,
    ...(config.ADMIN_EMAIL && config.ADMIN_PASSWORD ? { admin: { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD } } : {}),
    trustProxy: config.TRUST_PROXY,
    sessionHours: config.SESSION_HOURS,
    links,
  });
  directLineRoutes(server, {
    adapter: bots.webChatAdapter,
    conversations: bots.webChatConversations,
    tokens: new TokenService(await webChatTokenKey(store), clock, config.WEBCHAT_TOKEN_MINUTES * 60),
    logic: bots.logic,
    clock,
    logger,
    addressOf: client,
  });
  staticRoutes(server, config.RETENTION_MONTHS);
  calendarRoute(server, domain, options.calendarLinks);
  ambassadorRoutes(server, domain, links);
  return dashboard;
}
