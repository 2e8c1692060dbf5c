import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';
import { bookedWorker } from '../support/workers';

describe('the audit log of reads', () => {
  const server = suiteServer({ RUN_SCHEDULER: 'false' });
  const get = (path: string) => fetch(`${server.app.url}/api/coordinator${path}`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
  const entriesAbout = async (intakeId: string) =>
    (await (await get(`/audit?intakeId=${intakeId}`)).json()) as { action: string; actor: { kind: string }; detail?: string }[];

  it('names the worker of every file a list, a roster or a CSV showed', async () => {
    const ada = await bookedWorker(server.app.domain, 'Ada', 'taal-di-do-ochtend');
    const bo = await bookedWorker(server.app.domain, 'Bo', 'taal-di-do-ochtend');

    const roster = await get('/groups/taal-di-do-ochtend/roster');
    expect(await roster.text()).toMatch(/Ada/);
    for (const worker of [ada, bo]) {
      expect(await entriesAbout(worker.id)).toEqual(expect.arrayContaining([expect.objectContaining({ actor: expect.objectContaining({ kind: 'api' }), detail: expect.stringMatching(/roster/) })]));
    }

    expect((await get('/intakes')).status).toBe(200);
    expect((await get('/reports/intakes.csv')).status).toBe(200);
    for (const worker of [ada, bo]) {
      const details = (await entriesAbout(worker.id)).map((e) => e.detail ?? '');
      expect(details).toEqual(expect.arrayContaining([expect.stringMatching(/intakes list/), expect.stringMatching(/intakes\.csv/)]));
    }
  });
});
