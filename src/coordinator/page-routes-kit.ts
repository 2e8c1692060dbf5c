import type { Request, RequestHandler, Server } from 'restify';
import type { AccountService } from './auth/accounts';
import type { SessionService } from './auth/sessions';
import type { Viewer } from './auth/viewer';
import type { Operations } from './operations';
import type { PageResult } from './page-kit';

/** What every group of dashboard routes needs: the server, the operations, and the page wrapper with its limit. */
export interface PageRoutes {
  server: Server;
  ops: Operations;
  accounts: AccountService;
  sessions: SessionService;
  page: (handler: (req: Request, viewer: Viewer) => PageResult | Promise<PageResult>) => RequestHandler[];
  /** A page a teacher or volunteer may open too (their attendance lists, their own password). */
  teacherPage: (handler: (req: Request, viewer: Viewer) => PageResult | Promise<PageResult>) => RequestHandler[];
}

export const param = (req: Request, name: string) => String(req.params?.[name] ?? '');
