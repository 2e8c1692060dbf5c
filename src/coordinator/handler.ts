import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { csrfOk, identify, type GuardOptions } from './auth/guard';
import type { Viewer } from './auth/viewer';
import { problemOf } from '../http/errors';

/** A download: CSV or JSON with a file name. */
export class Download {
  constructor(
    readonly type: string,
    readonly filename: string,
    readonly body: string,
  ) {}
}

export type ApiHandler = (req: Request, viewer: Viewer) => unknown;

/**
 * Wraps a JSON API handler: who is asking (401/503), the CSRF check on changes (403),
 * and errors turned into a status with a short reason, never a stack trace.
 */
export function apiHandler(guard: GuardOptions, logger: Logger, handler: ApiHandler, okStatus = 200, { forTeachers = false } = {}) {
  return async (req: Request, res: Response) => {
    const who = await identify(req, guard);
    if ('problem' in who) return void res.send(who.problem.status, { error: who.problem.error });
    if (!csrfOk(req, who.viewer)) return void res.send(403, { error: 'missing or wrong CSRF token' });
    if (who.viewer.role === 'teacher' && !forTeachers) return void res.send(403, { error: 'a teacher account can only take attendance' });
    try {
      const result = await handler(req, who.viewer);
      if (result instanceof Download) return void sendDownload(res, result);
      res.send(okStatus, result ?? { ok: true });
    } catch (error) {
      const { status, error: message, field } = problemOf(error);
      if (status >= 500) logger.error({ err: error, url: req.url }, 'coordinator API request failed');
      res.send(status, { error: message, ...(field ? { field } : {}) });
    }
  };
}

export function sendDownload(res: Response, download: Download): void {
  res.writeHead(200, {
    'content-type': download.type,
    'content-disposition': `attachment; filename="${download.filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(download.body);
}
