import type { Request, Response, Server } from 'restify';
import { linksFor, type LinkSettings } from './links';
import { posterPage } from './poster-page';
import { qrPng, qrSvg } from './qr';
import type { Domain } from '../domain';
import type { Ambassador } from '../domain/ambassadors';
import { rateLimit } from '../http/rate-limit';

/**
 * A taalambassadeur's public pages, per code: the QR code (PNG, SVG) and the A4 poster.
 * They are printed and shared anyway; coordinators manage ambassadors in the coordinator API.
 */
export function ambassadorRoutes(server: Server, domain: Domain, settings: LinkSettings): void {
  const limit = rateLimit({ burst: 30, perSecond: 5 });

  const byCode = async (req: Request, res: Response): Promise<Ambassador | undefined> => {
    const ambassador = await domain.ambassadors.byCode(String(req.params.code ?? ''));
    if (!ambassador) res.send(404, { error: 'no ambassador has this code' });
    return ambassador;
  };

  server.get('/ambassadors/:code/qr.png', limit, async (req: Request, res: Response) => {
    const ambassador = await byCode(req, res);
    if (!ambassador) return;
    const png = await qrPng(linksFor(ambassador, settings).webChat);
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600', 'content-length': png.length });
    res.end(png);
  });

  server.get('/ambassadors/:code/qr.svg', limit, async (req: Request, res: Response) => {
    const ambassador = await byCode(req, res);
    if (!ambassador) return;
    const svg = await qrSvg(linksFor(ambassador, settings).webChat);
    res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(svg);
  });

  server.get('/ambassadors/:code/poster', limit, async (req: Request, res: Response) => {
    const ambassador = await byCode(req, res);
    if (!ambassador) return;
    const link = linksFor(ambassador, settings).webChat;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'x-content-type-options': 'nosniff',
    });
    res.end(posterPage(ambassador, link, await qrSvg(link)));
  });
}
