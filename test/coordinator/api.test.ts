import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { App } from '../../src/app/index';
import type { AuditEntry } from '../../src/domain/audit';
import type { Intake } from '../../src/domain/intake';
import { DashboardClient } from '../support/dashboard-client';
import { COORDINATOR_TOKEN, fixedClock, startTestApp, tempDataDir } from '../support/test-app';
import { bookedWorker } from '../support/workers';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };
const ELS = { email: 'els@werkplaats.example', password: 'els her long password' };

/** Everything under a directory, as text: to prove a name is gone from every file. */
async function allText(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('the coordinator API', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;
  let admin: DashboardClient;
  let els: DashboardClient;
  let anna: Intake;
  let bram: Intake;

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, fixedClock());
    anna = await bookedWorker(app.domain, 'Anna de Vries', 'taal-di-do-ochtend', { referralCode: 'AMB-1' });
    bram = await bookedWorker(app.domain, 'Bram Jansen', 'taal-werk-ma-wo', { goals: { choices: ['writing', 'reading'], ownWords: 'Bram wil de brieven van het werk lezen' } });
    admin = new DashboardClient(app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    await admin.send('POST', '/api/coordinator/accounts', { ...ELS, name: 'Els', role: 'coordinator', locationIds: ['werkplaats'] });
    els = new DashboardClient(app.url);
    expect((await els.login(ELS.email, ELS.password)).status).toBe(303);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await data.remove();
  });

  const audit = async (intakeId: string) =>
    (await (await admin.get(`/api/coordinator/audit?intakeId=${intakeId}`)).json()) as AuditEntry[];

  describe('roles', () => {
    it('shows a coordinator only the workers and groups of their own places', async () => {
      const names = ((await (await els.get('/api/coordinator/intakes')).json()) as { name: string }[]).map((r) => r.name);
      expect(names).toContain('Bram Jansen');
      expect(names).not.toContain('Anna de Vries');
      const groups = (await (await els.get('/api/coordinator/groups')).json()) as { locationId: string }[];
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.every((g) => g.locationId === 'werkplaats')).toBe(true);
      const page = await (await els.get('/coordinator/intakes')).text();
      expect(page).toContain('Bram Jansen');
      expect(page).not.toContain('Anna');
    });

    it('answers 404 when a coordinator asks for, changes or erases a worker of another place', async () => {
      expect((await els.get(`/api/coordinator/intakes/${anna.id}`)).status).toBe(404);
      expect((await els.get(`/coordinator/intakes/${anna.id}`)).status).toBe(404);
      expect((await els.send('POST', `/api/coordinator/intakes/${anna.id}/notes`, { text: 'hallo' })).status).toBe(404);
      expect((await els.get(`/api/coordinator/intakes/${anna.id}/export`)).status).toBe(404);
      expect((await els.send('DELETE', `/api/coordinator/intakes/${anna.id}`)).status).toBe(404);
      expect((await app.domain.intakes.get(anna.id))?.notes).toBeUndefined();
    });

    it('lets a coordinator neither move a worker into another place\'s group nor make a group there', async () => {
      expect((await els.send('POST', `/api/coordinator/intakes/${bram.id}/move`, { groupId: 'taal-di-do-ochtend' })).status).toBe(404);
      const made = await els.send('POST', '/api/coordinator/groups', groupInput({ locationId: 'bieb-centrum' }));
      expect(made.status).toBe(400);
      expect(((await made.json()) as { field: string }).field).toBe('locationId');
    });

    it('keeps the audit log, accounts and retention for admins', async () => {
      expect((await els.get('/api/coordinator/audit')).status).toBe(403);
      expect((await els.get('/api/coordinator/accounts')).status).toBe(403);
      expect((await els.get('/coordinator/audit')).status).toBe(403);
      expect((await els.send('POST', '/api/coordinator/retention/run')).status).toBe(403);
    });

    it('still lets machines in with the bearer COORDINATOR_TOKEN, as admin', async () => {
      const machine = new DashboardClient(app.url, { authorization: `Bearer ${COORDINATOR_TOKEN}` });
      const names = ((await (await machine.get('/api/coordinator/intakes')).json()) as { name: string }[]).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['Anna de Vries', 'Bram Jansen']));
      expect((await machine.send('POST', `/api/coordinator/intakes/${anna.id}/notes`, { text: 'via de API' }, { csrf: false })).status).toBe(201);
    });
  });

  describe('CSRF', () => {
    it('refuses a change with the session cookie but without the right token', async () => {
      expect((await els.send('POST', `/api/coordinator/intakes/${bram.id}/notes`, { text: 'zonder token' }, { csrf: false })).status).toBe(403);
      const forged = await els.fetch(`/api/coordinator/intakes/${bram.id}/notes`, { method: 'POST', json: { text: 'x' }, headers: { 'x-csrf-token': 'forged' } });
      expect(forged.status).toBe(403);
      expect((await els.postForm(`/coordinator/intakes/${bram.id}/notes`, { text: 'zonder token' }, { csrf: false })).status).toBe(403);
      expect((await app.domain.intakes.get(bram.id))?.notes ?? []).toEqual([]);
    });

    it('accepts the same change with the token, in a header or a form field', async () => {
      expect((await els.send('POST', `/api/coordinator/intakes/${bram.id}/notes`, { text: 'Belt zelf als hij ziek is.' })).status).toBe(201);
      const form = await els.postForm(`/coordinator/intakes/${bram.id}/notes`, { text: 'Wil graag naast Piet zitten.' });
      expect(form.status).toBe(303);
      expect((await app.domain.intakes.get(bram.id))?.notes?.map((n) => n.text)).toEqual(['Belt zelf als hij ziek is.', 'Wil graag naast Piet zitten.']);
    });
  });

  describe('validation', () => {
    it.each([
      ['evaluations', { date: '2026-11-20', wentWell: 'lezen', done: true }, 'nextGoal'],
      ['evaluations', { date: '20-11-2026', wentWell: 'lezen', nextGoal: 'brief', done: false }, 'date'],
      ['certificates', { date: '2026-11-20' }, 'which'],
      ['notes', { text: '' }, 'text'],
      ['move', {}, 'groupId'],
    ])('answers 400 naming the wrong field for %s %j', async (path, body, field) => {
      const response = await els.send('POST', `/api/coordinator/intakes/${bram.id}/${path}`, body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { field: string; error: string };
      expect(answer.field).toBe(field);
      expect(answer.error).toMatch(new RegExp(`^${field}:`));
    });

    it.each([
      [{ capacity: 0 }, 'capacity'],
      [{ start: '25:00' }, 'start'],
      [{ weekdays: [] }, 'weekdays'],
      [{ goals: ['juggling'] }, 'goals.0'],
      [{ kind: 'one-on-one', capacity: 3 }, 'capacity'],
      [{ endDate: '2026-01-01' }, 'endDate'],
    ])('answers 400 naming the wrong field for a group with %j', async (change, field) => {
      const response = await els.send('POST', '/api/coordinator/groups', groupInput(change));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { field: string }).field).toBe(field);
    });

    it('shows a form with a bad field again with status 400 and the field named in Dutch', async () => {
      const response = await els.postForm(`/coordinator/intakes/${bram.id}/evaluations`, { date: '2026-11-20', nextGoal: 'een brief schrijven' });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Controleer dit veld: Wat ging goed.');
    });

    it('answers 400 for a filter that does not exist', async () => {
      const response = await els.get('/api/coordinator/intakes?filter=everyone');
      expect(response.status).toBe(400);
      expect(((await response.json()) as { field: string }).field).toBe('filter');
    });
  });

  describe('the worker\'s file', () => {
    it('writes every read and every change to the audit log, with who and when', async () => {
      const file = await els.get(`/api/coordinator/intakes/${bram.id}`);
      expect(file.status).toBe(200);
      const body = (await file.json()) as { file: Intake; participation: { lessons: number } };
      expect(body.file.goals.ownWords).toMatch(/brieven/);
      await els.send('POST', `/api/coordinator/intakes/${bram.id}/evaluations`, { date: '2026-11-24', wentWell: 'Hij las een hele brief.', nextGoal: 'Een mail terugschrijven.', done: false });
      await els.send('POST', `/api/coordinator/intakes/${bram.id}/certificates`, { date: '2026-11-24', which: 'Taal 1F' });

      const entries = await audit(bram.id);
      const actions = entries.map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['file.read', 'file.evaluation-added', 'file.certificate-added']));
      const read = entries.find((e) => e.action === 'file.read')!;
      expect(read.actor).toMatchObject({ kind: 'account', label: ELS.email });
      expect(read.at).toBe('2026-11-25T09:00:00.000Z');
      expect(JSON.stringify(entries)).not.toContain('Bram');
    });

    it('filters by status and searches by name, ignoring case and accents', async () => {
      const ids = async (query: string) => ((await (await admin.get(`/api/coordinator/intakes?${query}`)).json()) as { id: string }[]).map((r) => r.id);
      expect(await ids('name=ANNA')).toEqual([anna.id]);
      expect(await ids('name=bräm')).toEqual([bram.id]);
      expect(await ids('filter=booked')).toEqual(expect.arrayContaining([anna.id, bram.id]));
      expect(await ids('filter=cancelled')).toEqual([]);
      await admin.send('POST', `/api/coordinator/intakes/${anna.id}/handover`, { to: 'Marco' });
      expect(await ids('filter=handoff')).toEqual([anna.id]);
    });
  });

  describe('groups', () => {
    it('moves a worker atomically: the old seat frees, the new one fills, history and audit say so', async () => {
      const before = (await app.domain.bookings.seatsTaken('taal-werk-ma-wo'));
      const moved = await els.send('POST', `/api/coordinator/intakes/${bram.id}/move`, { groupId: 'digitaal-do-middag' });
      expect(moved.status).toBe(200);
      expect((await app.domain.bookings.seatsTaken('taal-werk-ma-wo'))).toBe(before - 1);
      expect((await app.domain.bookings.roster('digitaal-do-middag')).map((i) => i.id)).toContain(bram.id);
      const entry = (await audit(bram.id)).find((e) => e.action === 'worker.moved')!;
      expect(entry).toMatchObject({ groupId: 'digitaal-do-middag', detail: 'from taal-werk-ma-wo' });
      expect((await app.domain.intakes.get(bram.id))!.history.map((h) => h.event).slice(-2)).toEqual(['booked', 'moved']);
    });

    it('never overfills a group when two moves race for the last seat', async () => {
      const small = (await (await els.send('POST', '/api/coordinator/groups', groupInput({ capacity: 1, name: 'Klein' }))).json()) as { id: string };
      const a = await bookedWorker(app.domain, 'Cor', 'taal-werk-ma-wo');
      const b = await bookedWorker(app.domain, 'Dirk', 'taal-werk-ma-wo');
      const statuses = await Promise.all([a, b].map((w) => els.send('POST', `/api/coordinator/intakes/${w.id}/move`, { groupId: small.id }).then((r) => r.status)));
      expect(statuses.sort()).toEqual([200, 409]);
      expect((await app.domain.bookings.seatsTaken(small.id))).toBe(1);
      const lowered = await els.send('PUT', `/api/coordinator/groups/${small.id}`, groupInput({ capacity: 1, name: 'Klein' }));
      expect(lowered.status).toBe(200);
    });

    it('refuses to lower capacity below the seats taken', async () => {
      await bookedWorker(app.domain, 'Fenna', 'rekenen-vr-ochtend');
      await bookedWorker(app.domain, 'Gert', 'rekenen-vr-ochtend');
      const response = await els.send('PUT', '/api/coordinator/groups/rekenen-vr-ochtend', groupInput({ capacity: 1, name: 'Rekenen, vrijdag' }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { field: string }).field).toBe('capacity');
    });

    it('highlights a group the bot opened until a coordinator confirms it', async () => {
      const overflow = await bookedWorker(app.domain, 'Eva', 'taal-werk-ma-wo');
      const group = { ...(await app.domain.catalog.current()).group('taal-werk-ma-wo'), id: 'overflow-1', name: 'Nieuwe groep: lezen', overflow: { openedAt: '2026-11-25T09:00:00.000Z', confirmed: false } };
      await app.domain.catalog.saveGroup(group);
      await app.domain.groups.move(overflow.id, 'overflow-1', { kind: 'system', id: 'test', label: 'test' });

      const filtered = ((await (await els.get('/api/coordinator/intakes?filter=overflow')).json()) as { id: string }[]).map((r) => r.id);
      expect(filtered).toEqual([overflow.id]);
      expect(await (await els.get('/coordinator/groups')).text()).toMatch(/class="overflow"[\s\S]*Nieuwe groep, nog bevestigen/);

      expect((await els.send('POST', '/api/coordinator/groups/overflow-1/confirm')).status).toBe(200);
      expect((await app.domain.catalog.current()).group('overflow-1').overflow?.confirmed).toBe(true);
      expect(await (await els.get('/coordinator/groups')).text()).not.toMatch(/Nieuwe groep, nog bevestigen/);
    });
  });

  describe('reports', () => {
    it('exports the intakes as CSV, with formulas made harmless and only the viewer\'s places', async () => {
      await bookedWorker(app.domain, '=HYPERLINK("http://evil")', 'taal-werk-ma-wo');
      const response = await els.get('/api/coordinator/reports/intakes.csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/attachment/);
      const rows = parse(await response.text(), { delimiter: ';', bom: true }) as string[][];
      expect(rows[0]).toEqual(expect.arrayContaining(['naam', 'groep', 'lessen']));
      const names = rows.slice(1).map((row) => row[1]);
      expect(names).toContain('Bram Jansen');
      expect(names).not.toContain('Anna de Vries');
      expect(names).toContain('\'=HYPERLINK("http://evil")');
      const bram = rows.find((row) => row[1] === 'Bram Jansen')!;
      expect(bram.slice(2, 4)).toEqual(['Ingedeeld', expect.stringMatching(/^(Lezen|Schrijven|Rekenen|Computer en telefoon|Nederlands praten)(, .+)?$/)]);
    });

    it('exports group fill as CSV', async () => {
      const rows = parse(await (await admin.get('/api/coordinator/reports/groups.csv')).text(), { delimiter: ';', bom: true }) as string[][];
      const row = rows.find((r) => r[0] === 'Taal, dinsdag en donderdag')!;
      expect(row.slice(4, 7)).toEqual(['8', '1', '7']);
      expect(row[2]).toBe('Groep');
    });

    it('sums up a period per week, place, goal and taalambassadeur', async () => {
      const summary = (await (await admin.get('/api/coordinator/reports/summary?from=2026-11-01&to=2026-11-30')).json()) as {
        signUps: number;
        perWeek: { key: string; count: number }[];
        perGoal: { key: string; count: number }[];
        perAmbassador: { key: string; count: number }[];
        certificates: number;
      };
      expect(summary.signUps).toBe((await app.domain.files.list()).length);
      expect(summary.perWeek).toEqual([{ key: '2026-W48', count: summary.signUps }]);
      expect(summary.perGoal.find((g) => g.key === 'writing')?.count).toBe(1);
      expect(summary.perAmbassador.find((a) => a.key === 'AMB-1')?.count).toBe(1);
      expect(summary.certificates).toBe(1);
      expect((await admin.get('/api/coordinator/reports/summary?from=2026-12-01&to=2026-11-01')).status).toBe(400);
    });
  });

  describe('privacy', () => {
    it('exports one worker\'s data as JSON, and logs it', async () => {
      const response = await admin.get(`/api/coordinator/intakes/${anna.id}/export`);
      expect(response.status).toBe(200);
      const exported = (await response.json()) as { files: Intake[]; groups: { name: string }[] };
      expect(exported.files[0].name).toBe('Anna de Vries');
      expect(exported.groups.map((g) => g.name)).toContain('Taal, dinsdag en donderdag');
      expect((await audit(anna.id)).map((e) => e.action)).toContain('file.exported');
    });

    it('erases a worker everywhere, frees the seat, and keeps the anonymous counts', async () => {
      const before = (await (await admin.get('/api/coordinator/reports/summary?from=2026-11-01&to=2026-11-30')).json()) as { signUps: number };
      const seats = (await app.domain.bookings.seatsTaken('digitaal-do-middag'));
      const response = await els.send('DELETE', `/api/coordinator/intakes/${bram.id}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ erased: 1 });

      expect((await app.domain.intakes.get(bram.id))).toBeUndefined();
      expect((await app.domain.bookings.seatsTaken('digitaal-do-middag'))).toBe(seats - 1);
      expect((await els.get(`/api/coordinator/intakes/${bram.id}`)).status).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stored = await allText(data.dir);
      expect(stored).not.toContain('Bram');

      const after = (await (await admin.get('/api/coordinator/reports/summary?from=2026-11-01&to=2026-11-30')).json()) as { signUps: number; certificates: number };
      expect(after.signUps).toBe(before.signUps);
      expect(after.certificates).toBe(1);
      expect((await audit(bram.id)).map((e) => e.action)).toContain('worker.erased');
    });
  });
});

function groupInput(change: Record<string, unknown> = {}) {
  return {
    name: 'Taal op dinsdag',
    kind: 'group',
    goals: ['reading'],
    weekdays: ['tue'],
    start: '13:30',
    minutes: 90,
    locationId: 'werkplaats',
    capacity: 8,
    teacher: 'Fatima',
    startDate: '2026-09-01',
    ...change,
  };
}
