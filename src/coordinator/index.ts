import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Domain } from '../domain';
import { publicDir } from '../paths';
import { rateLimit } from '../http/rate-limit';
import type { Store } from '../domain/store';
import { AccountService } from './auth/accounts';
import type { GuardOptions } from './auth/guard';
import { LoginThrottle } from './auth/login-throttle';
import { SessionService } from './auth/sessions';
import { coordinatorApiRoutes } from './api-routes';
import { ambassadorApiRoutes } from './ambassador-api';
import type { LinkSettings } from '../ambassadors/links';
import { loginRoutes } from './login-routes';
import { Operations } from './operations';
import { pageRoutes } from './page-routes';

export interface DashboardOptions {
  domain: Domain;
  store: Store;
  logger: Logger;
  /** COORDINATOR_TOKEN: bearer access for machines, as admin. */
  apiToken?: string;
  admin?: { email: string; password: string };
  /** How many reverse proxies in front are trusted (TRUST_PROXY); 0: none. */
  trustProxy: number;
  sessionHours: number;
  /** Where ambassadors' links point. */
  links: LinkSettings;
}

export interface Dashboard {
  accounts: AccountService;
  sessions: SessionService;
}

/**
 * The coordinators' side of the bot: accounts and sessions, the dashboard at /coordinator
 * and the JSON API at /api/coordinator. The first admin comes from ADMIN_EMAIL and
 * ADMIN_PASSWORD when no account exists yet.
 */
export async function coordinatorDashboard(server: Server, options: DashboardOptions): Promise<Dashboard> {
  const { domain, store, logger } = options;
  const accounts = new AccountService(store, domain.clock);
  const sessions = new SessionService(store, domain.clock, options.sessionHours);
  await ensureFirstAdmin(accounts, options.admin, logger);

  if (!options.apiToken) logger.warn('COORDINATOR_TOKEN is not set: bearer access to /api/coordinator answers 503 until it is');
  const guard: GuardOptions = { accounts, sessions, ...(options.apiToken ? { apiToken: options.apiToken } : {}) };
  const ops = new Operations(domain);

  coordinatorApiRoutes(server, ops, guard, accounts, sessions, logger);
  ambassadorApiRoutes(server, ops, guard, options.links, logger);
  loginRoutes(server, {
    domain,
    accounts,
    sessions,
    throttle: new LoginThrottle(domain.clock),
    guard,
    trustProxy: options.trustProxy,
    sessionHours: options.sessionHours,
    logger,
  });
  pageRoutes(server, { ops, accounts, sessions, guard, logger });
  stylesheetRoute(server);
  return { accounts, sessions };
}

async function ensureFirstAdmin(accounts: AccountService, admin: DashboardOptions['admin'], logger: Logger): Promise<void> {
  if (!(await accounts.isEmpty())) return;
  if (!admin) {
    logger.warn('no coordinator accounts yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create the first admin');
    return;
  }
  await accounts.create({ email: admin.email, name: admin.email.split('@')[0], role: 'admin', locationIds: [], password: admin.password });
  logger.info({ email: admin.email }, 'first admin account created from ADMIN_EMAIL');
}

function stylesheetRoute(server: Server): void {
  const css = readFileSync(join(publicDir, 'dashboard.css'));
  server.get('/coordinator/static/dashboard.css', rateLimit({ burst: 60, perSecond: 20 }), async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
    res.end(css);
  });
}
