import type { Next, Request, RequestHandler, Response } from 'restify';
import { addressOf } from './rate-limit';

export interface FailureLimitOptions {
  /** Failed attempts (401 or 403 answers) a client may make within the window. */
  maxFailures: number;
  windowMs: number;
  clientOf?: (req: Request) => string;
  /** Which requests are checked and counted at all; by default every one. */
  only?: (req: Request) => boolean;
  /** The answers that count as a failure. */
  failures?: readonly number[];
  /** The most clients remembered at once; the longest idle are forgotten first. */
  maxClients?: number;
  now?: () => number;
}

interface Failures {
  count: number;
  since: number;
}

/**
 * Slows down token guessing: a client whose requests were refused too often gets 429
 * for the rest of the window, even with the right token. Counts the answers the routes
 * give, so it needs no knowledge of how they check a token.
 */
export function failureLimit({
  maxFailures,
  windowMs,
  clientOf = addressOf,
  only = () => true,
  failures: failing = [401, 403],
  maxClients = 50_000,
  now = Date.now,
}: FailureLimitOptions): RequestHandler {
  const clients = new Map<string, Failures>();

  return function limitFailures(req: Request, res: Response, next: Next) {
    if (!only(req)) return next();
    const client = clientOf(req);
    const at = now();
    const seen = clients.get(client);
    if (seen && at - seen.since >= windowMs) clients.delete(client);
    const failures = clients.get(client);
    if (failures && failures.count >= maxFailures) {
      res.header('retry-after', String(Math.ceil((failures.since + windowMs - at) / 1000)));
      res.send(429, { error: 'too many failed attempts, try again later' });
      return next(false);
    }
    res.once('finish', () => {
      if (!failing.includes(res.statusCode)) return;
      const entry = clients.get(client) ?? { count: 0, since: now() };
      entry.count += 1;
      clients.delete(client);
      clients.set(client, entry);
      if (clients.size > maxClients) clients.delete(clients.keys().next().value as string);
    });
    return next();
  };
}

/** Runs a middleware only for paths under a prefix, so it can be added with `server.use`. */
export function under(prefix: string, handler: RequestHandler): RequestHandler {
  return function onlyUnder(req: Request, res: Response, next: Next) {
    if (!req.path().startsWith(prefix)) return next();
    return (handler as (req: Request, res: Response, next: Next) => unknown)(req, res, next);
  };
}
