import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from '../../src/app/index';
import { DashboardClient } from '../support/dashboard-client';
import { fixedClock, startTestApp, tempDataDir, WEDNESDAY } from '../support/test-app';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };
const ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'true' };

describe('logging in to the coordinators\' dashboard', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;
  const clock = fixedClock();

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir, ENV, clock);
  });
  afterAll(async () => {
    await app.close();
    await data.remove();
  });
  afterEach(() => clock.set(new Date(clock.now().getTime() + 60 * 60_000)));

  it('sends a visitor without a session to the login page, and the API answers 401', async () => {
    const client = new DashboardClient(app.url);
    const page = await client.get('/coordinator/intakes');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/coordinator/login');
    expect((await client.get('/api/coordinator/groups')).status).toBe(401);
  });

  it('creates the first admin from the environment and logs in with an HttpOnly, SameSite session cookie', async () => {
    const client = new DashboardClient(app.url);
    const response = await client.login(ADMIN.email, ADMIN.password);
    expect(response.status).toBe(303);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('taalbot_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await client.get('/coordinator/intakes')).status).toBe(200);
  });

  it('marks the cookie Secure when a trusted proxy says the browser came over https', async () => {
    const client = new DashboardClient(app.url, { 'x-forwarded-proto': 'https' });
    const response = await client.login(ADMIN.email, ADMIN.password);
    expect(response.headers.getSetCookie().find((c) => c.startsWith('taalbot_session='))).toMatch(/Secure/);
  });

  it('stores passwords only as scrypt hashes with a salt of their own', async () => {
    const admin = new DashboardClient(app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const created = await admin.send('POST', '/api/coordinator/accounts', {
      email: 'els@bieb.example', name: 'Els', role: 'coordinator', locationIds: ['bieb-centrum'], password: 'another long password',
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(await created.json())).not.toMatch(/hash|salt/);

    const files = await Promise.all((await readdir(data.dir)).map((name) => readFile(join(data.dir, name), 'latin1')));
    expect(files.join('')).not.toMatch(/correct horse|another long password/);
    const salts = (await app.store.accounts.find()).map((account) => account.password);
    expect(salts).toHaveLength(2);
    expect(salts.every((p) => p.algorithm === 'scrypt' && p.N >= 2 ** 15)).toBe(true);
    expect(new Set(salts.map((p) => p.salt)).size).toBe(salts.length);
  });

  it('refuses a login form posted without its own token (login CSRF)', async () => {
    const response = await new DashboardClient(app.url).fetch('/coordinator/login', { method: 'POST', form: { email: ADMIN.email, password: ADMIN.password } });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('taalbot_session='))).toBe(false);
  });

  it('slows an account down after 5 wrong passwords, even for the right one, until the wait is over', async () => {
    const client = new DashboardClient(app.url, { 'x-forwarded-for': '10.0.0.5' });
    const email = 'slow@bieb.example';
    const admin = new DashboardClient(app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    await admin.send('POST', '/api/coordinator/accounts', { email, name: 'Slow', role: 'coordinator', locationIds: [], password: 'the right password' });

    for (let i = 0; i < 5; i++) expect((await client.login(email, 'wrong password')).status).toBe(401);
    const locked = await client.login(email, 'the right password');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await locked.text()).toMatch(/Te vaak een verkeerd wachtwoord/);

    clock.set(new Date(clock.now().getTime() + 31_000));
    expect((await client.login(email, 'the right password')).status).toBe(303);
  });

  it('slows down one address that tries many accounts', async () => {
    const clients = Array.from({ length: 20 }, () => new DashboardClient(app.url, { 'x-forwarded-for': '10.0.0.99' }));
    const statuses = await Promise.all(clients.map((client, i) => client.login(`nobody${i}@example.org`, 'guess guess guess').then((r) => r.status)));
    expect(statuses).toEqual(Array(20).fill(401));
    expect((await clients[0].login(ADMIN.email, ADMIN.password)).status).toBe(429);
    const other = new DashboardClient(app.url, { 'x-forwarded-for': '10.0.0.100' });
    expect((await other.login(ADMIN.email, ADMIN.password)).status).toBe(303);
  }, 90_000);

  it('ends the sessions of an account an admin disables, and an admin cannot disable themselves', async () => {
    const admin = new DashboardClient(app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const created = (await (await admin.send('POST', '/api/coordinator/accounts', {
      email: 'leaving@bieb.example', name: 'Leaving', role: 'coordinator', locationIds: ['werkplaats'], password: 'leaving long password',
    })).json()) as { id: string };
    const leaving = new DashboardClient(app.url);
    await leaving.login('leaving@bieb.example', 'leaving long password');
    expect((await leaving.get('/api/coordinator/me')).status).toBe(200);

    expect((await admin.send('PUT', `/api/coordinator/accounts/${created.id}`, { role: 'coordinator', locationIds: [], disabled: true })).status).toBe(200);
    expect((await leaving.get('/api/coordinator/me')).status).toBe(401);
    expect((await leaving.login('leaving@bieb.example', 'leaving long password')).status).toBe(401);

    const self = ((await (await admin.get('/api/coordinator/accounts')).json()) as { id: string; email: string }[]).find((a) => a.email === ADMIN.email)!;
    const demote = await admin.send('PUT', `/api/coordinator/accounts/${self.id}`, { role: 'coordinator', locationIds: [], disabled: false });
    expect(demote.status).toBe(400);
    expect(((await demote.json()) as { field: string }).field).toBe('role');
  });

  it('logs out: the session no longer works', async () => {
    const client = new DashboardClient(app.url);
    await client.login(ADMIN.email, ADMIN.password);
    const session = client.cookie('taalbot_session')!;
    expect((await client.postForm('/coordinator/logout', {})).status).toBe(303);
    const replay = new DashboardClient(app.url, { cookie: `taalbot_session=${session}` });
    expect((await replay.get('/api/coordinator/me')).status).toBe(401);
  });

  it('keeps sessions across a restart, and ends them when they expire', async () => {
    const client = new DashboardClient(app.url);
    await client.login(ADMIN.email, ADMIN.password);
    await app.close();
    app = await startTestApp(data.dir, ENV, clock);
    const again = new DashboardClient(app.url, { cookie: `taalbot_session=${client.cookie('taalbot_session')}` });
    expect((await again.get('/api/coordinator/me')).status).toBe(200);

    clock.set(new Date(clock.now().getTime() + 13 * 60 * 60_000));
    expect((await again.get('/api/coordinator/me')).status).toBe(401);
  });
});

describe('without ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  it('creates no account, so nobody can log in', async () => {
    const data = await tempDataDir();
    const app = await startTestApp(data.dir, {}, fixedClock(WEDNESDAY));
    expect((await new DashboardClient(app.url).login('admin@bieb.example', 'correct horse battery')).status).toBe(401);
    await app.close();
    await data.remove();
  });
});
