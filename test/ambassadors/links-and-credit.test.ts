import { Chat, type Reply } from '../support/chat';
import { decodePng, decodeSvg } from '../support/qr-decode';
import { suiteServer } from '../support/test-app';
import { addAmbassador, coordinator, linkedAmbassador } from './support';

const PUBLIC_URL = 'https://taalbot.example.nl';
const all = (reply: Reply) => reply.texts.join('\n');

/** Five taps to a seat (the first Thursday morning group), then why and no phone number. */
const tapper: [string, RegExp][] = [
  ['Ja, dat is goed', /Hoe heet je\?/],
  ['Lotte', /Wat wil je leren\?/],
  ['Lezen', /Wanneer kun je\?/],
  ['Ochtend', /Welke wil je\?/],
  ['Do 9.30 · Bibliotheek Centrum', /Gelukt![\s\S]*Waarvoor wil je dat leren\?/],
  ['Voor mijn werk', /nummer geven\?/],
  ['Nee', /./],
];

describe('links, QR codes, posters and credit for taalambassadeurs', () => {
  const server = suiteServer({ PUBLIC_URL: `${PUBLIC_URL}/`, MicrosoftAppId: '' });

  const get = (path: string) => fetch(`${server.app.url}${path}`);

  it('gives each ambassador a short code of unmistakable characters', async () => {
    const codes = await Promise.all(['Anja', 'Bas', 'Cor', 'Dewi', 'Eva'].map(async (name) => (await addAmbassador(server.app, name)).ambassador.code));
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('serves a QR code, as PNG and as SVG, that a scanner reads as the web chat link with the code', async () => {
    const { ambassador } = await addAmbassador(server.app, 'Yara');
    const link = `${PUBLIC_URL}/?ref=${ambassador.code}`;
    expect(ambassador.links.webChat).toBe(link);

    const png = await get(`/ambassadors/${ambassador.code}/qr.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(decodePng(Buffer.from(await png.arrayBuffer()))).toBe(link);

    const svg = await get(`/ambassadors/${ambassador.code.toLowerCase()}/qr.svg`);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(decodeSvg(await svg.text())).toBe(link);
  });

  it('serves a printable A4 poster in plain Dutch with the QR code and only the first name', async () => {
    const { ambassador } = await addAmbassador(server.app, 'Yusuf el Amrani');
    const response = await get(`/ambassadors/${ambassador.code}/poster`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toMatch(/Vragen\? Vraag het aan Yusuf\./);
    expect(html).not.toMatch(/Amrani/);
    expect(decodeSvg(/<svg[\s\S]*<\/svg>/.exec(html)![0])).toBe(`${PUBLIC_URL}/?ref=${ambassador.code}`);
  });

  it('answers 404 for a code nobody has, and keeps the coordinator routes closed without the token', async () => {
    expect((await get('/ambassadors/ZZZZZZ/poster')).status).toBe(404);
    expect((await get('/ambassadors/ZZZZZZ/qr.png')).status).toBe(404);
    expect((await get('/api/coordinator/ambassadors')).status).toBe(401);
    const bad = await coordinator(server.app, 'POST', '/api/coordinator/ambassadors', { name: 'Piet', locationId: 'nergens' });
    expect(bad).toEqual({ status: 400, body: { error: 'locationId: no place with id "nergens"', field: 'locationId' } });
    expect((await coordinator(server.app, 'POST', '/api/coordinator/ambassadors', { locationId: 'bieb-centrum' })).status).toBe(400);
  });

  it('links a chat only with a valid one-time secret', async () => {
    const { linkSecret } = await addAmbassador(server.app, 'Wim');
    const first = new Chat(server.app.url, server.connector);
    expect(all(await first.say(`koppel ${linkSecret.toLowerCase()}`))).toMatch(/Gelukt, Wim!/);
    const second = new Chat(server.app.url, server.connector);
    expect(all(await second.say(`koppel ${linkSecret}`))).toMatch(/Deze code werkt niet meer\./);
    expect(all(await second.say('koppel ABCDEFGH2345'))).toMatch(/Deze code werkt niet meer\./);
  });

  it('links a web chat opened with /?ambassador=SECRET, without starting a sign-up there', async () => {
    const { linkSecret } = await addAmbassador(server.app, 'Ilse');
    const post = async (path: string, token?: string, body?: unknown) =>
      (await (await fetch(`${server.app.url}/directline${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body ?? {}),
      })).json()) as { token: string; conversationId: string };
    const session = await post('/tokens/generate', undefined, { ambassador: linkSecret });
    await post('/conversations', session.token);
    const response = await fetch(`${server.app.url}/directline/conversations/${session.conversationId}/activities`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const texts = ((await response.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '');
    expect(texts[0]).toBe('Gelukt, Ilse! Je bent nu taalambassadeur in de Taalbot.');
    expect(texts.join('\n')).not.toMatch(/Is dat goed\?/);
  });

  it('credits a sign-up that came through ?ref=CODE in the web chat to that ambassador', async () => {
    const anja = await linkedAmbassador(server.app, server.connector, 'Anja Bakker');
    const call = async (path: string, token?: string, body?: unknown) => {
      const response = await fetch(`${server.app.url}/directline${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body ?? {}),
      });
      return (await response.json()) as { token: string; conversationId: string };
    };
    const session = await call('/tokens/generate', undefined, { ref: anja.ambassador.code });
    await call('/conversations', session.token);
    for (const [text] of tapper) await call(`/conversations/${session.conversationId}/activities`, session.token, { type: 'message', text });

    const { body: signUps } = await coordinator(server.app, 'GET', `/api/coordinator/ambassadors/${anja.ambassador.id}/sign-ups`);
    expect(signUps).toEqual([{ firstName: 'Lotte', status: 'booked' }]);
    const { body: list } = await coordinator(server.app, 'GET', '/api/coordinator/ambassadors');
    expect((list as { id: string; signUps: unknown }[]).find((a) => a.id === anja.ambassador.id)?.signUps).toEqual({ total: 1, booked: 1 });

    const mine = await anja.chat.say('mijn aanmeldingen');
    expect(all(mine)).toBe('Via jou doet 1 collega mee:\nLotte: heeft een plek');
  });

  it('gives an ambassador their link and a QR code in the chat that reads as that link', async () => {
    const bram = await linkedAmbassador(server.app, server.connector, 'Bram');
    const reply = await bram.chat.say('mijn link');
    const link = `${PUBLIC_URL}/?ref=${bram.ambassador.code}`;
    expect(reply.texts[0]).toBe(`Dit is jouw link: ${link}`);
    const card = reply.activities.flatMap((a) => (a.attachments ?? []) as { content: { images: { url: string }[] } }[])[0];
    const dataUrl = card.content.images[0].url;
    expect(dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(decodePng(Buffer.from(dataUrl.split(',')[1], 'base64'))).toBe(link);
    expect(all(reply)).toMatch(new RegExp(`poster om te printen: ${PUBLIC_URL}/ambassadors/${bram.ambassador.code}/poster`));
  });
});

describe('asking a worker who helped them', () => {
  const server = suiteServer();

  it('books in 5 answers and never asks who helped when nobody at their place is an ambassador', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await worker.join();
    let reply: Reply | undefined;
    for (const [text] of tapper) reply = await worker.say(text);
    expect(all(reply!)).toMatch(/Tot in de les!/);
    expect(all(reply!)).not.toMatch(/geholpen/);
    expect(await server.app.domain.intakes.activeFor('test', worker.userId)).toMatchObject({ status: 'booked' });
  });

  it('asks "Wie heeft je geholpen?" only after the booking, and credits the helper the worker names', async () => {
    const { ambassador } = await addAmbassador(server.app, 'Henk');
    await addAmbassador(server.app, 'Henk Jansen', 'werkplaats');
    const worker = new Chat(server.app.url, server.connector);
    await worker.join();
    let reply: Reply | undefined;
    for (const [text, expected] of tapper) {
      reply = await worker.say(text);
      expect(all(reply)).toMatch(expected);
    }
    expect(all(reply!)).toMatch(/Wie heeft je geholpen om mee te doen\?$/);
    expect(reply!.buttons).toEqual(['Henk', 'Niemand']);
    expect(all(await worker.say('Henk'))).toMatch(/Dat vindt Henk vast fijn\.[\s\S]*Tot in de les!/);
    const { body: signUps } = await coordinator(server.app, 'GET', `/api/coordinator/ambassadors/${ambassador.id}/sign-ups`);
    expect(signUps).toEqual([{ firstName: 'Lotte', status: 'booked' }]);
  });
});
