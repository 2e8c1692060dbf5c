/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Group } from '../../src/domain/catalog';
import type { Intake } from '../../src/domain/intake';
import { WEEKDAYS } from '../../src/domain/types';
import { hashPassword } from '../../src/coordinator/auth/passwords';
import { SqlStore } from '../../src/storage/sql/sql-store';
import { launchChromium } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { tempDataDir } from '../support/temp-dir';
import { draft } from '../support/workers';

const TEACHER = { email: 'anja@bieb.example', password: 'een lang wachtwoord' };
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const NAMES = ['Ans de Vries', 'Bert Jansen', 'Cor Bakker', 'Dilan Yilmaz', 'Els Visser', 'Fatma Kaya', 'Gerrit Smit', 'Hanneke Mulder', 'Ilse de Boer', 'Jan Peters'];

/** A group of 10 that meets every day at 9.30, so today always has a lesson. */
const everyDay: Group = {
  id: 'taal-elke-dag', kind: 'group', name: 'Taal elke dag', goals: ['reading'], times: WEEKDAYS.map((weekday) => ({ weekday, start: '09:30', minutes: 90 })),
  locationId: 'bieb-centrum', capacity: 12, startDate: '2026-01-05', teacher: 'Anja', createdAt: '2026-01-05T00:00:00Z',
};

function worker(name: string, i: number): Intake {
  const at = '2026-01-05T09:00:00.000Z';
  return {
    ...draft(name), id: `worker-${i}`, status: 'booked', booking: { groupId: everyDay.id, firstLesson: '2026-01-05', bookedAt: at },
    evaluations: [], history: [{ at, event: 'submitted' }, { at, event: 'booked', groupId: everyDay.id }], createdAt: at, updatedAt: at,
  };
}

const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

describe('attendance in a real browser on a phone', () => {
  let server: ServerProcess;
  let browser: Browser;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    await (await startServerProcess({ DATA_DIR: data.dir })).stop();
    const store = await SqlStore.open({ engine: 'sqlite', dataDir: data.dir, fsync: false });
    await store.groups.put(everyDay);
    await store.bumpCatalogVersion();
    for (const [i, name] of NAMES.entries()) await store.intakes.put(worker(name, i));
    await store.accounts.put({ id: 'anja', email: TEACHER.email, name: 'Anja', role: 'teacher', locationIds: [], groupIds: [everyDay.id], password: await hashPassword(TEACHER.password), createdAt: '2026-01-05T00:00:00Z' });
    await store.close();
    server = await startServerProcess({ DATA_DIR: data.dir, RUN_SCHEDULER: 'false' });
    browser = await launchChromium();
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.remove();
  });

  it('takes attendance for a group at 390 px: a group of 10 in 10 taps, no page wider than the viewport', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });

    await page.goto(`${server.url}/coordinator/login`);
    await page.getByLabel('E-mailadres').fill(TEACHER.email);
    await page.getByLabel('Wachtwoord').fill(TEACHER.password);
    await page.getByRole('button', { name: 'Inloggen' }).tap();
    await page.getByRole('heading', { name: 'Aanwezigheid' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expect(page.getByRole('link', { name: 'Aanmeldingen' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Taal elke dag' }).tap();
    await page.getByRole('heading', { name: 'Taal elke dag' }).waitFor();
    await page.getByText('0 van 10 ingevuld').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const box = await page.locator('#p-worker-0 button[value="present"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);

    const started = Date.now();
    let taps = 0;
    for (const [i, name] of NAMES.entries()) {
      const mark = i === 3 ? 'Afwezig' : i === 7 ? 'Afgemeld' : 'Aanwezig';
      const row = page.getByRole('form', { name });
      await row.getByRole('button', { name: mark }).tap();
      taps += 1;
      await page.locator(`#p-worker-${i} button[aria-pressed="true"]`, { hasText: mark }).waitFor();
    }
    const seconds = (Date.now() - started) / 1000;
    await page.getByText('10 van 10 ingevuld').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'attendance-390.png'), fullPage: true });
    process.stdout.write(`attendance at 390 px: ${NAMES.length} workers, ${taps} taps, ${seconds.toFixed(1)} s of saving (without reading time)\n`);
    expect(taps).toBe(10);
    expect(seconds).toBeLessThan(60);

    await page.goto(`${server.url}/coordinator/intakes`);
    expect(await page.getByRole('heading', { name: 'Aanmeldingen' }).count()).toBe(0);
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 120_000);

  it('has no serious or critical accessibility problems on the attendance pages', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/coordinator/login`);
    await page.getByLabel('E-mailadres').fill(TEACHER.email);
    await page.getByLabel('Wachtwoord').fill(TEACHER.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Aanwezigheid' }).waitFor();
    for (const path of ['/coordinator/attendance', `/coordinator/attendance/${everyDay.id}`]) {
      await page.goto(`${server.url}${path}`);
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
