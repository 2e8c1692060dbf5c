import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import restify, { type Server } from 'restify';

/** Longest a client may take to send a request's headers, and the whole request. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** How long an idle kept-alive connection stays open. */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The restify server every route hangs on: JSON bodies up to 256 kB, parsed queries,
 * errors answered without internals, and no socket that lives without a purpose.
 * Nothing here speaks WebSocket: restify claims Node's `upgrade` event and never answers
 * it, so such a request is refused at once and its socket closed.
 */
export function createHttpServer(logger: Logger): Server {
  const server = restify.createServer({ name: 'taalbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.on('restifyError', (req, _res, err, callback) => {
    if ((err.statusCode ?? 500) >= 500) logger.error({ err, url: req.url }, 'request failed');
    err.toJSON = () => ({ error: (err.statusCode ?? 500) >= 500 ? 'internal error' : err.message });
    callback();
  });

  const http = server.server;
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  http.requestTimeout = REQUEST_TIMEOUT_MS;
  http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  http.removeAllListeners('upgrade');
  http.on('upgrade', (_req, socket: Socket) => refuseUpgrade(socket));
  return server;
}

function refuseUpgrade(socket: Socket): void {
  socket.on('error', () => socket.destroy());
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 26\r\n\r\nThis server has no sockets', () => socket.destroy());
  setTimeout(() => socket.destroy(), 1_000).unref();
}

/** Stops taking connections; idle kept-alive ones close now, busy ones when their answer is sent. */
export async function closeHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeIdleConnections();
  await closed;
}
