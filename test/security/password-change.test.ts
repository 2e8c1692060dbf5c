import type { App } from '../../src/app/index';
import { DashboardClient } from '../support/dashboard-client';
import { fixedClock, startTestApp, tempDataDir } from '../support/test-app';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };

describe('changing a password', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, fixedClock());
  });
  afterAll(async () => {
    await app.close();
    await data.remove();
  });

  it('ends every other session of the account and keeps the one that changed it', async () => {
    const laptop = new DashboardClient(app.url);
    const phone = new DashboardClient(app.url);
    expect((await laptop.login(ADMIN.email, ADMIN.password)).status).toBe(303);
    expect((await phone.login(ADMIN.email, ADMIN.password)).status).toBe(303);
    expect((await phone.get('/api/coordinator/me')).status).toBe(200);

    const changed = await laptop.postForm('/coordinator/account/password', { current: ADMIN.password, password: 'a brand new long password' });
    expect(changed.status).toBe(303);

    expect((await laptop.get('/api/coordinator/me')).status).toBe(200);
    expect((await phone.get('/api/coordinator/me')).status).toBe(401);
    expect((await new DashboardClient(app.url).login(ADMIN.email, 'a brand new long password')).status).toBe(303);
  });
});
