import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { rateLimit } from '../http/rate-limit';
import { t } from '../text/t';
import type { AccountService } from './auth/accounts';
import type { GuardOptions } from './auth/guard';
import type { SessionService } from './auth/sessions';
import { attendanceCsv, groupFillCsv, intakesCsv } from './csv';
import { apiHandler, Download, type ApiHandler } from './handler';
import { BadInput, parseInput } from '../http/errors';
import { queryOf } from '../http/request';
import type { Operations } from './operations';
import { accountView, fileView, groupRow, intakeRow } from './api-views';
import {
  accountChangeSchema,
  accountSchema,
  cancelSessionSchema,
  certificateSchema,
  evaluationSchema,
  fileQuerySchema,
  groupSchema,
  handoverSchema,
  locationSchema,
  moveSchema,
  noteSchema,
  periodSchema,
} from './schemas';

const BASE = '/api/coordinator';

/**
 * The coordinators' JSON API, for the dashboard's scripts and for machines. A session
 * cookie (with its CSRF token on changes) or the bearer COORDINATOR_TOKEN (as admin).
 */
export function coordinatorApiRoutes(server: Server, ops: Operations, guard: GuardOptions, accounts: AccountService, sessions: SessionService, logger: Logger): void {
  const limit = rateLimit({ burst: 120, perSecond: 30 });
  const route = (handler: ApiHandler, status?: number, forTeachers = false) => [limit, apiHandler(guard, logger, handler, status, { forTeachers })];
  const param = (req: Request, name: string) => String(req.params?.[name] ?? '');
  const { domain } = ops;

  server.get(`${BASE}/me`, ...route((_req, viewer) => ({
    role: viewer.role,
    name: viewer.account?.name ?? viewer.actor.label,
    locationIds: viewer.locationIds ?? null,
    csrfToken: viewer.session?.csrf ?? null,
  }), undefined, true));

  server.get(`${BASE}/intakes`, ...route(async (req, viewer) => {
    const query = parseInput(fileQuerySchema, Object.fromEntries(queryOf(req)));
    const [files, board] = await Promise.all([ops.files(viewer, query, 'intakes list (API)'), ops.board()]);
    return files.map((file) => intakeRow(board, file.intake));
  }));
  server.get(`${BASE}/intakes/:id`, ...route(async (req, viewer) => fileView(await ops.board(), await ops.openFile(viewer, param(req, 'id')))));
  server.post(`${BASE}/intakes/:id/notes`, ...route((req, viewer) => ops.addNote(viewer, param(req, 'id'), parseInput(noteSchema, req.body).text), 201));
  server.post(`${BASE}/intakes/:id/evaluations`, ...route((req, viewer) => ops.addEvaluation(viewer, param(req, 'id'), parseInput(evaluationSchema, req.body)), 201));
  server.post(`${BASE}/intakes/:id/certificates`, ...route((req, viewer) => ops.addCertificate(viewer, param(req, 'id'), parseInput(certificateSchema, req.body)), 201));
  server.post(`${BASE}/intakes/:id/finish`, ...route((req, viewer) => ops.finish(viewer, param(req, 'id'))));
  server.post(`${BASE}/intakes/:id/handover`, ...route((req, viewer) => ops.setHandover(viewer, param(req, 'id'), parseInput(handoverSchema, req.body).to)));
  server.post(`${BASE}/intakes/:id/move`, ...route((req, viewer) => ops.move(viewer, param(req, 'id'), parseInput(moveSchema, req.body).groupId)));
  server.get(`${BASE}/intakes/:id/export`, ...route(async (req, viewer) => {
    const data = await ops.exportWorker(viewer, param(req, 'id'));
    return new Download('application/json; charset=utf-8', `${t('coordinator.files.export', { id: param(req, 'id') })}.json`, JSON.stringify(data, null, 2));
  }));
  server.del(`${BASE}/intakes/:id`, ...route(async (req, viewer) => ({ erased: await ops.erase(viewer, param(req, 'id')) })));

  server.get(`${BASE}/groups`, ...route(async (_req, viewer) => {
    const [groups, board] = await Promise.all([ops.groups(viewer), ops.board()]);
    return groups.map((group) => groupRow(board, group));
  }));
  server.post(`${BASE}/groups`, ...route(async (req, viewer) => {
    const group = await ops.createGroup(viewer, parseInput(groupSchema, req.body));
    return groupRow(await ops.board(), group);
  }, 201));
  server.put(`${BASE}/groups/:id`, ...route(async (req, viewer) => {
    const group = await ops.updateGroup(viewer, param(req, 'id'), parseInput(groupSchema, req.body));
    return groupRow(await ops.board(), group);
  }));
  server.post(`${BASE}/groups/:id/confirm`, ...route(async (req, viewer) => {
    const group = await ops.confirmOverflow(viewer, param(req, 'id'));
    return groupRow(await ops.board(), group);
  }));
  server.post(`${BASE}/groups/:id/cancel-session`, ...route(async (req, viewer) => {
    const group = await ops.cancelSession(viewer, param(req, 'id'), parseInput(cancelSessionSchema, req.body).date);
    return groupRow(await ops.board(), group);
  }));
  server.post(`${BASE}/groups/:id/cancel`, ...route(async (req, viewer) => {
    const group = await ops.cancelGroup(viewer, param(req, 'id'));
    return groupRow(await ops.board(), group);
  }));
  server.get(`${BASE}/groups/:id/roster`, ...route(async (req, viewer) => {
    const [roster, board] = await Promise.all([ops.roster(viewer, param(req, 'id')), ops.board()]);
    return roster.map((intake) => intakeRow(board, intake));
  }));

  server.post(`${BASE}/locations`, ...route(async (req, viewer) => {
    ops.requireAdmin(viewer);
    const { id, contactName, contactPhone, ...rest } = parseInput(locationSchema, req.body);
    return domain.groups.createLocation({ ...rest, contact: { name: contactName, ...(contactPhone ? { phone: contactPhone } : {}) } }, id, viewer.actor);
  }, 201));

  server.get(`${BASE}/reports/summary`, ...route((req, viewer) => {
    const { from, to } = parseInput(periodSchema, Object.fromEntries(queryOf(req)));
    const fallback = ops.defaultPeriod();
    return ops.summary(viewer, { from: from ?? fallback.from, to: to ?? fallback.to });
  }));
  server.get(`${BASE}/reports/intakes.csv`, ...route(async (_req, viewer) => {
    const [files, board] = await Promise.all([ops.files(viewer, {}, 'intakes.csv'), ops.board()]);
    await domain.audit.record(viewer.actor, 'report.exported', { detail: `intakes.csv (${files.length})` });
    return new Download('text/csv; charset=utf-8', `${t('coordinator.files.intakes')}.csv`, intakesCsv(files, board.catalog));
  }));
  server.get(`${BASE}/reports/groups.csv`, ...route(async (_req, viewer) => {
    await domain.audit.record(viewer.actor, 'report.exported', { detail: 'groups.csv' });
    return new Download('text/csv; charset=utf-8', `${t('coordinator.files.groups')}.csv`, groupFillCsv(await ops.groupFill(viewer)));
  }));

  server.get(`${BASE}/reports/attendance.csv`, ...route(async (req, viewer) => {
    const { from, to } = parseInput(periodSchema, Object.fromEntries(queryOf(req)));
    const fallback = ops.defaultPeriod();
    const period = { from: from ?? fallback.from, to: to ?? fallback.to };
    await domain.audit.record(viewer.actor, 'report.exported', { detail: `attendance.csv ${period.from} ${period.to}` });
    return new Download('text/csv; charset=utf-8', `${t('coordinator.files.attendance')}.csv`, attendanceCsv(await domain.reports.attendance(period, viewer.locationIds), period));
  }));

  server.get(`${BASE}/audit`, ...route((req, viewer) => {
    ops.requireAdmin(viewer);
    const intakeId = queryOf(req).get('intakeId') ?? undefined;
    return domain.audit.list({ ...(intakeId ? { intakeId } : {}) });
  }));
  server.post(`${BASE}/retention/run`, ...route(async (_req, viewer) => {
    ops.requireAdmin(viewer);
    return { erased: await domain.privacy.applyRetention() };
  }));

  server.get(`${BASE}/accounts`, ...route(async (_req, viewer) => {
    ops.requireAdmin(viewer);
    return (await accounts.list()).map(accountView);
  }));
  server.post(`${BASE}/accounts`, ...route(async (req, viewer) => {
    ops.requireAdmin(viewer);
    const account = await accounts.create(parseInput(accountSchema, req.body));
    await domain.audit.record(viewer.actor, 'account.created', { detail: account.email });
    return accountView(account);
  }, 201));
  server.put(`${BASE}/accounts/:id`, ...route(async (req, viewer) => {
    ops.requireAdmin(viewer);
    const changes = parseInput(accountChangeSchema, req.body);
    if (param(req, 'id') === viewer.account?.id && (changes.role !== 'admin' || changes.disabled)) {
      throw new BadInput('role', 'an admin cannot demote or disable themselves');
    }
    const account = await accounts.update(param(req, 'id'), changes);
    if (account.disabled) await sessions.endAllOf(account.id);
    await domain.audit.record(viewer.actor, 'account.changed', { detail: account.email });
    return accountView(account);
  }));
}
