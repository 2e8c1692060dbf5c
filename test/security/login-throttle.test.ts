import type { Request } from 'restify';
import type { App } from '../../src/app/index';
import { readConfig } from '../../src/config';
import { clientAddress } from '../../src/http/request';
import { DashboardClient } from '../support/dashboard-client';
import { fixedClock, startTestApp, tempDataDir } from '../support/test-app';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };

/** Requests as a trusted proxy passes them on: it adds the address it saw to what the client sent. */
const via = (realAddress: string, clientSays?: string) => ({ 'x-forwarded-for': clientSays ? `${clientSays}, ${realAddress}` : realAddress });

describe('the login slowdown', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;
  const clock = fixedClock();

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'true' }, clock);
  });
  afterAll(async () => {
    await app.close();
    await data.remove();
  });
  afterEach(() => clock.set(new Date(clock.now().getTime() + 60 * 60_000)));

  it('lets the real user in from their usual address while an attacker elsewhere guesses their password', async () => {
    expect((await new DashboardClient(app.url, via('10.1.1.1')).login(ADMIN.email, ADMIN.password)).status).toBe(303);
    const attacker = new DashboardClient(app.url, via('10.9.9.9'));
    const tries: number[] = [];
    for (let i = 0; i < 12; i++) tries.push((await attacker.login(ADMIN.email, `guess ${i}`)).status);
    expect(tries.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(tries.slice(5)).toEqual(Array(7).fill(429));

    expect((await new DashboardClient(app.url, via('10.1.1.1')).login(ADMIN.email, ADMIN.password)).status).toBe(303);
    // Tries refused while waiting do not make the wait longer.
    clock.set(new Date(clock.now().getTime() + 31_000));
    expect((await attacker.login(ADMIN.email, 'guess again')).status).toBe(401);
  }, 60_000);

  it('checks and counts at once: of eight wrong passwords sent together, only five are checked', async () => {
    const clients = Array.from({ length: 8 }, () => new DashboardClient(app.url, via('10.2.2.2')));
    const statuses = await Promise.all(clients.map((client, i) => client.login(ADMIN.email, `wrong ${i}`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  }, 60_000);

  it('counts the address the trusted proxy saw, never one the client wrote in X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push((await new DashboardClient(app.url, via('10.3.3.3', `192.0.2.${i}`)).login(`nobody${i}@example.org`, 'guess guess')).status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses[20]).toBe(429);
  }, 90_000);
});

describe('TRUST_PROXY', () => {
  const request = (forwarded: string | undefined, socket = '127.0.0.1') =>
    ({ headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress: socket } }) as unknown as Request;

  it('may name how many proxies are trusted, and the address is the one the outermost trusted proxy saw', () => {
    expect(readConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(readConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(readConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(clientAddress(request('6.6.6.6, 10.0.0.7'), 1)).toBe('10.0.0.7');
    expect(clientAddress(request('6.6.6.6, 10.0.0.7, 10.0.0.1'), 2)).toBe('10.0.0.7');
    expect(clientAddress(request('10.0.0.7'), 2)).toBe('10.0.0.7');
    expect(clientAddress(request('6.6.6.6'), 0)).toBe('127.0.0.1');
    expect(clientAddress(request(undefined), 1)).toBe('127.0.0.1');
  });
});
