import { DashboardClient } from '../support/dashboard-client';
import { Chat } from '../support/chat';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };
/** Right-to-left override, isolates, a zero-width space, a bell and an escape: text that hides or reorders what a coordinator reads. */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

describe('control characters in what a worker types', () => {
  const server = suiteServer({ RUN_SCHEDULER: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });

  it('never reach a coordinator: not in the file page, the API or the CSV', async () => {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    await chat.say('ja');
    await chat.say('Ro\u202Egnitsaf\u202C\u0007sa');
    await chat.say('Iets anders');
    await chat.say('ik wil \u2067brieven\u2069 lezen\u200B voor \u001b[31mhet werk');
    const offers = await chat.say('ochtend');
    expect((await chat.say(offers.buttons[0])).texts.join('\n')).toMatch(/Gelukt!/);
    for (const text of ['voor mezelf', 'ja', '06 1234 5678']) await chat.say(text);
    const intake = (await server.app.domain.intakes.activeFor('test', chat.userId))!;

    const api = await fetch(`${server.app.url}/api/coordinator/intakes/${intake.id}`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    const json = await api.text();
    expect(json).toMatch(/brieven/);
    const csv = await (await fetch(`${server.app.url}/api/coordinator/reports/intakes.csv`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } })).text();
    const admin = new DashboardClient(server.app.url);
    await admin.login(ADMIN.email, ADMIN.password);
    const page = await (await admin.get(`/coordinator/intakes/${intake.id}`)).text();
    expect(page).toMatch(/brieven/);
    const list = await (await admin.get('/coordinator/intakes')).text();

    // JSON may write a control character as \u escape: decode before looking.
    for (const shown of [JSON.stringify(JSON.parse(json)), JSON.parse(json) as unknown, csv.slice(1), page, list]) {
      expect(typeof shown === 'string' ? shown : JSON.stringify(shown)).not.toMatch(HIDDEN);
    }
    expect(JSON.stringify(JSON.parse(json))).not.toMatch(/\\u(00[01][0-9a-f]|200[bef]|202[a-e]|206[6-9])/i);
  });
});
