import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { t } from '../i18n/t';
import { rateLimit } from '../server/rate-limit';
import type { AccountService } from './auth/accounts';
import type { GuardOptions } from './auth/guard';
import type { SessionService } from './auth/sessions';
import type { Viewer } from './auth/viewer';
import { BadInput, parseInput, queryOf } from './http';
import type { Operations } from './operations';
import { flashOf, pageHandler, pageProblem, type PageResult } from './page-kit';
import { accountsPage, auditPage, myAccountPage } from './pages/admin-pages';
import { filePage } from './pages/file-page';
import { groupPage, groupsPage, newGroupPage } from './pages/groups-page';
import { intakesPage } from './pages/intakes-page';
import { statsPage } from './pages/stats-page';
import {
  accountChangeSchema,
  accountSchema,
  certificateSchema,
  eraseSchema,
  evaluationSchema,
  fileQuerySchema,
  groupSchema,
  handoffSchema,
  locationSchema,
  moveSchema,
  noteSchema,
  passwordChangeSchema,
  periodSchema,
  validGroupFields,
} from './schemas';

export interface PageRouteOptions {
  ops: Operations;
  accounts: AccountService;
  sessions: SessionService;
  guard: GuardOptions;
  logger: Logger;
}

/** The dashboard at /coordinator: server-rendered pages and plain forms that post and redirect. */
export function pageRoutes(server: Server, { ops, accounts, sessions, guard, logger }: PageRouteOptions): void {
  const limit = rateLimit({ burst: 120, perSecond: 30 });
  const page = (handler: (req: Request, viewer: Viewer) => PageResult | Promise<PageResult>) => [limit, pageHandler(guard, logger, handler)];
  const param = (req: Request, name: string) => String(req.params?.[name] ?? '');
  const { domain } = ops;

  /** Renders the file again with the problem when a form on it had bad input; other errors go to the error page. */
  const onFile = (change: (req: Request, viewer: Viewer, id: string) => Promise<unknown>, flash = 'saved') =>
    page(async (req, viewer) => {
      const id = param(req, 'id');
      try {
        await change(req, viewer, id);
      } catch (error) {
        const problem = pageProblem(error);
        if (!problem || problem.status === 404 || problem.status === 403) throw error;
        const file = await ops.openFile(viewer, id);
        return { status: problem.status, html: filePage(domain, viewer, file, ops.moveTargets(viewer, file.intake), { problem: problem.message }) };
      }
      const back = (req.body as Record<string, unknown> | undefined)?.back === 'group' ? domain.intakes.get(id)?.booking?.groupId : undefined;
      return { redirect: back ? `/coordinator/groups/${back}?ok=moved` : `/coordinator/intakes/${id}?ok=${flash}` };
    });

  server.get('/coordinator/intakes', ...page((req, viewer) => {
    const query = parseInput(fileQuerySchema, Object.fromEntries(queryOf(req)));
    return { html: intakesPage(domain, viewer, ops.files(viewer, query), query, flashOf(req)) };
  }));
  server.get('/coordinator/intakes/:id', ...page(async (req, viewer) => {
    const file = await ops.openFile(viewer, param(req, 'id'));
    const flash = flashOf(req);
    return { html: filePage(domain, viewer, file, ops.moveTargets(viewer, file.intake), flash ? { flash } : {}) };
  }));
  server.post('/coordinator/intakes/:id/notes', ...onFile((req, viewer, id) => ops.addNote(viewer, id, parseInput(noteSchema, req.body).text)));
  server.post('/coordinator/intakes/:id/evaluations', ...onFile((req, viewer, id) => ops.addEvaluation(viewer, id, parseInput(evaluationSchema, req.body))));
  server.post('/coordinator/intakes/:id/certificates', ...onFile((req, viewer, id) => ops.addCertificate(viewer, id, parseInput(certificateSchema, req.body))));
  server.post('/coordinator/intakes/:id/handoff', ...onFile((req, viewer, id) => ops.setHandoff(viewer, id, parseInput(handoffSchema, req.body).to)));
  server.post('/coordinator/intakes/:id/finish', ...onFile((_req, viewer, id) => ops.finish(viewer, id)));
  server.post('/coordinator/intakes/:id/move', ...onFile((req, viewer, id) => ops.move(viewer, id, parseInput(moveSchema, req.body).groupId), 'moved'));
  server.post('/coordinator/intakes/:id/erase', ...page(async (req, viewer) => {
    const id = param(req, 'id');
    const check = eraseSchema.safeParse(req.body);
    if (!check.success) {
      const bad = pageProblem(check.error)!;
      const file = await ops.openFile(viewer, id);
      return { status: bad.status, html: filePage(domain, viewer, file, ops.moveTargets(viewer, file.intake), { problem: bad.message }) };
    }
    await ops.erase(viewer, id);
    return { redirect: '/coordinator/intakes?ok=erased' };
  }));

  server.get('/coordinator/groups', ...page((req, viewer) => ({ html: groupsPage(domain, viewer, ops.groups(viewer), flashOf(req)) })));
  server.get('/coordinator/groups/new', ...page((_req, viewer) => ({ html: newGroupPage(viewer, ops.locations(viewer), {}) })));
  server.post('/coordinator/groups', ...page(async (req, viewer) => {
    try {
      const group = await ops.createGroup(viewer, parseInput(groupSchema, req.body));
      return { redirect: `/coordinator/groups/${group.id}?ok=created` };
    } catch (error) {
      const problem = pageProblem(error);
      if (!problem) throw error;
      return { status: problem.status, html: newGroupPage(viewer, ops.locations(viewer), validGroupFields(req.body), problem.message) };
    }
  }));
  const showGroup = (viewer: Viewer, id: string, options: { flash?: ReturnType<typeof flashOf>; problem?: string } = {}) => {
    const group = ops.group(viewer, id);
    const targets = ops.groups(viewer).filter((g) => g.id !== id && domain.bookings.freeSeats(g.id) > 0);
    const { flash, problem } = options;
    return groupPage(domain, viewer, group, ops.roster(viewer, id), ops.locations(viewer), targets, { ...(flash ? { flash } : {}), ...(problem ? { problem } : {}) });
  };
  server.get('/coordinator/groups/:id', ...page((req, viewer) => ({ html: showGroup(viewer, param(req, 'id'), { flash: flashOf(req) }) })));
  server.post('/coordinator/groups/:id', ...page(async (req, viewer) => {
    const id = param(req, 'id');
    try {
      await ops.updateGroup(viewer, id, parseInput(groupSchema, req.body));
      return { redirect: `/coordinator/groups/${id}?ok=saved` };
    } catch (error) {
      const problem = pageProblem(error);
      if (!problem || problem.status === 404) throw error;
      return { status: problem.status, html: showGroup(viewer, id, { problem: problem.message }) };
    }
  }));
  server.post('/coordinator/groups/:id/confirm', ...page(async (req, viewer) => {
    await ops.confirmOverflow(viewer, param(req, 'id'));
    return { redirect: `/coordinator/groups/${param(req, 'id')}?ok=confirmed` };
  }));

  server.get('/coordinator/stats', ...page((req, viewer) => {
    const fallback = ops.defaultPeriod();
    const parsed = periodSchema.safeParse(Object.fromEntries(queryOf(req)));
    const period = parsed.success ? { from: parsed.data.from ?? fallback.from, to: parsed.data.to ?? fallback.to } : fallback;
    const problem = parsed.success ? undefined : pageProblem(parsed.error);
    return { status: problem?.status ?? 200, html: statsPage(viewer, ops.summary(viewer, period), ops.groupFill(viewer), problem?.message) };
  }));

  server.get('/coordinator/audit', ...page((req, viewer) => {
    ops.requireAdmin(viewer);
    const intakeId = queryOf(req).get('intakeId')?.trim() || undefined;
    return { html: auditPage(viewer, domain.audit.list({ ...(intakeId ? { intakeId } : {}) }), intakeId) };
  }));

  const showAccounts = (viewer: Viewer, options: { flash?: ReturnType<typeof flashOf>; problem?: string; status?: number } = {}) => ({
    status: options.status ?? 200,
    html: accountsPage(viewer, accounts.list(), domain.catalog.allLocations(), {
      ...(options.flash ? { flash: options.flash } : {}),
      ...(options.problem ? { problem: options.problem } : {}),
    }),
  });
  const adminForm = (change: (req: Request, viewer: Viewer) => Promise<unknown>, flash: 'created' | 'saved' | 'retention') =>
    page(async (req, viewer) => {
      ops.requireAdmin(viewer);
      try {
        await change(req, viewer);
      } catch (error) {
        const problem = pageProblem(error);
        if (!problem || problem.status === 403) throw error;
        return showAccounts(viewer, { problem: problem.message, status: problem.status });
      }
      return { redirect: `/coordinator/accounts?ok=${flash}` };
    });
  server.get('/coordinator/accounts', ...page((req, viewer) => {
    ops.requireAdmin(viewer);
    return showAccounts(viewer, { flash: flashOf(req) });
  }));
  server.post('/coordinator/accounts', ...adminForm(async (req, viewer) => {
    const account = await accounts.create(parseInput(accountSchema, req.body));
    await domain.audit.record(viewer.actor, 'account.created', { detail: account.email });
  }, 'created'));
  server.post('/coordinator/accounts/:id', ...adminForm(async (req, viewer) => {
    const changes = parseInput(accountChangeSchema, req.body);
    if (param(req, 'id') === viewer.account?.id && (changes.role !== 'admin' || changes.disabled)) throw new BadInput('role', 'an admin cannot demote or disable themselves');
    const account = await accounts.update(param(req, 'id'), changes);
    if (account.disabled) await sessions.endAllOf(account.id);
    await domain.audit.record(viewer.actor, 'account.changed', { detail: account.email });
  }, 'saved'));
  server.post('/coordinator/locations', ...adminForm(async (req, viewer) => {
    const { id, contactName, contactPhone, ...rest } = parseInput(locationSchema, req.body);
    await domain.groups.createLocation({ ...rest, contact: { name: contactName, ...(contactPhone ? { phone: contactPhone } : {}) } }, id, viewer.actor);
  }, 'created'));
  server.post('/coordinator/retention', ...adminForm(() => domain.privacy.applyRetention(), 'retention'));

  server.get('/coordinator/account', ...page((req, viewer) => {
    const flash = flashOf(req);
    return { html: myAccountPage(viewer, flash ? { flash } : {}) };
  }));
  server.post('/coordinator/account/password', ...page(async (req, viewer) => {
    const account = viewer.account;
    if (!account) return { status: 400, html: myAccountPage(viewer, { problem: t('coordinator.errors.invalid') }) };
    const parsed = passwordChangeSchema.safeParse(req.body);
    if (!parsed.success) return { status: 400, html: myAccountPage(viewer, { problem: pageProblem(parsed.error)!.message }) };
    if (!(await accounts.verify(account.email, parsed.data.current))) {
      return { status: 400, html: myAccountPage(viewer, { problem: t('coordinator.errors.badField', { field: t('coordinator.fields.currentPassword') }) }) };
    }
    await accounts.setPassword(account.id, parsed.data.password);
    await domain.audit.record(viewer.actor, 'account.changed', { detail: 'password' });
    return { redirect: '/coordinator/account?ok=password' };
  }));
}
