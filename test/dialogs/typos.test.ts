import { Chat, type Turn } from '../support/chat';
import { intakesOf, suiteServer } from '../support/test-app';

/** What the worker types, and what the bot's reply should then contain. */

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

  it('is understood at every step and ends booked in the group that fits', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const summary = await worker.play(misspeller);
    const text = summary.texts.join('\n');
    expect(text).toMatch(/Naam: Gerrit/);
    expect(text).toMatch(/Leren: lezen en schrijven\n/);
    expect(text).toMatch(/Waarom: voor mijn werk\n/);
    expect(text).toMatch(/Wanneer: dinsdag of donderdag, ochtend/);
    expect(text).toMatch(/Les: in een groep/);
    expect(text).toMatch(/Telefoon: geen/);

    expect((await worker.say('klopt')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: 'taal-di-do-ochtend' } }]);
  });

  it('picks from the offers with a typed word when only one of the group days was named', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const turns: Turn[] = [...misspeller.slice(0, 4), ['dinsdach ochtent', /in een groep\?/i], ...misspeller.slice(5)];
    expect((await worker.play(turns)).texts.join('\n')).toMatch(/Wanneer: dinsdag, ochtend/);
    expect((await worker.say('klopt')).texts.join('\n')).toMatch(/Welke wil je\?/);
    expect((await worker.say('de eerste')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: 'taal-di-do-ochtend' } }]);
  });

  it('reads "niet in een groep" as 1-on-1, not as the button it contains', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const turns: Turn[] = [...misspeller.slice(0, 5), ['nee, niet in een groep', /nummer geven\?/], ['nee hoor', /Klopt dit\?/]];
    expect((await worker.play(turns)).texts.join('\n')).toMatch(/Les: alleen, met een vrijwilliger/);
  });

  it('gets a plain re-ask with one example and the buttons when an answer is unclear', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await worker.play(misspeller.slice(0, 4));
    const reask = await worker.say('geen flauw idee');
    expect(reask.texts).toEqual(['Dat begreep ik niet. Typ bijvoorbeeld: dinsdagochtend.']);
    expect(reask.buttons).toEqual(['Ochtend', 'Middag', 'Avond', 'Maakt niet uit']);
    expect((await worker.say('dinsdach ochtent')).texts.join('\n')).toMatch(/in een groep\?/i);
  });

  it('books nothing until "Klopt dit?" gets a clear yes', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await worker.play(misspeller);
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);

    for (const unclear of ['misschien', 'weet ik niet', 'wat kost het?']) {
      const reask = await worker.say(unclear);
      expect(reask.texts.join('\n')).not.toMatch(/Gelukt!/);
      expect(reask.buttons).toContain('Ja, dat klopt');
    }
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);

    expect((await worker.say('jaa')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked' }]);
  });
});
