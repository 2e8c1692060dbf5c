/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN } from '../support/test-app';
import { tempDataDir } from '../support/temp-dir';

const PHONE = { width: 360, height: 740 };
const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** Pretends the browser has a Dutch voice, and records what it was asked to say. */
const FAKE_DUTCH_VOICE = () => {
  const spoken: string[] = [];
  const speech = { spoken, langs: [] as string[], cancels: 0 };
  (window as unknown as { spoken: string[]; speech: typeof speech }).spoken = spoken;
  (window as unknown as { speech: typeof speech }).speech = speech;
  const voice = { lang: 'nl-NL', name: 'Nederlands', default: true, localService: true, voiceURI: 'nl' };
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => [voice],
      speak: (utterance: { text: string; lang: string; voice: { lang: string } | null }) => {
        spoken.push(utterance.text);
        speech.langs.push(`${utterance.lang}/${utterance.voice?.lang}`);
      },
      cancel: () => void (speech.cancels += 1),
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
  /** A phone-sized page on the chat, at the first question. */
  const openChat = async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(server.url);
    await lastBotText(page, /Is dat goed\?/);
    return { context, page };
  };
  const type = async (page: Page, text: string) => {
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
  };

  /**
   * Today's sign-up, tap by tap, ending booked. The DIALOGS helper is changing this flow:
   * after that merge this is the one place to adapt.
   */
  async function signUp(page: Page): Promise<void> {
    await lastBotText(page, /Is dat goed\?/);
    await expect(page.locator('#hint').innerText()).resolves.toBe('Tik op een knop.');
    await tap(page, 'Ja, dat is goed');
    await lastBotText(page, /Hoe heet je\?/);
    await expect(page.locator('#hint').innerText()).resolves.toBe('Typ je naam hieronder.');
    await type(page, 'Piet');
    await lastBotText(page, /Wat wil je leren\?/);
    await expect(page.locator('#hint').innerText()).resolves.toBe('Tik op een knop.');
    await tap(page, 'Lezen');
    await lastBotText(page, /Wanneer kun je\?/);
    await tap(page, 'Ochtend');
    await lastBotText(page, /Welke wil je\?/);
    await tap(page, 'Do 9.30 · Bibliotheek Centrum');
    await lastBotText(page, /Gelukt!/);
    await lastBotText(page, /Waarvoor wil je dat leren\?/);
    // The booking keeps its calendar link, also with the next question below it.
    await expect(page.getByRole('button', { name: 'In mijn agenda' }).count()).resolves.toBeGreaterThan(0);
  }

  const coordinator = (path: string, body?: unknown) =>
    fetch(`${server.url}/api/coordinator${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('taps through the sign-up on a phone, the header following each question, books, and shows it all again after a reload', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/?ref=BROWSER-1`);
    await lastBotText(page, /Hoi, ik ben de Taalbot/);
    await signUp(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-booking-360.png'), fullPage: false });

    await page.reload();
    await lastBotText(page, /Gelukt!/);
    await lastBotText(page, /Waarvoor wil je dat leren\?/);
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-phone.png'), fullPage: false });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const intakes = (await (await coordinator('/intakes')).json()) as { referralCode: string | null; status: string }[];
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
    const { context, page } = await openChat();
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

  /** Where each bot bubble, its text and its read-aloud button are, in CSS px. */
  const layout = (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.webchat__stacked-layout__content')).flatMap((content) => {
        const bubble = content.querySelector('.webchat__bubble:not(.webchat__bubble--from-user)');
        if (!bubble) return [];
        const box = (el: Element | null) => (el ? el.getBoundingClientRect().toJSON() as DOMRect : null);
        const button = content.querySelector<HTMLElement>('.read-aloud');
        return [{
          bubble: box(bubble)!,
          text: box(bubble.querySelector('.webchat__render-markdown p:last-child, .webchat__text-content')),
          button: button ? { ...box(button)!, scrollWidth: button.scrollWidth, clientWidth: button.clientWidth, label: button.innerText } : null,
        }];
      }),
    );

  it('reads a bot message aloud in Dutch from a button under the bubble, one message at a time', async () => {
    const silent = await browser.newContext({ viewport: PHONE });
    const plain = await silent.newPage();
    await plain.goto(server.url);
    await lastBotText(plain, /Is dat goed\?/);
    const widthWithoutVoice = (await layout(plain)).at(-1)!.bubble.width;
    await silent.close();

    const withVoice = await browser.newContext({ viewport: PHONE });
    await withVoice.addInitScript(FAKE_DUTCH_VOICE);
    const page = await withVoice.newPage();
    await page.goto(server.url);
    await lastBotText(page, /Is dat goed\?/);
    await page.waitForTimeout(300);
    const bubbles = await layout(page);
    console.log(`read-aloud layout at 360 px: ${JSON.stringify(bubbles.map(({ bubble, button }) => ({ bubble: [Math.round(bubble.width), Math.round(bubble.height)], button: button && [Math.round(button.x), Math.round(button.width), Math.round(button.height), Math.round(button.y - bubble.bottom)] })))}; bubble width without a voice ${Math.round(widthWithoutVoice)}`);
    expect(bubbles.length).toBeGreaterThanOrEqual(2);
    for (const { bubble, button } of bubbles) {
      expect(button).not.toBeNull();
      expect(button!.y).toBeGreaterThanOrEqual(bubble.bottom);
      expect(button!.height).toBeGreaterThanOrEqual(44);
      expect(button!.height).toBeLessThan(60);
      expect(button!.scrollWidth).toBeLessThanOrEqual(button!.clientWidth);
      expect(button!.label).toBe('Lees voor');
      expect(bubble.width).toBe(widthWithoutVoice);
      expect(button!.x + button!.width).toBeLessThanOrEqual(PHONE.width);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-read-aloud-360.png') });

    const first = page.getByRole('button', { name: /^Lees voor: Hoi, ik ben/ });
    const second = page.getByRole('button', { name: /^Lees voor: Ik bewaar/ });
    await second.click();
    await expect(second.innerText()).resolves.toBe('Stop met voorlezen');
    const stopping = await second.evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth, height: b.getBoundingClientRect().height }));
    console.log(`"Stop met voorlezen": ${JSON.stringify(stopping)}`);
    expect(stopping.scroll).toBeLessThanOrEqual(stopping.client);
    expect(stopping.height).toBeLessThan(60);
    await first.click();
    const speech = await page.evaluate(() => (window as unknown as { speech: { spoken: string[]; langs: string[]; cancels: number } }).speech);
    expect(speech.spoken).toEqual([expect.stringMatching(/^Ik bewaar je naam/), expect.stringMatching(/^Hoi, ik ben de Taalbot/)]);
    expect(speech.langs).toEqual(['nl-NL/nl-NL', 'nl-NL/nl-NL']);
    expect(speech.cancels).toBe(2);
    await expect(second.innerText()).resolves.toBe('Lees voor');
    await expect(first.innerText()).resolves.toBe('Stop met voorlezen');
    await first.click();
    await expect(first.innerText()).resolves.toBe('Lees voor');
    await withVoice.close();
  }, 60_000);

  it('hides read-aloud when the browser has no Dutch voice', async () => {
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

  it('ends every bubble, the worker\'s too, at its text: no empty line, no status line under it', async () => {
    const { context, page } = await openChat();
    await tap(page, 'Ja, dat is goed');
    await lastBotText(page, /Hoe heet je\?/);
    await page.waitForTimeout(300);
    const gaps = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.webchat__bubble')).map((bubble) => {
        const content = bubble.querySelector('.webchat__bubble__content')!;
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        let lastLine = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent!.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects())) lastLine = Math.max(lastLine, rect.bottom);
        }
        const activity = bubble.closest('.webchat__basic-transcript__activity')!;
        const status = activity.querySelector<HTMLElement>('.webchat__stacked-layout__status');
        return {
          user: bubble.classList.contains('webchat__bubble--from-user'),
          belowText: Math.round(bubble.getBoundingClientRect().bottom - lastLine),
          status: status ? Math.round(status.getBoundingClientRect().height) : 0,
        };
      }),
    );
    console.log(`space under the last text line, per bubble (px): ${JSON.stringify(gaps)}`);
    expect(gaps.some((g) => g.user)).toBe(true);
    for (const gap of gaps) {
      // The bubble's own padding (about 10 px); an empty line would add ~29 px.
      expect(gap.belowText).toBeLessThanOrEqual(14);
      expect(gap.status).toBe(0);
    }
    await context.close();
  }, 60_000);

  it('shows no English, on screen or for screen readers, when the worker comes back three days later', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(server.url);
    await lastBotText(page, /Is dat goed\?/);
    await tap(page, 'Ja, dat is goed');
    await lastBotText(page, /Hoe heet je\?/);
    await page.clock.install({ time: Date.now() + 3 * 24 * 3600 * 1000 });
    await page.reload();
    await lastBotText(page, /Hoe heet je\?/);
    await page.waitForTimeout(500);
    const texts = await page.evaluate(() => {
      const out = [document.body.innerText];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        for (const name of ['aria-label', 'aria-roledescription', 'aria-description', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
          const value = el.getAttribute(name);
          if (value) out.push(value);
        }
        for (const node of Array.from(el.childNodes)) if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push(node.textContent!.trim());
      }
      return out;
    });
    const english = /\b(a\.m\.|p\.m\.|AM|PM|[Jj]ust now|ago|[Yy]esterday|[Tt]oday|[Ss]ent|[Ss]end(ing)?|[Mm]essage|[Aa]ttachment|[Bb]ot said|[Yy]ou said|[Tt]ype your|[Rr]etry|[Uu]pload|[Mm]icrophone|[Cc]hat history|[Pp]ress|[Kk]eypad|[Dd]rop files|[Ll]ink|[Cc]lick|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
    const found = texts.filter((text) => english.test(text));
    expect(found).toEqual([]);
    await context.close();
  }, 60_000);

  it('links to what we keep, at /privacy, and back', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(server.url);
    const link = page.getByRole('link', { name: 'Wat we bewaren' });
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await link.click();
    await page.waitForURL(`${server.url}/privacy`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Wat de Taalbot bewaart');
    await page.getByRole('link', { name: 'Terug naar de chat' }).click();
    await lastBotText(page, /Is dat goed\?/);
    await context.close();
  }, 60_000);

  it('shows a friendly picture as the bot\'s avatar, not letters', async () => {
    const { context, page } = await openChat();
    const avatar = page.locator('.webchat__defaultAvatar img').first();
    await avatar.waitFor();
    expect(await avatar.getAttribute('src')).toBe('/static/avatar.svg');
    expect(await avatar.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.webchat__initialsAvatar:visible').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('shows what a worker typed as text: no HTML, no markdown, no live link', async () => {
    const { context, page } = await openChat();
    const typed = '<img src="/favicon.ico"> **vet** [klik](https://example.com)';
    await type(page, typed);
    const bubble = page.locator('.webchat__bubble--from-user').last();
    await expect(bubble.innerText()).resolves.toBe(typed);
    expect(await bubble.locator('img, a, strong').count()).toBe(0);
    await page.reload();
    const again = page.locator('.webchat__bubble--from-user').last();
    await again.waitFor();
    await expect(again.innerText()).resolves.toBe(typed);
    expect(await again.locator('img, a, strong').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('tells a worker moved by a coordinator the new place within seconds, and it is the last message after a reload', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${server.url}/?ref=MOVE-1`);
    await signUp(page);
    const intakes = (await (await coordinator('/intakes')).json()) as { id: string; referralCode: string | null; groupId?: string }[];
    const worker = intakes.find((row) => row.referralCode === 'MOVE-1')!;
    const file = (await (await coordinator(`/intakes/${worker.id}`)).json()) as { file: { booking: { groupId: string } } };
    const target = file.file.booking.groupId === 'taal-werk-ma-wo' ? 'taal-di-do-ochtend' : 'taal-werk-ma-wo';
    const place = target === 'taal-werk-ma-wo' ? /Werkplaats Salland, Industrieweg 12/ : /Bibliotheek Centrum, Brink 70/;
    const started = Date.now();
    expect((await coordinator(`/intakes/${worker.id}/move`, { groupId: target })).status).toBe(200);
    await page.getByText(place).last().waitFor({ timeout: 5000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`moved by a coordinator: the chat showed the new place after ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(5);
    await expect(page.locator('.webchat__bubble p', { hasText: 'Let op: je zit nu in een andere groep.' }).last().isVisible()).resolves.toBe(true);

    await page.reload();
    await page.getByText(place).last().waitFor();
    // The last message is the new booking: its text, then its card with the buttons.
    const bubbles = await page.locator('.webchat__bubble').allInnerTexts();
    expect(bubbles.slice(-2).join('\n')).toMatch(new RegExp(`${place.source}[\\s\\S]*In mijn agenda\\s+Klaar$`));
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-moved-360.png') });
    await context.close();
  }, 120_000);

  describe('[after the DIALOGS merge] offers and the booking message', () => {
    // The DIALOGS helper makes the offers and the booking message; these fail until that lands.
    it('offers seats as buttons that say day, time and place, and saves a screenshot of them', async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.goto(server.url);
      await lastBotText(page, /Is dat goed\?/);
      await tap(page, 'Ja, dat is goed');
      await lastBotText(page, /Hoe heet je\?/);
      await type(page, 'Sanne');
      await lastBotText(page, /Wat wil je leren\?/);
      await tap(page, 'Lezen');
      await lastBotText(page, /Wanneer kun je\?/);
      await tap(page, 'Ochtend');
      const offer = page.getByRole('button', { name: /^(Ma|Di|Wo|Do|Vr|Za|Zo) \d/ });
      await offer.first().waitFor({ timeout: 15_000 });
      await lastBotText(page, /Welke wil je\?/);
      // The question above the buttons must be in view, not scrolled away behind them.
      await page.waitForFunction(() => {
        const asked = Array.from(document.querySelectorAll('.webchat__bubble__content')).filter((el) => /Welke wil je\?/.test(el.textContent ?? '')).at(-1);
        const buttons = document.querySelector('.webchat__suggested-actions');
        return !!asked && !!buttons && asked.getBoundingClientRect().bottom <= buttons.getBoundingClientRect().top + 1;
      }, undefined, { timeout: 5000 });
      await page.screenshot({ path: join(SCREENSHOTS, 'webchat-offers-360.png') });
      expect(await offer.count()).toBeGreaterThanOrEqual(1);
      expect(await page.getByRole('button', { name: /^Nummer \d/ }).count()).toBe(0);
      expect(await page.locator('.webchat__render-markdown ol').count()).toBe(0);
      await context.close();
    }, 60_000);

    it('puts the address as a map link and the contact\'s phone as a tel: link in the booking message', async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${server.url}/?ref=LINKS-1`);
      await signUp(page);
      const booking = page.locator('.webchat__bubble', { hasText: 'Gelukt!' }).last();
      expect(await booking.locator('a[href^="tel:"]').count()).toBe(1);
      expect(await booking.locator('a[href^="geo:"], a[href*="openstreetmap.org/search"], a[href*="maps"]').count()).toBe(1);
      expect(await booking.locator('strong, b').count()).toBeGreaterThanOrEqual(1);
      await context.close();
    }, 120_000);
  });
});
