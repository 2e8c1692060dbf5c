import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';
import { apiActor } from '../../domain/audit';
import { bearerOf, cookiesOf } from '../../http/request';
import type { AccountService } from './accounts';
import type { SessionService } from './sessions';
import { viewerOf, type Viewer } from './viewer';

export const SESSION_COOKIE = 'taalbot_session';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface GuardOptions {
  accounts: AccountService;
  sessions: SessionService;
  /** COORDINATOR_TOKEN: machine access with admin rights; unset means no bearer access. */
  apiToken?: string;
}

export type Identity = { viewer: Viewer; token?: string } | { problem: { status: 401 | 503; error: string } };

/**
 * Finds out who sent a request: a bearer token (machine use, as admin) or a session
 * cookie (a person). A bearer header always wins, so a script never needs a cookie.
 */
export async function identify(req: Request, { accounts, sessions, apiToken }: GuardOptions): Promise<Identity> {
  const bearer = bearerOf(req);
  if (bearer !== undefined) {
    if (!apiToken) return { problem: { status: 503, error: 'the coordinator API token is off: set COORDINATOR_TOKEN' } };
    if (!sameSecret(bearer, apiToken)) return { problem: { status: 401, error: 'missing or wrong bearer token' } };
    return { viewer: { actor: apiActor, role: 'admin' } };
  }
  const token = cookiesOf(req)[SESSION_COOKIE];
  const session = token ? await sessions.find(token) : undefined;
  const account = session ? await accounts.get(session.accountId) : undefined;
  if (!token || !session || !account || account.disabled) return { problem: { status: 401, error: 'log in first' } };
  return { viewer: viewerOf(account, session), token };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The synchronizer token check: a change made with a session cookie must carry the
 * session's CSRF token, in a form field or a header. Bearer requests carry no cookie,
 * so a forged cross-site request cannot use them.
 */
export function csrfOk(req: Request, viewer: Viewer): boolean {
  if (!UNSAFE.has(req.method ?? 'GET') || !viewer.session) return true;
  const header = req.headers[CSRF_HEADER];
  const body = req.body as Record<string, unknown> | undefined;
  const sent = typeof header === 'string' ? header : typeof body?.[CSRF_FIELD] === 'string' ? (body[CSRF_FIELD] as string) : '';
  return sameSecret(sent, viewer.session.csrf);
}

/** Compares digests, so neither the length nor the content of a secret leaks through timing. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given.length > 0 && timingSafeEqual(digest(given), digest(expected));
}
