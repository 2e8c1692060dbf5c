import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { rateLimit } from '../http/rate-limit';
import { adminRoutes } from './admin-routes';
import type { AccountService } from './auth/accounts';
import type { GuardOptions } from './auth/guard';
import type { SessionService } from './auth/sessions';
import type { Viewer } from './auth/viewer';
import { attendanceRoutes } from './attendance-routes';
import { fileRoutes } from './file-routes';
import { groupRoutes } from './group-routes';
import type { Operations } from './operations';
import { pageHandler, type PageResult } from './page-kit';
import type { PageRoutes } from './page-routes-kit';

export interface PageRouteOptions {
  ops: Operations;
  accounts: AccountService;
  sessions: SessionService;
  guard: GuardOptions;
  logger: Logger;
}

/** The dashboard at /coordinator: server-rendered pages and plain forms that post and redirect. */
export function pageRoutes(server: Server, { ops, accounts, sessions, guard, logger }: PageRouteOptions): void {
  const limit = rateLimit({ burst: 120, perSecond: 30 });
  const page = (handler: (req: Request, viewer: Viewer) => PageResult | Promise<PageResult>) => [limit, pageHandler(guard, logger, handler)];
  const teacherPage = (handler: (req: Request, viewer: Viewer) => PageResult | Promise<PageResult>) => [limit, pageHandler(guard, logger, handler, { forTeachers: true })];
  const routes: PageRoutes = { server, ops, accounts, sessions, page, teacherPage };
  fileRoutes(routes);
  groupRoutes(routes);
  adminRoutes(routes);
  attendanceRoutes(routes);
}
