import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { rateLimit } from '../http/rate-limit';
import { publicDir } from '../paths';
import { chatPage, privacyPage } from './page';

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
}

function asset(path: string, type: string): Asset {
  const body = readFileSync(path);
  return { type, body, gzipped: gzipSync(body) };
}

/** botframework-webchat's browser bundle, from node_modules: the page works with no internet. */
function webChatBundlePath(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/** The chat page at / and /chat, and its script and styles under /static. */
export function staticRoutes(server: Server, retentionMonths: number): void {
  const limit = rateLimit({ burst: 60, perSecond: 20 });
  const page = chatPage();
  const assets = new Map<string, () => Asset>();
  const lazy = (make: () => Asset) => {
    let made: Asset | undefined;
    return () => (made ??= make());
  };
  assets.set('webchat.js', lazy(() => asset(webChatBundlePath(), 'application/javascript; charset=utf-8')));
  assets.set('chat.js', lazy(() => asset(join(publicDir, 'chat.js'), 'application/javascript; charset=utf-8')));
  assets.set('chat.css', lazy(() => asset(join(publicDir, 'chat.css'), 'text/css; charset=utf-8')));

  const sendPage = async (_req: Request, res: Response) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; media-src 'self' blob:",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    });
    res.end(page);
  };
  server.get('/', limit, sendPage);
  server.get('/chat', limit, sendPage);
  const privacy = privacyPage(retentionMonths);
  server.get('/privacy', limit, async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'", 'x-content-type-options': 'nosniff' });
    res.end(privacy);
  });

  server.get('/static/:name', limit, async (req: Request, res: Response) => {
    const found = assets.get(String(req.params.name));
    if (!found) return void res.send(404, { error: 'not found' });
    const file = found();
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': file.type,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? file.gzipped : file.body);
  });
}
