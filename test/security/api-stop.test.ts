import { DashboardClient } from '../support/dashboard-client';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };

describe('the stop after refused API tokens', () => {
  const server = suiteServer({ RUN_SCHEDULER: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'true' });
  const api = (token: string, address: string) =>
    fetch(`${server.app.url}/api/coordinator/groups`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': address } }).then((r) => r.status);

  it('never counts a coordinator\'s own refusals: 403s and a stale CSRF token leave the CSV and export links working', async () => {
    const coordinator = new DashboardClient(server.app.url, { 'x-forwarded-for': '10.4.4.4' });
    expect((await coordinator.login(ADMIN.email, ADMIN.password)).status).toBe(303);
    for (let i = 0; i < 12; i++) {
      const refused = await coordinator.send('POST', '/api/coordinator/groups', {}, { csrf: false });
      expect(refused.status).toBe(403);
    }
    expect((await coordinator.get('/api/coordinator/reports/intakes.csv')).status).toBe(200);
    expect((await coordinator.get('/api/coordinator/groups')).status).toBe(200);
  });

  it('counts refused bearer tokens per real client address, so one guesser behind the proxy stops no one else', async () => {
    for (let i = 0; i < 10; i++) expect(await api(`wrong-token-${i}-xxxxxxxx`, '10.7.7.7')).toBe(401);
    expect(await api(COORDINATOR_TOKEN, '10.7.7.7')).toBe(429);
    expect(await api(COORDINATOR_TOKEN, '10.8.8.8')).toBe(200);
    const colleague = new DashboardClient(server.app.url, { 'x-forwarded-for': '10.8.8.9' });
    await colleague.login(ADMIN.email, ADMIN.password);
    expect((await colleague.get('/api/coordinator/groups')).status).toBe(200);
  });
});
