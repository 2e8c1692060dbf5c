/// <reference lib="dom" />
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Intake } from '../../src/domain/intake';
import { addDays, localDateOf, nextWeekday } from '../../src/domain/dates';
import { SqlStore } from '../../src/storage/sql/sql-store';
import { launchChromium } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { tempDataDir } from '../support/temp-dir';
import { COORDINATOR_TOKEN } from '../support/test-app';
import { draft } from '../support/workers';

const ADMIN = { email: 'admin@bieb.example', password: 'correct horse battery' };
const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** A worker who signed up earlier, as the bot stores them: booked into the Tuesday and Thursday group. */
function storedWorker(): Intake {
  const now = new Date().toISOString();
  return {
    ...draft('Wim Bakker', { goals: { choices: ['reading'], ownWords: 'de post van mijn werk lezen' } }),
    id: 'wim-bakker',
    status: 'booked',
    booking: { groupId: 'taal-di-do-ochtend', firstLesson: '2026-09-01', bookedAt: now },
    evaluations: [],
    history: [
      { at: now, event: 'submitted' },
      { at: now, event: 'booked', groupId: 'taal-di-do-ochtend' },
    ],
    createdAt: now,
    updatedAt: now,
  };
}

/** A worker who signed up today and was told their first lesson: the next Tuesday or Thursday after today. */
function newWorker(): Intake {
  const now = new Date().toISOString();
  const tomorrow = addDays(localDateOf(new Date()), 1);
  const firstLesson = [nextWeekday(tomorrow, 'tue'), nextWeekday(tomorrow, 'thu')].sort()[0];
  return {
    ...draft('Sanne de Boer', { goals: { choices: ['writing'] }, phone: '0687654321', channel: 'webchat' }),
    id: 'sanne-de-boer',
    status: 'booked',
    booking: { groupId: 'taal-di-do-ochtend', firstLesson, bookedAt: now },
    evaluations: [],
    history: [
      { at: now, event: 'submitted' },
      { at: now, event: 'booked', groupId: 'taal-di-do-ochtend' },
    ],
    createdAt: now,
    updatedAt: now,
  };
}

