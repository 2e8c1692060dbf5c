import { z } from 'zod';
import { MARKS } from '../domain/attendance';
import { BadInput, parseInput } from '../http/errors';
import { queryOf } from '../http/request';
import { flashOf } from './page-kit';
import { param, type PageRoutes } from './page-routes-kit';
import { attendanceGroupsPage, attendancePage, attendanceUrl } from './pages/attendance-page';

const markSchema = z.union([
  z.object({ intakeId: z.string().min(1).max(100), mark: z.enum(MARKS) }),
  z.object({ rest: z.literal('present') }),
]);
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date');

/** Taking attendance: teachers and volunteers for their own groups, coordinators for their places, admins for all. */
export function attendanceRoutes({ server, ops, teacherPage }: PageRoutes): void {
  const { domain } = ops;
  server.get('/coordinator/attendance', ...teacherPage(async (_req, viewer) => {
    const groups = await ops.attendanceGroups(viewer);
    const withDates = await Promise.all(groups.map(async (group) => {
      const date = await domain.attendance.currentSession(group.id);
      return { group, ...(date ? { date } : {}) };
    }));
    return { html: attendanceGroupsPage(viewer, withDates) };
  }));
  server.get('/coordinator/attendance/:groupId', ...teacherPage(async (req, viewer) => {
    const group = await ops.attendanceGroup(viewer, param(req, 'groupId'));
    const asked = queryOf(req).get('date');
    const date = asked ? parseInput(dateSchema, asked) : await domain.attendance.currentSession(group.id);
    return { redirect: attendanceUrl(group.id, date) };
  }));
  server.get('/coordinator/attendance/:groupId/:date', ...teacherPage(async (req, viewer) => {
    const group = await ops.attendanceGroup(viewer, param(req, 'groupId'));
    const list = await domain.attendance.list(group.id, parseInput(dateSchema, param(req, 'date')));
    const sessions = await domain.attendance.recentSessions(group.id);
    return { html: attendancePage(viewer, list, sessions.includes(list.date) ? sessions : [list.date, ...sessions], flashOf(req)) };
  }));
  server.post('/coordinator/attendance/:groupId/:date', ...teacherPage(async (req, viewer) => {
    const group = await ops.attendanceGroup(viewer, param(req, 'groupId'));
    const date = parseInput(dateSchema, param(req, 'date'));
    const input = parseInput(markSchema, req.body);
    if ('rest' in input) {
      await domain.attendance.markRestPresent(group.id, date, viewer.actor);
      return { redirect: `${attendanceUrl(group.id, date)}?ok=marked` };
    }
    const { rows } = await domain.attendance.list(group.id, date);
    if (!rows.some((row) => row.intake.id === input.intakeId)) throw new BadInput('intakeId', 'not on the list of this lesson');
    await domain.attendance.mark(group.id, date, input.intakeId, input.mark, viewer.actor);
    return { redirect: `${attendanceUrl(group.id, date)}?ok=marked#p-${input.intakeId}` };
  }));
}
