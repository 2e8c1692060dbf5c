import type { TLSSocket } from 'node:tls';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'restify';
import { z, ZodError, type ZodType } from 'zod';
import { DomainError } from '../domain/errors';

/** Bad input, with the field that is wrong: the HTTP layer answers 400 and names it. */
export class BadInput extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'BadInput';
  }
}

/** The access rules said no: 403 for the API, a plain page for the dashboard. */
export class Forbidden extends Error {
  constructor(message = 'not allowed') {
    super(message);
    this.name = 'Forbidden';
  }
}

/** Checks input against a zod schema; the first problem becomes a BadInput naming its field. */
export function parseInput<S extends ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw badInputOf(result.error);
}

export function badInputOf(error: ZodError): BadInput {
  const issue = error.issues[0];
  return new BadInput(issue.path.map(String).join('.') || 'body', issue.message);
}

/** The status and the JSON body for an error; 500 hides the details. */
export function errorResponse(error: unknown): { status: number; body: { error: string; field?: string } } {
  if (error instanceof BadInput) return { status: 400, body: { error: error.message, field: error.field } };
  if (error instanceof ZodError) return errorResponse(badInputOf(error));
  if (error instanceof Forbidden) return { status: 403, body: { error: error.message } };
  if (error instanceof DomainError) {
    const field = /^(\w+): /.exec(error.message)?.[1];
    const status = { 'not-found': 404, 'group-full': 409, 'already-booked': 409, 'no-consent': 409, invalid: 400 }[error.code];
    return { status, body: { error: error.message, ...(field ? { field } : {}) } };
  }
  return { status: 500, body: { error: 'internal error' } };
}

export function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

export function cookiesOf(req: Request): Record<string, string | undefined> {
  const header = req.headers.cookie;
  return typeof header === 'string' ? parseCookie(header) : {};
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

export function sendJson(res: Response, status: number, body: unknown): void {
  res.send(status, body);
}