describe('the coordinators\' dashboard in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    // The first start fills in the demo places and groups; then Wim's file goes into the database.
    await (await startServerProcess({ DATA_DIR: data.dir })).stop();
    const store = await SqlStore.open({ engine: 'sqlite', dataDir: data.dir, fsync: false });
    await store.intakes.put(storedWorker());
    await store.intakes.put(newWorker());
    await store.close();
    server = await startServerProcess({ DATA_DIR: data.dir, COORDINATOR_TOKEN, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.remove();
  });

  it('logs in, opens a file, adds an evaluation, moves the worker and downloads the CSV', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });

    await page.goto(`${server.url}/coordinator`);
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();

    await page.getByRole('link', { name: 'Wim Bakker' }).click();
    await page.getByRole('heading', { name: 'Mapje van Wim Bakker' }).waitFor();
    await page.getByText('de post van mijn werk lezen').waitFor();

    await page.getByText('Nieuwe evaluatie').click();
    await page.getByLabel('Wat ging goed').fill('Wim las de hele werkbrief voor.');
    await page.getByLabel('Volgend doel').fill('Een korte mail terugschrijven.');
    await page.getByLabel('Doel gehaald').check();
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    const evaluation = page.getByRole('row').filter({ hasText: 'Wim las de hele werkbrief voor.' });
    await expect(evaluation.getByRole('cell', { name: 'ja', exact: true }).count()).resolves.toBe(1);

    const target = await page.locator('#groupId option', { hasText: 'Taal op het werk' }).getAttribute('value');
    await expect(page.getByLabel('Verplaats naar').inputValue()).resolves.toBe('');
    await page.getByLabel('Verplaats naar').selectOption(target!);
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByRole('heading', { name: 'Verplaatsen?' }).waitFor();
    await page.getByText('Wim Bakker gaat van Taal, dinsdag en donderdag naar Taal op het werk, maandag en woensdag.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'coordinator-move-confirm.png'), fullPage: true });
    await page.getByRole('button', { name: 'Ja, verplaatsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Verplaatst naar de nieuwe groep.' }).waitFor();
    await page.getByRole('link', { name: 'Taal op het werk, maandag en woensdag' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: /verplaatst · Taal op het werk/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'coordinator-file.png'), fullPage: true });

    await page.getByRole('link', { name: 'Aanmeldingen' }).first().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download aanmeldingen (CSV)' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('aanmeldingen.csv');
    expect(csv).toMatch(/Wim Bakker;Ingedeeld;Lezen;Groep;Werkplaats Salland;Taal op het werk, maandag en woensdag;\d{2}-\d{2}-\d{4};\d{2}-\d{2}-\d{4};/);

    const intakes = (await (
      await fetch(`${server.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } })
    ).json()) as { id: string; group: { id: string } }[];
    expect(intakes.find((i) => i.id === 'wim-bakker')?.group.id).toBe('taal-werk-ma-wo');
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 120_000);

  describe('at phone size, 390 by 844', () => {
    const PAGES = [
      '/coordinator/intakes',
      '/coordinator/intakes/wim-bakker',
      '/coordinator/intakes/sanne-de-boer',
      '/coordinator/groups',
      '/coordinator/groups/taal-di-do-ochtend',
      '/coordinator/groups/new',
      '/coordinator/stats',
      '/coordinator/audit',
      '/coordinator/accounts',
      '/coordinator/account',
    ];

    it('scrolls no dashboard page sideways', async () => {
      const { context, page } = await phone();
      const widths: Record<string, number> = {};
      for (const path of PAGES) {
        await page.goto(`${server.url}${path}`);
        widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.screenshot({ path: join(SCREENSHOTS, `phone${path.replaceAll('/', '-')}.png`), fullPage: true });
      }
      expect(widths).toEqual(Object.fromEntries(PAGES.map((path) => [path, 390])));
      await context.close();
    }, 120_000);

    it('draws chart labels whole, inside the chart and at least 12 px high', async () => {
      const { context, page } = await phone();
      for (const path of ['/coordinator/stats', '/coordinator/groups']) {
        await page.goto(`${server.url}${path}`);
        const labels = await page.evaluate(() =>
          Array.from(document.querySelectorAll('svg.chart')).flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
            return Array.from(svg.querySelectorAll('text')).map((text) => {
              const r = text.getBoundingClientRect();
              return {
                text: text.textContent ?? '',
                box: [r.left, r.right, r.top, r.bottom, box.left, box.right, box.top, box.bottom].map(Math.round).join(" "),
                inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
                px: Math.round(parseFloat(getComputedStyle(text).fontSize) * scale * 10) / 10,
              };
            });
          }),
        );
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) {
          expect({ path, ...label, inside: label.inside, big: label.px >= 12 }).toEqual({ path, ...label, inside: true, big: true });
          expect(label.text).not.toMatch(/…|\(geen\)|\d{4}-W\d{2}/);
        }
      }
      await context.close();
    }, 60_000);

    it('moves a worker from the group\'s list, best fit first, after one question', async () => {
      const { context, page } = await phone();
      await page.goto(`${server.url}/coordinator/groups/taal-di-do-ochtend`);
      const choice = page.locator('#move-sanne-de-boer');
      await expect(choice.inputValue()).resolves.toBe('');
      const options = await choice.locator('option').allTextContents();
      expect(options.slice(0, 2)).toEqual(['Kies een groep', 'Rekenen en taal, woensdagavond · 8 plekken vrij · past bij de wens']);
      await choice.selectOption({ label: options[1] });
      await page.getByRole('row').filter({ hasText: 'Sanne de Boer' }).getByRole('button', { name: 'Verplaatsen' }).click();

      await page.getByRole('heading', { name: 'Verplaatsen?' }).waitFor();
      await page.getByText('Sanne de Boer gaat van Taal, dinsdag en donderdag naar Rekenen en taal, woensdagavond.').waitFor();
      await page.getByText('Deze groep past bij de wens.').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-move-confirm.png'), fullPage: true });
      await page.getByRole('button', { name: 'Ja, verplaatsen' }).click();

      await page.getByRole('status').filter({ hasText: 'Verplaatst naar de nieuwe groep.' }).waitFor();
      await page.getByRole('heading', { name: 'Rekenen en taal, woensdagavond' }).waitFor();
      await page.getByRole('link', { name: 'Sanne de Boer' }).click();
      await page.getByRole('listitem').filter({ hasText: /verplaatst · Rekenen en taal, woensdagavond/ }).waitFor();
      await context.close();
    }, 60_000);
  });

  /** A logged-in admin on a phone-sized screen. */
  async function phone() {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/coordinator/login`);
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
    return { context, page };
  }

  it('has no serious or critical accessibility problems on the file page', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/coordinator/login`);
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
    for (const path of ['/coordinator/intakes/wim-bakker', '/coordinator/groups', '/coordinator/stats']) {
      await page.goto(`${server.url}${path}`);
      await page.screenshot({ path: join(SCREENSHOTS, `desktop${path.replaceAll('/', '-')}.png`), fullPage: true });
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
    await context.close();
  }, 90_000);
});
