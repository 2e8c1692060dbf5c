import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';

export type Handler = (req: Request, res: Response) => Promise<void> | void;

/**
 * Wraps a coordinator route: `Authorization: Bearer <COORDINATOR_TOKEN>`, or 401.
 * Without a configured token the route answers 503: it is never open.
 */
export function coordinatorGuard(token: string | undefined) {
  return (handler: Handler) => async (req: Request, res: Response) => {
    if (!token) return void res.send(503, { error: 'the coordinator API is off: set COORDINATOR_TOKEN' });
    if (!sameSecret(bearerOf(req), token)) return void res.send(401, { error: 'missing or wrong bearer token' });
    await handler(req, res);
  };
}

function bearerOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
}

/** Compares digests, so neither the length nor the content of the token leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given.length > 0 && timingSafeEqual(digest(given), digest(expected));
}
