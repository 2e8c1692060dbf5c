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
export function cameOverHttps(req: Request, trustProxy: number): boolean {
  if ((req.socket as TLSSocket | undefined)?.encrypted) return true;
  const forwarded = req.headers['x-forwarded-proto'];
  if (trustProxy <= 0 || typeof forwarded !== 'string') return false;
  // Each proxy may add its own; the one the outermost trusted proxy saw counts.
  const protos = forwarded.split(',').map((p) => p.trim());
  return protos[Math.max(0, protos.length - trustProxy)] === 'https';
}

/**
 * The client's address. Behind `trustProxy` trusted proxies: the address the outermost of
 * them saw, counted from the right of X-Forwarded-For (each proxy adds the address it saw
 * at the end; what stands further left the client may have written itself).
 */
export function clientAddress(req: Request, trustProxy: number): string {
  const socket = req.socket?.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy <= 0 || typeof forwarded !== 'string') return socket;
  const chain = [socket, ...forwarded.split(',').map((a) => a.trim()).filter(Boolean).reverse()];
  return chain[Math.min(trustProxy, chain.length - 1)];
}
