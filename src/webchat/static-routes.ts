import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { pageHeaders } from '../http/page-headers';
import { rateLimit } from '../http/rate-limit';
import { avatarSvg, colorIcon } from '../icons';
import { publicDir } from '../paths';
import { chatPage, privacyPage, webAppManifest } from './page';

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
}

function asset(path: string, type: string): Asset {
  return made(readFileSync(path), type);
}

function made(body: Buffer, type: string): Asset {
  return { type, body, gzipped: gzipSync(body) };
}

const CHAT_CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; media-src 'self' blob:";

/** botframework-webchat's browser bundle, from node_modules: the page works with no internet. */
function webChatBundlePath(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/** The chat page at / and /chat, /privacy, the web app manifest, and the page's script, styles and icons under /static. */
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
  assets.set('avatar.svg', lazy(() => made(Buffer.from(avatarSvg()), 'image/svg+xml')));
  assets.set('icon-192.png', lazy(() => made(colorIcon(192), 'image/png')));
  assets.set('icon-512.png', lazy(() => made(colorIcon(512), 'image/png')));

  const sendPage = async (_req: Request, res: Response) => {
    res.writeHead(200, pageHeaders(CHAT_CSP));
    res.end(page);
  };
  server.get('/', limit, sendPage);
  server.get('/chat', limit, sendPage);
  const privacy = privacyPage(retentionMonths);
  server.get('/privacy', limit, async (_req: Request, res: Response) => {
    res.writeHead(200, pageHeaders("default-src 'self'"));
    res.end(privacy);
  });
  const manifest = webAppManifest('#0B4F8A');
  server.get('/manifest.webmanifest', limit, async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
    res.end(manifest);
  });
  server.get('/favicon.ico', limit, async (_req: Request, res: Response) => {
    const icon = assets.get('icon-192.png')!();
    res.writeHead(200, { 'content-type': icon.type, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' });
    res.end(icon.body);
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
