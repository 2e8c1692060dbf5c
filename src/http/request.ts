import type { TLSSocket } from 'node:tls';
import { parseCookie } from 'cookie';
import type { Request } from 'restify';

export function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

export function cookiesOf(req: Request): Record<string, string | undefined> {
  const header = req.headers.cookie;
  return typeof header === 'string' ? parseCookie(header) : {};
}

/** The token of an `Authorization: Bearer …` header (any case, trimmed); undefined without one. */
export function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  return typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : undefined;
}

/** Whether the browser reached us over https: directly, or through a proxy we trust to say so. */
export function cameOverHttps(req: Request, trustProxy: boolean): boolean {
  if ((req.socket as TLSSocket | undefined)?.encrypted) return true;
  const forwarded = req.headers['x-forwarded-proto'];
  return trustProxy && typeof forwarded === 'string' && forwarded.split(',')[0].trim() === 'https';
}

/** The client's address; behind a trusted proxy, the first one in X-Forwarded-For. */
export function clientAddress(req: Request, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0].trim();
  return req.socket?.remoteAddress ?? 'unknown';
}
