import type { Group } from '../../src/domain/catalog';
import { DashboardClient } from '../support/dashboard-client';
import { fixedClock, suiteServer } from '../support/test-app';
import { bookedWorker } from '../support/workers';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };
const TEACHER = { email: 'anja@bieb.example', password: 'een lang wachtwoord' };

describe('taking attendance: a teacher or volunteer for their own groups only', () => {
  const clock = fixedClock(new Date('2026-11-25T09:00:00Z'));
  const server = suiteServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RUN_SCHEDULER: 'false' }, clock);
  let own: Group;
  let other: Group;
  let teacher: DashboardClient;
  const workers: string[] = [];

  beforeAll(async () => {
    const groups = (await server.app.domain.catalog.current()).groups.filter((g) => g.kind === 'group');
    [own, other] = groups;
    for (const name of ['Ans', 'Bert', 'Cor']) workers.push((await bookedWorker(server.app.domain, name, own.id)).id);
    await bookedWorker(server.app.domain, 'Dirk', other.id);
    const admin = new DashboardClient(server.app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const created = await admin.postForm('/coordinator/accounts', { email: TEACHER.email, name: 'Anja', role: 'teacher', groupIds: [own.id], password: TEACHER.password });
    expect(created.status).toBe(303);
    clock.set(new Date('2026-12-18T12:00:00Z'));
    teacher = new DashboardClient(server.app.url);
    const login = await teacher.login(TEACHER.email, TEACHER.password);
    expect(login.headers.get('location')).toBe('/coordinator/attendance');
  });

  it('lists only the teacher\'s own groups, and opens today\'s or the latest lesson', async () => {
    const page = await (await teacher.get('/coordinator/attendance')).text();
    expect(page).toContain(own.name);
    expect(page).not.toContain(`/coordinator/attendance/${other.id}`);
    expect(page).not.toContain('/coordinator/intakes');
    const open = await teacher.get(`/coordinator/attendance/${own.id}`);
    expect(open.status).toBe(303);
    expect(open.headers.get('location')).toMatch(new RegExp(`^/coordinator/attendance/${own.id}/2026-12-1\\d$`));
  });

  it('marks present, absent and afgemeld with three buttons per person, saved as tapped', async () => {
    const lesson = (await teacher.get(`/coordinator/attendance/${own.id}`)).headers.get('location')!;
    const date = lesson.split('/').at(-1)!;
    const list = await (await teacher.get(lesson)).text();
    expect(list.match(/class="mark mark-/g)).toHaveLength(9);
    expect(list).toMatch(/Ans[\s\S]*Bert[\s\S]*Cor/);
    expect(list).not.toContain('Dirk');

    const tap = (intakeId: string, mark: string) => teacher.postForm(lesson, { intakeId, mark });
    expect((await tap(workers[0], 'present')).headers.get('location')).toBe(`${lesson}?ok=marked#p-${workers[0]}`);
    await tap(workers[1], 'absent');
    await tap(workers[2], 'excused');
    const rows = (await server.app.domain.attendance.list(own.id, date)).rows;
    expect(rows.map((row) => [row.intake.name, row.mark?.mark, row.mark?.by])).toEqual([
      ['Ans', 'present', TEACHER.email],
      ['Bert', 'absent', TEACHER.email],
      ['Cor', 'excused', TEACHER.email],
    ]);
    expect(await (await teacher.get(lesson)).text()).toContain('3 van 3 ingevuld');
  });

  it('refuses a change without the CSRF token', async () => {
    const lesson = (await teacher.get(`/coordinator/attendance/${own.id}`)).headers.get('location')!;
    expect((await teacher.postForm(lesson, { intakeId: workers[0], mark: 'absent' }, { csrf: false })).status).toBe(403);
  });

  it('cannot open or mark another group, nor a worker who is not on the list', async () => {
    expect((await teacher.get(`/coordinator/attendance/${other.id}`)).status).toBe(404);
    const lesson = (await teacher.get(`/coordinator/attendance/${own.id}`)).headers.get('location')!;
    const date = lesson.split('/').at(-1)!;
    expect((await teacher.postForm(`/coordinator/attendance/${other.id}/${date}`, { rest: 'present' })).status).toBe(404);
    const dirk = (await server.app.domain.bookings.roster(other.id))[0].id;
    expect((await teacher.postForm(lesson, { intakeId: dirk, mark: 'present' })).status).toBe(400);
  });

  it('reaches nothing else: no files, no groups, no numbers, no export, no API', async () => {
    for (const path of ['/coordinator/intakes', `/coordinator/intakes/${workers[0]}`, '/coordinator/groups', `/coordinator/groups/${own.id}`, '/coordinator/stats', '/coordinator/accounts', '/coordinator/audit']) {
      expect([path, (await teacher.get(path)).status]).toEqual([path, 403]);
    }
    for (const path of ['/api/coordinator/intakes', `/api/coordinator/intakes/${workers[0]}/export`, '/api/coordinator/reports/intakes.csv', '/api/coordinator/groups']) {
      expect([path, (await teacher.get(path)).status]).toEqual([path, 403]);
    }
    expect((await teacher.postForm(`/coordinator/intakes/${workers[0]}/notes`, { text: 'hoi' })).status).toBe(403);
    expect((await teacher.get('/coordinator/account')).status).toBe(200);
  });

  it('lets a coordinator of the place mark too, and marks the rest present in one tap', async () => {
    const admin = new DashboardClient(server.app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const lesson = (await admin.get(`/coordinator/attendance/${other.id}`)).headers.get('location')!;
    const date = lesson.split('/').at(-1)!;
    expect((await admin.postForm(lesson, { rest: 'present' })).status).toBe(303);
    expect((await server.app.domain.attendance.list(other.id, date)).rows.map((row) => row.mark?.mark)).toEqual(['present']);
  });

  it('reports the attendance rate per group and per place for a period, in Dutch, as a page and as CSV', async () => {
    const admin = new DashboardClient(server.app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const csv = await (await admin.get('/api/coordinator/reports/attendance.csv?from=2026-12-01&to=2026-12-31')).text();
    const place = (await server.app.domain.catalog.current()).findLocation(own.locationId)!.name;
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('van;tot en met;plek;groep;lessen ingevuld;aanwezig;afwezig;afgemeld;aanwezig %');
    expect(lines).toContain(`2026-12-01;2026-12-31;${place};${own.name};1;1;1;1;33%`);
    expect(lines.some((line) => line.includes(';Hele plek;'))).toBe(true);
    expect((await admin.get('/api/coordinator/reports/attendance.csv?from=2027-01-01&to=2027-01-31')).status).toBe(200);
    const stats = await (await admin.get('/coordinator/stats?from=2026-12-01&to=2026-12-31')).text();
    expect(stats).toMatch(new RegExp(`${own.name}</th>\\s*<td class="number">33% aanwezig</td>`));
    expect((await teacher.get('/api/coordinator/reports/attendance.csv')).status).toBe(403);
  });

  it('flags a worker on the coordinator\'s list after two lessons in a row missed without word', async () => {
    const admin = new DashboardClient(server.app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const [latest, before] = await server.app.domain.attendance.recentSessions(own.id);
    const cor = workers[2];
    const tap = (date: string) => admin.postForm(`/coordinator/attendance/${own.id}/${date}`, { intakeId: cor, mark: 'absent' });
    expect((await tap(before)).status).toBe(303);
    const once = await (await admin.get('/coordinator/intakes')).text();
    // Cor's latest lesson was afgemeld, so one absence before it is no flag.
    expect(once).not.toContain('2 keer weg zonder bericht');
    expect((await tap(latest)).status).toBe(303);
    const list = await (await admin.get('/coordinator/intakes')).text();
    expect(list.match(/2 keer weg zonder bericht/g)).toHaveLength(1);
    expect(list).toMatch(/Cor<\/a>[\s\S]*?2 keer weg zonder bericht/);
  });
});
