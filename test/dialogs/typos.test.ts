import { Chat, type Reply } from '../support/chat';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';

/** What the worker types, and what the bot's reply should then contain. */
type Turn = [say: string, expect: RegExp];

/** Every answer typed the way many workers type: by sound, short, with mistakes. */
const misspeller: Turn[] = [
  ['jaa hoor', /Hoe heet je\?/],
  ['ik hiet Gerrit', /Wat wil je leren\?/],
  ['leze en schrijve', /Waarom wil je dat leren\?/],
  ['voor me werk', /Wanneer kun je\?/],
  ['dinsdach en donderdach ochtent', /in een groep\?/i],
  ['groep', /nummer geven\?/],
  ['nee hoor', /Klopt dit\?/],
];

describe('a worker who types with spelling mistakes', () => {
  const server = suiteServer();

  async function play(worker: Chat, turns: Turn[]): Promise<Reply> {
    let reply = await worker.join();
    for (const [text, expected] of turns) {
      reply = await worker.say(text);
      expect(reply.texts.join('\n')).toMatch(expected);
    }
    return reply;
  }

  async function intakesOf(worker: Chat) {
    const response = await fetch(`${server.app.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    const all = (await response.json()) as { channelUserId: string; status: string; group: { id: string } | null }[];
    return all.filter((intake) => intake.channelUserId === worker.userId);
  }

  it('is understood at every step and ends booked in the group that fits', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const summary = await play(worker, misspeller);
    const text = summary.texts.join('\n');
    expect(text).toMatch(/Naam: Gerrit/);
    expect(text).toMatch(/Leren: lezen en schrijven\n/);
    expect(text).toMatch(/Waarom: voor mijn werk\n/);
    expect(text).toMatch(/Wanneer: dinsdag of donderdag, ochtend/);
    expect(text).toMatch(/Les: in een groep/);
    expect(text).toMatch(/Telefoon: geen/);

    expect((await worker.say('klopt')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(worker)).toMatchObject([{ status: 'booked', group: { id: 'taal-di-do-ochtend' } }]);
  });

  it('picks from the offers with a typed word when only one of the group days was named', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const turns: Turn[] = [...misspeller.slice(0, 4), ['dinsdach ochtent', /in een groep\?/i], ...misspeller.slice(5)];
    expect((await play(worker, turns)).texts.join('\n')).toMatch(/Wanneer: dinsdag, ochtend/);
    expect((await worker.say('klopt')).texts.join('\n')).toMatch(/Welke wil je\?/);
    expect((await worker.say('de eerste')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(worker)).toMatchObject([{ status: 'booked', group: { id: 'taal-di-do-ochtend' } }]);
  });

  it('reads "niet in een groep" as 1-on-1, not as the button it contains', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const turns: Turn[] = [...misspeller.slice(0, 5), ['nee, niet in een groep', /nummer geven\?/], ['nee hoor', /Klopt dit\?/]];
    expect((await play(worker, turns)).texts.join('\n')).toMatch(/Les: alleen, met een vrijwilliger/);
  });

  it('gets a plain re-ask with one example and the buttons when an answer is unclear', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await play(worker, misspeller.slice(0, 4));
    const reask = await worker.say('geen flauw idee');
    expect(reask.texts).toEqual(['Dat begreep ik niet. Typ bijvoorbeeld: dinsdagochtend.']);
    expect(reask.buttons).toEqual(['Ochtend', 'Middag', 'Avond', 'Maakt niet uit']);
    expect((await worker.say('dinsdach ochtent')).texts.join('\n')).toMatch(/in een groep\?/i);
  });

  it('books nothing until "Klopt dit?" gets a clear yes', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await play(worker, misspeller);
    expect(await intakesOf(worker)).toEqual([]);

    for (const unclear of ['misschien', 'weet ik niet', 'wat kost het?']) {
      const reask = await worker.say(unclear);
      expect(reask.texts.join('\n')).not.toMatch(/Gelukt!/);
      expect(reask.buttons).toContain('Ja, dat klopt');
    }
    expect(await intakesOf(worker)).toEqual([]);

    expect((await worker.say('jaa')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(worker)).toMatchObject([{ status: 'booked' }]);
  });
});
