import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { linksFor, type LinkSettings } from '../ambassadors/links';
import { posterPage } from '../ambassadors/poster-page';
import { qrPng, qrSvg } from '../ambassadors/qr';
import type { Domain } from '../domain';
import { firstNameOf, type Ambassador } from '../domain/ambassadors';
import { firstProblem } from './activity-schema';
import type { GuardOptions } from '../coordinator/auth/guard';
import { coordinatorGuard } from './coordinator-guard';
import { rateLimit } from './rate-limit';

const newAmbassadorSchema = z.object({
  name: z.string().trim().min(1).max(80),
  locationId: z.string().min(1).max(80),
});

/**
 * Taalambassadeurs over HTTP. Public, per code: the QR code (PNG, SVG) and the A4
 * poster. For coordinators, behind the bearer token: add an ambassador, hand out a
 * one-time link secret, see sign-ups per ambassador and the handoffs.
 */
export function ambassadorRoutes(server: Server, domain: Domain, settings: LinkSettings, access: GuardOptions): void {
  const guard = coordinatorGuard(access);
  const limit = rateLimit({ burst: 30, perSecond: 5 });
  const row = (ambassador: Ambassador) => ambassadorRow(domain, settings, ambassador);
  const withSecret = (ambassador: Ambassador, secret: string) => ({
    ambassador: row(ambassador),
    linkSecret: secret,
    howToLink: { webChat: `${settings.publicUrl}/?ambassador=${secret}`, teams: `koppel ${secret}` },
  });

  const byCode = (req: Request, res: Response): Ambassador | undefined => {
    const ambassador = domain.ambassadors.byCode(String(req.params.code ?? ''));
    if (!ambassador) res.send(404, { error: 'no ambassador has this code' });
    return ambassador;
  };

  server.get('/ambassadors/:code/qr.png', limit, async (req: Request, res: Response) => {
    const ambassador = byCode(req, res);
    if (!ambassador) return;
    const png = await qrPng(linksFor(ambassador, settings).webChat);
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600', 'content-length': png.length });
    res.end(png);
  });

  server.get('/ambassadors/:code/qr.svg', limit, async (req: Request, res: Response) => {
    const ambassador = byCode(req, res);
    if (!ambassador) return;
    const svg = await qrSvg(linksFor(ambassador, settings).webChat);
    res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(svg);
  });

  server.get('/ambassadors/:code/poster', limit, async (req: Request, res: Response) => {
    const ambassador = byCode(req, res);
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

  server.get('/api/coordinator/ambassadors', guard((_req, res) => res.send(200, domain.ambassadors.list().map(row))));

  server.post('/api/coordinator/ambassadors', guard(async (req, res) => {
    const body = newAmbassadorSchema.safeParse(req.body ?? {});
    if (!body.success) return void res.send(400, { error: firstProblem(body.error) });
    if (!domain.catalog.allLocations().some((l) => l.id === body.data.locationId)) {
      return void res.send(400, { error: `locationId: no place with id "${body.data.locationId}"` });
    }
    const { ambassador, linkSecret } = await domain.ambassadors.add(body.data);
    res.send(201, withSecret(ambassador, linkSecret));
  }));

  server.post('/api/coordinator/ambassadors/:id/link-secret', guard(async (req, res) => {
    const ambassador = domain.ambassadors.find(String(req.params.id));
    if (!ambassador) return void res.send(404, { error: 'no such ambassador' });
    res.send(201, withSecret(ambassador, await domain.ambassadors.newLinkSecret(ambassador.id)));
  }));

  server.get('/api/coordinator/ambassadors/:id/sign-ups', guard((req, res) => {
    const ambassador = domain.ambassadors.find(String(req.params.id));
    if (!ambassador) return void res.send(404, { error: 'no such ambassador' });
    res.send(200, domain.ambassadors.signUps(ambassador.id));
  }));

  server.get('/api/coordinator/handoffs', guard((_req, res) => {
    res.send(200, domain.handoffs.list().map((handoff) => ({
      id: handoff.id,
      worker: firstNameOf(handoff.worker.name),
      ambassador: domain.ambassadors.find(handoff.ambassadorId)?.name ?? null,
      locationId: handoff.locationId,
      status: handoff.status,
      outcome: handoff.outcome ?? null,
      requestedAt: handoff.requestedAt,
      acceptedAt: handoff.acceptedAt ?? null,
      closedAt: handoff.closedAt ?? null,
      unsent: handoff.unsent ?? [],
    })));
  }));
}

function ambassadorRow(domain: Domain, settings: LinkSettings, ambassador: Ambassador) {
  const signUps = domain.ambassadors.signUps(ambassador.id);
  return {
    id: ambassador.id,
    name: ambassador.name,
    locationId: ambassador.locationId,
    code: ambassador.code,
    linked: ambassador.reach ? { channel: ambassador.reach.channel } : null,
    links: linksFor(ambassador, settings),
    signUps: { total: signUps.length, booked: signUps.filter((s) => s.status === 'booked').length },
    createdAt: ambassador.createdAt,
  };
}

