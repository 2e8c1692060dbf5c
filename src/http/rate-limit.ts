import type { Next, Request, RequestHandler, Response } from 'restify';

export interface RateLimitOptions {
  /** How many requests a client may make at once. */
  burst: number;
  /** How many requests a client gets back per second. */
  perSecond: number;
  /** Who the client is: by default the remote address. */
  clientOf?: (req: Request) => string;
  /** The most clients remembered at once; the longest idle are forgotten first. */
  maxClients?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client, as restify middleware: a client over its limit gets 429 with
 * Retry-After. Teams traffic all comes from Microsoft's connector, so /api/messages counts
 * per conversation, not per address.
 */
export function rateLimit({ burst, perSecond, clientOf = addressOf, maxClients = 50_000, now = Date.now }: RateLimitOptions): RequestHandler {
  const buckets = new Map<string, Bucket>();

  return function limitRate(req: Request, res: Response, next: Next) {
    const client = clientOf(req);
    const at = now();
    const bucket = buckets.get(client) ?? { tokens: burst, at };
    bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond);
    bucket.at = at;
    // Re-inserting keeps the map in order of last use, so the first key is the longest idle.
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);

    if (bucket.tokens < 1) {
      res.header('retry-after', String(Math.ceil((1 - bucket.tokens) / perSecond)));
      res.send(429, { error: 'too many requests, try again soon' });
      return next(false);
    }
    bucket.tokens -= 1;
    return next();
  };
}

export function addressOf(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}
