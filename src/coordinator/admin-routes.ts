import type { Request } from 'restify';
import { t } from '../text/t';
import { BadInput, parseInput } from '../http/errors';
import { queryOf } from '../http/request';
import type { Viewer } from './auth/viewer';
import { flashOf, pageProblem } from './page-kit';
import { param, type PageRoutes } from './page-routes-kit';
import { accountsPage, auditPage, myAccountPage } from './pages/admin-pages';
import { attendanceRatesSection } from './pages/attendance-page';
import { statsPage } from './pages/stats-page';
import { accountChangeSchema, accountSchema, locationSchema, passwordChangeSchema, periodSchema } from './schemas';

/** Numbers, the audit log, accounts and places, and the coordinator's own password. */
export function adminRoutes({ server, ops, page, teacherPage, accounts, sessions }: PageRoutes): void {
  const { domain } = ops;
  server.get('/coordinator/stats', ...page(async (req, viewer) => {
    const fallback = ops.defaultPeriod();
    const parsed = periodSchema.safeParse(Object.fromEntries(queryOf(req)));
    const period = parsed.success ? { from: parsed.data.from ?? fallback.from, to: parsed.data.to ?? fallback.to } : fallback;
    const problem = parsed.success ? undefined : pageProblem(parsed.error);
    const attendance = attendanceRatesSection(await domain.reports.attendance(period, viewer.locationIds), period);
    return { status: problem?.status ?? 200, html: statsPage(viewer, await ops.summary(viewer, period), await ops.groupFill(viewer), problem?.message, attendance) };
  }));

  server.get('/coordinator/audit', ...page(async (req, viewer) => {
    ops.requireAdmin(viewer);
    const intakeId = queryOf(req).get('intakeId')?.trim() || undefined;
    return { html: auditPage(viewer, await domain.audit.list({ ...(intakeId ? { intakeId } : {}) }), intakeId) };
  }));

  const showAccounts = async (viewer: Viewer, options: { flash?: ReturnType<typeof flashOf>; problem?: string; status?: number } = {}) => ({
    status: options.status ?? 200,
    html: accountsPage(viewer, await accounts.list(), [...(await domain.catalog.current()).locations], [...(await domain.catalog.current()).groups], {
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

  server.get('/coordinator/account', ...teacherPage((req, viewer) => {
    const flash = flashOf(req);
    return { html: myAccountPage(viewer, flash ? { flash } : {}) };
  }));
  server.post('/coordinator/account/password', ...teacherPage(async (req, viewer) => {
    const account = viewer.account;
    if (!account) return { status: 400, html: myAccountPage(viewer, { problem: t('coordinator.errors.invalid') }) };
    const parsed = passwordChangeSchema.safeParse(req.body);
    if (!parsed.success) return { status: 400, html: myAccountPage(viewer, { problem: pageProblem(parsed.error)!.message }) };
    if (!(await accounts.verify(account.email, parsed.data.current))) {
      return { status: 400, html: myAccountPage(viewer, { problem: t('coordinator.errors.badField', { field: t('coordinator.fields.currentPassword') }) }) };
    }
    await accounts.setPassword(account.id, parsed.data.password);
    if (viewer.session) await sessions.endOthersOf(account.id, viewer.session.id);
    else await sessions.endAllOf(account.id);
    await domain.audit.record(viewer.actor, 'account.changed', { detail: 'password' });
    return { redirect: '/coordinator/account?ok=password' };
  }));
}
