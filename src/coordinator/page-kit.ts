import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { t, type TextKey } from '../text/t';
import { csrfOk, identify, type GuardOptions } from './auth/guard';
import type { Viewer } from './auth/viewer';
import { problemOf, type Problem } from '../http/errors';
import { html } from '../http/html';
import { fieldLabel } from './pages/labels';
import { FLASHES, layout, type Flash } from './pages/layout';

/** A strict policy: only our own stylesheet, no script at all, forms post only to us, no framing. */
export const DASHBOARD_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export type PageResult = { html: string; status?: number } | { redirect: string; headers?: Record<string, string> };

export function sendHtml(res: Response, status: number, body: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': DASHBOARD_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    ...headers,
  });
  res.end(body);
}

export function redirect(res: Response, to: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { location: to, 'cache-control': 'no-store', ...headers });
  res.end();
}

/** The Dutch sentence and status for an error on a dashboard page. */
export function pageProblem(error: unknown): { status: number; message: string } | undefined {
  const { kind, status, field } = problemOf(error);
  if (field) return { status, message: t('coordinator.errors.badField', { field: fieldLabel(field) }) };
  const message = MESSAGES[kind];
  return message ? { status, message: t(message) } : undefined;
}

const MESSAGES: Record<Problem['kind'], TextKey | undefined> = {
  'bad-input': 'coordinator.errors.invalid',
  invalid: 'coordinator.errors.invalid',
  forbidden: 'coordinator.errors.forbidden',
  'not-found': 'coordinator.errors.notFound',
  'group-full': 'coordinator.errors.groupFull',
  internal: undefined,
};

export function errorPage(viewer: Viewer | undefined, message: string): string {
  return layout({
    title: t('coordinator.errors.title'),
    ...(viewer ? { viewer } : {}),
    problem: message,
    body: html`<p><a href="${viewer?.role === 'teacher' ? '/coordinator/attendance' : '/coordinator/intakes'}">${t('coordinator.errors.back')}</a></p>`,
  });
}

export function flashOf(req: Request): Flash | undefined {
  const ok = new URL(req.url ?? '/', 'http://localhost').searchParams.get('ok');
  return ok && ok in FLASHES ? (ok as Flash) : undefined;
}

/**
 * Wraps a dashboard page: not logged in goes to the login page, a change without the
 * session's CSRF token gets 403, and errors become a Dutch page with the right status.
 */
export function pageHandler(
  guard: GuardOptions,
  logger: Logger,
  handler: (req: Request, viewer: Viewer) => PageResult | Promise<PageResult>,
  { forTeachers = false } = {},
) {
  return async (req: Request, res: Response) => {
    const who = await identify(req, guard);
    if ('problem' in who) {
      if (req.method === 'GET') return redirect(res, '/coordinator/login');
      return sendHtml(res, who.problem.status, errorPage(undefined, t('coordinator.errors.loggedOut')));
    }
    if (!csrfOk(req, who.viewer)) return sendHtml(res, 403, errorPage(who.viewer, t('coordinator.errors.csrf')));
    // A teacher or volunteer may take attendance for their own groups, and nothing else.
    if (who.viewer.role === 'teacher' && !forTeachers) return sendHtml(res, 403, errorPage(who.viewer, t('coordinator.errors.forbidden')));
    try {
      const result = await handler(req, who.viewer);
      if ('redirect' in result) return redirect(res, result.redirect, result.headers);
      sendHtml(res, result.status ?? 200, result.html);
    } catch (error) {
      const problem = pageProblem(error);
      if (!problem) logger.error({ err: error, url: req.url }, 'dashboard page failed');
      sendHtml(res, problem?.status ?? 500, errorPage(who.viewer, problem?.message ?? t('coordinator.errors.general')));
    }
  };
}
