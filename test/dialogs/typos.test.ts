import { Chat, type Turn } from '../support/chat';
import { intakesOf, suiteServer } from '../support/test-app';

/** What the worker types, and what the bot's reply should then contain. */

/** Every answer typed the way many workers type: by sound, short, with mistakes. */
const misspeller: Turn[] = [
  ['jaa hoor', /Hoe heet je\?/],
  ['ik hiet Gerrit', /Wat wil je leren\?/],
  ['leze en schrijve', /Wanneer kun je\?/],
  ['dinsdach en donderdach ochtent', /Welke wil je\?/],
];

describe('a worker who types with spelling mistakes', () => {
  const server = suiteServer();
  const fileOf = (worker: Chat) => server.app.domain.intakes.activeFor('test', worker.userId);

  it('is understood at every step and ends booked in the group that fits', async () => {
    const worker = new Chat(server.app.url, server.connector);
    const seats = await worker.play(misspeller);
    expect(seats.buttons[0]).toBe('Do 9.30 · Bibliotheek Centrum');
    expect((await worker.say('do 9.30 bibliotheek centrum')).texts.join('\n')).toMatch(/Gelukt![\s\S]*Waarvoor wil je dat leren\?/);
    expect((await worker.say('voor me werk')).texts.join('\n')).toMatch(/nummer geven\?/);
    expect((await worker.say('nee hoor')).texts.join('\n')).toMatch(/Tot in de les!/);
    expect(await fileOf(worker)).toMatchObject({
      name: 'Gerrit',
      goals: { choices: ['reading', 'writing'] },
      reasons: { choices: ['work'] },
      availability: { days: ['tue', 'thu'], dayParts: ['morning'] },
      status: 'booked',
      booking: { groupId: 'taal-di-do-ochtend' },
    });
    expect((await fileOf(worker))!.phone).toBeUndefined();
  });

  it('notes a format the worker brings up at "Wanneer kun je?", and offers only volunteers then', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await worker.play(misspeller.slice(0, 3));
    const noted = await worker.say('niet in een groep');
    expect(noted.texts).toEqual(['Goed: met één vrijwilliger.', 'Tik op een knop, of typ een dag. Wanneer kun je?']);
    const seats = await worker.say('donderdach ochtent');
    expect(seats.buttons).toEqual(['Do 10.00 · met vrijwilliger Wim', 'Andere tijd']);
  });

  it('gets a plain re-ask with one example and the buttons when an answer is unclear', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await worker.play(misspeller.slice(0, 3));
    const reask = await worker.say('geen flauw idee');
    expect(reask.texts).toEqual(['Dat begreep ik niet. Typ bijvoorbeeld: dinsdagochtend.']);
    expect(reask.buttons).toEqual(['Ochtend', 'Middag', 'Avond', 'Maakt niet uit']);
    expect((await worker.say('dinsdach ochtent')).texts.join('\n')).toMatch(/Welke wil je\?/);
  });

  it('books nothing until a seat is picked', async () => {
    const worker = new Chat(server.app.url, server.connector);
    await worker.play(misspeller);
    for (const unclear of ['misschien', 'weet ik niet', 'wat kost het?']) {
      const reask = await worker.say(unclear);
      expect(reask.texts.join('\n')).not.toMatch(/Gelukt!/);
      expect(reask.buttons).toContain('Andere tijd');
    }
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);
    expect((await worker.say('de eerste')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked' }]);
  });
});
