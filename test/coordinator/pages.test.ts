import { parse } from 'csv-parse/sync';
import type { App } from '../../src/app/index';
import type { Intake } from '../../src/domain/intake';
import { DashboardClient } from '../support/dashboard-client';
import { fixedClock, startTestApp, tempDataDir } from '../support/test-app';
import { bookedWorker } from '../support/workers';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };

/** The text of a page without tags, so a test reads what the coordinator reads. */
const textOf = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the dashboard pages, as a coordinator uses them (Wednesday 25 November 2026)', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let app: App;
  let admin: DashboardClient;
  let anna: Intake;
  let bram: Intake;
  const clock = fixedClock();

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, clock);
    anna = await bookedWorker(app.domain, 'Anna de Vries', 'taal-di-do-ochtend', { channel: 'webchat', goals: { choices: ['writing'] }, phone: '0611112222' });
    bram = await bookedWorker(app.domain, 'Bram Jansen', 'digitaal-ma-middag', { referralCode: 'AMB-1', format: 'any' });
    admin = new DashboardClient(app.url);
    expect((await admin.login(ADMIN.email, ADMIN.password)).status).toBe(303);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await data.remove();
  });

  const page = async (path: string) => {
    const response = await admin.get(path);
    expect(response.status).toBe(200);
    return response.text();
  };

  describe('the worker\'s file', () => {
    it('shows the first lesson the worker was told and the next lesson, before the first lesson was held', async () => {
      expect(anna.booking?.firstLesson).toBe('2026-11-26');
      const text = textOf(await page(`/coordinator/intakes/${anna.id}`));
      expect(text).toContain('Eerste les 26 november 2026');
      expect(text).toContain('Volgende les 26 november 2026');
      expect(text).toContain('Aangemeld 25 november 2026');
    });

    it('groups the sections with links to each, and the erase button looks dangerous unlike "Opslaan"', async () => {
      const file = await page(`/coordinator/intakes/${anna.id}`);
      const nav = /<nav aria-label="Onderdelen van het mapje"[\s\S]*?<\/nav>/.exec(file)?.[0] ?? '';
      const links = [...nav.matchAll(/href="#([\w-]+)">([^<]+)</g)].map((m) => [m[1], m[2]]);
      expect(links.map(([, name]) => name)).toEqual(expect.arrayContaining(['Lessen', 'Evaluaties', 'Notities', 'Certificaten', 'Privacy']));
      for (const [id] of links) expect(file).toContain(`<h2 id="${id}">`);
      expect(file).toMatch(/<button type="submit" class="danger">Alles wissen<\/button>/);
      expect(file).toMatch(/<button type="submit">Opslaan<\/button>/);
      const privacy = file.slice(file.indexOf('<h2 id="privacy">'));
      expect(privacy).toContain('Alles wissen');
      expect(privacy).not.toContain('Klaar met de lessen');
    });

    it('folds the forms to add away, and opens them again after a mistake', async () => {
      const file = await page(`/coordinator/intakes/${anna.id}`);
      expect(file.match(/<details class="add"><summary>/g)).toHaveLength(3);
      const wrong = await admin.postForm(`/coordinator/intakes/${anna.id}/evaluations`, { date: '2026-11-20', nextGoal: 'een brief schrijven' });
      expect(wrong.status).toBe(400);
      expect((await wrong.text()).match(/<details class="add" open><summary>/g)).toHaveLength(3);
    });

    it('writes a note\'s time as Dutch clock time, and a group\'s times as "9.30–11.00"', async () => {
      await admin.postForm(`/coordinator/intakes/${anna.id}/notes`, { text: 'Belt zelf als ze ziek is.' });
      expect(textOf(await page(`/coordinator/intakes/${anna.id}`))).toContain('25 november 2026, 10.00 · admin@bieb.example');
      expect(textOf(await page('/coordinator/groups/taal-di-do-ochtend'))).toContain('dinsdag 9.30–11.00, donderdag 9.30–11.00');
    });

    it('uses plain labels for the person in the chat and the way the worker signed up', async () => {
      const text = textOf(await page(`/coordinator/intakes/${anna.id}`));
      expect(text).toContain('Wie praat nu met deze persoon in de chat?');
      expect(text).toContain('Aangemeld via de chat op de website');
      expect(text).not.toMatch(/leeg is niemand|Via webchat/);
    });

    it('lists the groups to move to best fit first, with nothing chosen', async () => {
      const file = await page(`/coordinator/intakes/${anna.id}`);
      const select = /<select id="groupId"[\s\S]*?<\/select>/.exec(file)?.[0] ?? '';
      const options = [...select.matchAll(/<option value="([^"]*)"([^>]*)>([^<]*)</g)];
      expect(options.some((o) => o[2].includes('selected'))).toBe(false);
      expect(options[0].slice(1, 2)).toEqual(['']);
      // Anna wants writing, at any time, in a group, at Bibliotheek Centrum.
      expect(options[1][3]).toBe('Rekenen en taal, woensdagavond · 8 plekken vrij · past bij de wens');
      const last = options[options.length - 1][3];
      expect(last).toMatch(/andere doelen/);
      const werkplaats = options.find((o) => o[3].startsWith('Computer en telefoon, donderdag'))![3];
      expect(werkplaats).toMatch(/andere plek/);
    });
  });

  describe('moving a worker', () => {
    it('asks once before it moves, then the history says "verplaatst"', async () => {
      const asked = await admin.postForm(`/coordinator/intakes/${anna.id}/move`, { groupId: 'rekenen-taal-wo-avond' });
      expect(asked.status).toBe(200);
      const question = textOf(await asked.text());
      expect(question).toContain('Anna de Vries gaat van Taal, dinsdag en donderdag naar Rekenen en taal, woensdagavond.');
      expect(question).toContain('De eerste les in de nieuwe groep is op 2 december 2026.');
      expect((await app.domain.intakes.get(anna.id))?.booking?.groupId).toBe('taal-di-do-ochtend');

      const moved = await admin.postForm(`/coordinator/intakes/${anna.id}/move/confirmed`, { groupId: 'rekenen-taal-wo-avond' });
      expect(moved.status).toBe(303);
      expect(moved.headers.get('location')).toBe(`/coordinator/intakes/${anna.id}?ok=moved`);
      expect((await app.domain.intakes.get(anna.id))?.booking?.groupId).toBe('rekenen-taal-wo-avond');
      const text = textOf(await page(`/coordinator/intakes/${anna.id}?ok=moved`));
      expect(text).toContain('Verplaatst naar de nieuwe groep.');
      expect(text).toContain('25 november 2026: verplaatst · Rekenen en taal, woensdagavond');
    });

    it('asks the same from the group\'s list and goes back to the group', async () => {
      const asked = await admin.postForm(`/coordinator/intakes/${bram.id}/move`, { groupId: 'praten-za-ochtend', back: 'group' });
      const question = await asked.text();
      expect(question).toContain('<input type="hidden" name="back" value="group">');
      expect(question).toContain('href="/coordinator/groups/digitaal-ma-middag">Nee, niet verplaatsen');
      const moved = await admin.postForm(`/coordinator/intakes/${bram.id}/move/confirmed`, { groupId: 'praten-za-ochtend', back: 'group' });
      expect(moved.headers.get('location')).toBe('/coordinator/groups/praten-za-ochtend?ok=moved');
    });

    it('shows the file again with the field named when no group was chosen', async () => {
      const asked = await admin.postForm(`/coordinator/intakes/${anna.id}/move`, { groupId: '' });
      expect(asked.status).toBe(400);
      expect(await asked.text()).toContain('Controleer dit veld: Groep.');
    });
  });

  describe('the list of workers', () => {
    it('has first lesson and phone columns with Dutch dates, each cell named for the stacked rows', async () => {
      const list = await page('/coordinator/intakes');
      const row = /<tr>(?:(?!<\/tr>)[\s\S])*Anna de Vries[\s\S]*?<\/tr>/.exec(list)?.[0] ?? '';
      expect(row).toContain('<td data-label="Eerste les">2 december 2026</td>');
      expect(row).toMatch(/<td data-label="Telefoon"><a href="tel:0611112222">/);
      expect(row).toContain('<td data-label="Aangemeld">25 november 2026</td>');
      expect(list).not.toMatch(/<td>/);
    });

    it('filters on "eerste les deze week"', async () => {
      const carla = await bookedWorker(app.domain, 'Carla Smit', 'taal-di-do-ochtend');
      expect(carla.booking?.firstLesson).toBe('2026-11-26');
      const list = await page('/coordinator/intakes?filter=first-lesson-this-week');
      expect(list).toContain('<option value="first-lesson-this-week" selected>Eerste les deze week</option>');
      expect(list).toContain('Carla Smit');
      // Anna now starts on Wednesday 2 December, Bram on Saturday 28 November.
      expect(list).not.toContain('Anna de Vries');
      expect(list).toContain('Bram Jansen');
    });
  });

  describe('the numbers', () => {
    it('names weeks "week 48" and draws no bar for workers without a taalambassadeur', async () => {
      const stats = await page('/coordinator/stats?from=2026-11-01&to=2026-11-30');
      expect(stats).not.toMatch(/\d{4}-W\d{2}|\(geen\)/);
      expect(stats).toContain('<tspan x="2" dy="0">week 48</tspan>');
      const charts = [...stats.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
      expect(charts).toContain('AMB-1');
      expect(charts).not.toContain('Zonder taalambassadeur');
      expect(stats).toContain('<th scope="row">Zonder taalambassadeur</th>');
    });
  });

  describe('the CSV', () => {
    it('has cells in Dutch like the headers: status, goals, format and dates', async () => {
      const rows = parse(await (await admin.get('/api/coordinator/reports/intakes.csv')).text(), { delimiter: ';', bom: true }) as string[][];
      const [header] = rows;
      const cell = (row: string[], name: string) => row[header.indexOf(name)];
      const bramRow = rows.find((row) => row[1] === 'Bram Jansen')!;
      expect(cell(bramRow, 'stand')).toBe('Ingedeeld');
      expect(cell(bramRow, 'doelen')).toBe('Lezen');
      expect(cell(bramRow, 'groep of 1 op 1')).toBe('Maakt niet uit');
      expect(cell(bramRow, 'aangemeld')).toBe('25-11-2026');
      expect(cell(bramRow, 'eerste les')).toBe('28-11-2026');
      const annaRow = rows.find((row) => row[1] === 'Anna de Vries')!;
      expect(cell(annaRow, 'groep of 1 op 1')).toBe('Groep');
      expect(cell(annaRow, 'doelen')).toBe('Schrijven');
    });
  });
});
