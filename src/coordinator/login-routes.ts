import { randomBytes } from 'node:crypto';
import { stringifySetCookie } from 'cookie';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Domain } from '../domain';
import { t } from '../text/t';
import { rateLimit } from '../http/rate-limit';
import { actorOf, type AccountService } from './auth/accounts';
import { identify, sameSecret, SESSION_COOKIE, type GuardOptions } from './auth/guard';
import type { LoginThrottle } from './auth/login-throttle';
import type { SessionService } from './auth/sessions';
import { cameOverHttps, clientAddress, cookiesOf } from '../http/request';
import { LOGIN_CSRF_FIELD, loginPage } from './pages/login-page';
import { pageHandler, redirect, sendHtml } from './page-kit';
import { loginSchema } from './schemas';

const LOGIN_COOKIE = 'taalbot_login';

export interface LoginOptions {
  domain: Domain;
  accounts: AccountService;
  sessions: SessionService;
  throttle: LoginThrottle;
  guard: GuardOptions;
  /** How many reverse proxies in front are trusted (TRUST_PROXY); 0: none. */
  trustProxy: number;
  sessionHours: number;
  logger: Logger;
}

/**
 * Log in and out. The session cookie is HttpOnly and SameSite=Lax, and Secure whenever
 * the browser came over https. Wrong passwords slow down per account and address, per address, and per account from unknown addresses.
 */
export function loginRoutes(server: Server, options: LoginOptions): void {
  const { accounts, sessions, throttle, trustProxy, sessionHours, domain } = options;
  const limit = rateLimit({ burst: 30, perSecond: 1, clientOf: (req) => clientAddress(req, trustProxy) });

  const showLogin = (req: Request, res: Response, status: number, problem?: string, email?: string) => {
    const token = randomBytes(24).toString('base64url');
    const cookie = stringifySetCookie(LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/coordinator/login', maxAge: 3600, secure: cameOverHttps(req, trustProxy) });
    sendHtml(res, status, loginPage(token, problem, email), { 'set-cookie': cookie });
  };

  server.get('/coordinator', async (_req: Request, res: Response) => redirect(res, '/coordinator/intakes'));
  server.get('/coordinator/login', async (req: Request, res: Response) => {
    const who = await identify(req, options.guard);
    if (!('problem' in who)) return redirect(res, who.viewer.role === 'teacher' ? '/coordinator/attendance' : '/coordinator/intakes');
    showLogin(req, res, 200);
  });

  server.post('/coordinator/login', limit, async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const sent = typeof body[LOGIN_CSRF_FIELD] === 'string' ? (body[LOGIN_CSRF_FIELD] as string) : '';
    if (!sameSecret(sent, cookiesOf(req)[LOGIN_COOKIE] ?? '')) return showLogin(req, res, 403, t('coordinator.login.expired'));
    const parsed = loginSchema.safeParse(body);
    if (!parsed.success) return showLogin(req, res, 400, t('coordinator.login.wrong'));
    const { email, password } = parsed.data;
    const address = clientAddress(req, trustProxy);

    const go = throttle.begin(email, address);
    if (!('attempt' in go)) {
      res.header('retry-after', String(Math.ceil(go.wait / 1000)));
      return showLogin(req, res, 429, t('coordinator.login.tooMany', { minutes: Math.ceil(go.wait / 60_000) }), email);
    }
    const account = await accounts.verify(email, password);
    if (!account) {
      throttle.failed(go.attempt);
      options.logger.warn({ address }, 'coordinator login failed');
      return showLogin(req, res, 401, t('coordinator.login.wrong'), email);
    }
    throttle.succeeded(go.attempt);
    const { token } = await sessions.start(account.id);
    await domain.audit.record(actorOf(account), 'account.login');
    const cookie = stringifySetCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: sessionHours * 3600,
      secure: cameOverHttps(req, trustProxy),
    });
    redirect(res, account.role === 'teacher' ? '/coordinator/attendance' : '/coordinator/intakes', { 'set-cookie': cookie });
  });

  server.post('/coordinator/logout', pageHandler(options.guard, options.logger, async (req, viewer) => {
    const token = cookiesOf(req)[SESSION_COOKIE];
    if (token) await sessions.end(token);
    await domain.audit.record(viewer.actor, 'account.logout');
    const cleared = stringifySetCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });
    return { redirect: '/coordinator/login', headers: { 'set-cookie': cleared } };
  }, { forTeachers: true }));
}
