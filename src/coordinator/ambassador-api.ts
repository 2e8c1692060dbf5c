import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { z } from 'zod';
import { linksFor, type LinkSettings } from '../ambassadors/links';
import type { Domain } from '../domain';
import { firstNameOf, type Ambassador } from '../domain/ambassadors';
import { notFound } from '../domain/errors';
import { rateLimit } from '../http/rate-limit';
import { BadInput, parseInput } from '../http/errors';
import type { GuardOptions } from './auth/guard';
import { apiHandler, type ApiHandler } from './handler';
import { t } from '../text/t';
import type { Operations } from './operations';

const BASE = '/api/coordinator';

const newAmbassadorSchema = z.object({
  name: z.string().trim().min(1).max(80),
  locationId: z.string().min(1).max(80),
});

/**
 * Managing taalambassadeurs and following handoffs, for admins: add an ambassador, hand
 * out a one-time link secret, see the sign-ups per ambassador and every handoff. The
 * same guard and error answers as the rest of the coordinator API.
 */
export function ambassadorApiRoutes(server: Server, ops: Operations, guard: GuardOptions, settings: LinkSettings, logger: Logger): void {
  const { domain } = ops;
  const limit = rateLimit({ burst: 60, perSecond: 10 });
  const adminRoute = (handler: ApiHandler, status?: number) => [
    limit,
    apiHandler(guard, logger, (req, viewer) => {
      ops.requireAdmin(viewer);
      return handler(req, viewer);
    }, status),
  ];
  const ambassadorOf = async (req: Request): Promise<Ambassador> => {
    const id = String(req.params?.id ?? '');
    const ambassador = await domain.ambassadors.find(id);
    if (!ambassador) throw notFound('ambassador', id);
    return ambassador;
  };
  const row = (ambassador: Ambassador) => ambassadorRow(domain, settings, ambassador);
  const withSecret = async (ambassador: Ambassador, secret: string) => ({
    ambassador: await row(ambassador),
    linkSecret: secret,
    howToLink: { webChat: `${settings.publicUrl}/?ambassador=${secret}`, teams: t('ambassador.linkCommand', { secret }) },
  });

  server.get(`${BASE}/ambassadors`, ...adminRoute(async () => Promise.all((await domain.ambassadors.list()).map(row))));
  server.post(`${BASE}/ambassadors`, ...adminRoute(async (req) => {
    const input = parseInput(newAmbassadorSchema, req.body);
    if (!(await domain.catalog.current()).findLocation(input.locationId)) {
      throw new BadInput('locationId', `no place with id "${input.locationId}"`);
    }
    const { ambassador, linkSecret } = await domain.ambassadors.add(input);
    return withSecret(ambassador, linkSecret);
  }, 201));
  server.post(`${BASE}/ambassadors/:id/link-secret`, ...adminRoute(async (req) => {
    const ambassador = await ambassadorOf(req);
    return withSecret(ambassador, await domain.ambassadors.newLinkSecret(ambassador.id));
  }, 201));
  server.get(`${BASE}/ambassadors/:id/sign-ups`, ...adminRoute(async (req) => domain.ambassadors.signUps((await ambassadorOf(req)).id)));
  server.get(`${BASE}/handoffs`, ...adminRoute(async () =>
    Promise.all((await domain.handoffs.list()).map(async (handoff) => ({
      id: handoff.id,
      worker: firstNameOf(handoff.worker.name),
      ambassador: (await domain.ambassadors.find(handoff.ambassadorId))?.name ?? null,
      locationId: handoff.locationId,
      status: handoff.status,
      outcome: handoff.outcome ?? null,
      requestedAt: handoff.requestedAt,
      acceptedAt: handoff.acceptedAt ?? null,
      closedAt: handoff.closedAt ?? null,
      unsent: handoff.unsent ?? [],
    }))),
  ));
}

async function ambassadorRow(domain: Domain, settings: LinkSettings, ambassador: Ambassador) {
  const signUps = await domain.ambassadors.signUps(ambassador.id);
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
