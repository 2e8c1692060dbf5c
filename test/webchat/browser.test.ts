/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN } from '../support/test-app';
import { tempDataDir } from '../support/temp-dir';

const PHONE = { width: 360, height: 740 };
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

/** Pretends the browser has a Dutch voice, and records what it was asked to say. */
const FAKE_DUTCH_VOICE = () => {
  const spoken: string[] = [];
  (window as unknown as { spoken: string[] }).spoken = spoken;
  const voice = { lang: 'nl-NL', name: 'Nederlands', default: true, localService: true, voiceURI: 'nl' };
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => [voice],
      speak: (utterance: { text: string }) => spoken.push(utterance.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
    },
  });
  (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: unknown = null;
    constructor(readonly text: string) {}
  };
};

describe('the web chat page in a real browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    server = await startServerProcess({ DATA_DIR: data.dir, COORDINATOR_TOKEN });
    browser = await launchChromium();
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.remove();
  });

  const lastBotText = (page: Page, text: RegExp) => page.getByText(text).last().waitFor({ timeout: 15_000 });
  const tap = async (page: Page, name: string) => {
    await page.getByRole('button', { name, exact: true }).last().click();
  };
  const type = async (page: Page, text: string) => {
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
  };

  it('taps through the sign-up on a phone, books, and shows it all again after a reload', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/?ref=BROWSER-1`);
    await lastBotText(page, /Hoi, ik ben de Taalbot/);

    await lastBotText(page, /Is dat goed\?/);
    await tap(page, 'Ja, dat is goed');
    await lastBotText(page, /Hoe heet je\?/);
    await type(page, 'Piet');
    await lastBotText(page, /Wat wil je leren\?/);
    await tap(page, 'Lezen');
    await lastBotText(page, /Wanneer kun je\?/);
    await tap(page, 'Ochtend');
    await lastBotText(page, /Welke wil je\?/);
    await tap(page, 'Do 9.30 · Bibliotheek Centrum');
    await lastBotText(page, /Gelukt!/);
    await lastBotText(page, /Waarvoor wil je dat leren\?/);
    // The booking keeps its calendar link, also with the next question below it.
    await expect(page.getByRole('button', { name: 'In mijn agenda' }).count()).resolves.toBeGreaterThan(0);

    await page.reload();
    await lastBotText(page, /Gelukt!/);
    await lastBotText(page, /Waarvoor wil je dat leren\?/);
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-phone.png'), fullPage: false });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const intakes = (await (
      await fetch(`${server.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } })
    ).json()) as { referralCode: string | null; status: string }[];
    expect(intakes).toMatchObject([{ referralCode: 'BROWSER-1', status: 'booked' }]);
    await context.close();
  }, 120_000);

  it('has no serious or critical accessibility problems, large text and large buttons', async () => {
    // The page's CSP forbids injected scripts, axe-core included; only this test lifts it.
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await lastBotText(page, /Is dat goed\?/);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);

    const sizes = await page.evaluate(() => ({
      text: parseFloat(getComputedStyle(document.querySelector('.webchat__bubble__content') as Element).fontSize),
      buttons: Array.from(document.querySelectorAll('.webchat__suggested-action')).map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
    }));
    expect(sizes.text).toBeGreaterThanOrEqual(18);
    expect(sizes.buttons.length).toBeGreaterThan(0);
    for (const size of sizes.buttons) expect(size).toBeGreaterThanOrEqual(44);
    await context.close();
  }, 60_000);

  it('works with the keyboard only', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(server.url);
    await lastBotText(page, /Is dat goed\?/);
    let focused = '';
    for (let i = 0; i < 25 && focused !== 'Ja, dat is goed'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    }
    expect(focused).toBe('Ja, dat is goed');
    await page.keyboard.press('Enter');
    await lastBotText(page, /Hoe heet je\?/);
    await context.close();
  }, 60_000);

  it('reads a bot message aloud in Dutch, and hides the button when there is no Dutch voice', async () => {
    const withVoice = await browser.newContext({ viewport: PHONE });
    await withVoice.addInitScript(FAKE_DUTCH_VOICE);
    const page = await withVoice.newPage();
    await page.goto(server.url);
    await lastBotText(page, /Is dat goed\?/);
    const button = page.getByRole('button', { name: /^Lees voor: Ik bewaar/ });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([expect.stringMatching(/^Ik bewaar je naam/)]);
    await withVoice.close();

    const withoutVoice = await browser.newContext({ viewport: PHONE });
    await withoutVoice.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
    const silent = await withoutVoice.newPage();
    await silent.goto(server.url);
    await lastBotText(silent, /Is dat goed\?/);
    const buttons = silent.locator('.read-aloud');
    expect(await buttons.count()).toBeGreaterThan(0);
    expect(await buttons.first().isVisible()).toBe(false);
    await withoutVoice.close();
  }, 60_000);
});
