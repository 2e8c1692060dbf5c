import { timingSafeEqual, createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Domain } from '../domain';

/**
 * The first cut of the coordinators' JSON API, behind a bearer token. Without a
 * configured token these routes answer 503: they are never open.
 */
export function coordinatorRoutes(server: Server, domain: Domain, token: string | undefined, logger: Logger): void {
  if (!token) logger.warn('COORDINATOR_TOKEN is not set: the coordinator API answers 503 until it is');

  const guard = (handler: (req: Request, res: Response) => void) => async (req: Request, res: Response) => {
    if (!token) return void res.send(503, { error: 'the coordinator API is off: set COORDINATOR_TOKEN' });
    if (!sameSecret(bearerOf(req), token)) return void res.send(401, { error: 'missing or wrong bearer token' });
    handler(req, res);
  };

  server.get('/api/coordinator/intakes', guard((_req, res) => res.send(200, intakeRows(domain))));
  server.get('/api/coordinator/groups', guard((_req, res) => res.send(200, groupRows(domain))));
}

function intakeRows(domain: Domain) {
  return domain.intakes.list().map((intake) => {
    const group = intake.booking ? domain.catalog.group(intake.booking.groupId) : undefined;
    return {
      id: intake.id,
      status: intake.status,
      channel: intake.channel,
      channelUserId: intake.channelUserId,
      name: intake.name,
      goals: intake.goals,
      reasons: intake.reasons,
      availability: intake.availability,
      format: intake.format,
      phone: intake.phone ?? null,
      referralCode: intake.referralCode ?? null,
      createdAt: intake.createdAt,
      booking: intake.booking ?? null,
      group: group
        ? {
            id: group.id,
            name: group.name,
            weekdays: group.sessions.map((s) => s.weekday),
            time: group.sessions[0].start,
            location: domain.catalog.location(group.locationId).name,
          }
        : null,
    };
  });
}

function groupRows(domain: Domain) {
  return domain.catalog.allGroups().map((group) => {
    const taken = domain.bookings.seatsTaken(group.id);
    return { ...group, seatsTaken: taken, seatsFree: Math.max(0, group.capacity - taken) };
  });
}

function bearerOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
}

/** Compares digests, so neither the length nor the content of the token leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given.length > 0 && timingSafeEqual(digest(given), digest(expected));
}
