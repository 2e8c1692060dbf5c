import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Chat } from '../support/chat';
import { suiteServer } from '../support/test-app';

describe('mijn gegevens: see and erase in the chat', () => {
  const server = suiteServer();

  async function booked(name: string): Promise<Chat> {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    for (const text of ['ja', name, 'lezen']) await chat.say(text);
    const seats = await chat.say('ochtend');
    expect((await chat.say(seats.buttons[0])).texts.join('\n')).toMatch(/Gelukt!/);
    for (const text of ['voor mezelf', '06 1234 5678']) await chat.say(text);
    return chat;
  }

  /** Every stored file's text, to look for a name. */
  async function storedText(): Promise<string> {
    const texts: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else texts.push(await readFile(path, 'latin1'));
      }
    };
    await walk(server.dataDir);
    return texts.join('\n');
  }

  it('shows what is kept, and erases it all after one check', async () => {
    const chat = await booked('Wilhelmina');
    const intake = (await server.app.domain.intakes.activeFor('test', chat.userId))!;
    const group = intake.booking!.groupId;
    const taken = (await server.app.domain.bookings.seatsTaken(group));

    const shown = await chat.say('mijn gegevens');
    expect(shown.texts.join('\n')).toMatch(/Dit bewaar ik van je:\nNaam: Wilhelmina\nLeren: lezen[\s\S]*Telefoon: 06 1234 5678[\s\S]*Wil je dat ik alles weggooi\?/);
    expect(shown.buttons).toEqual(['Ja, gooi alles weg', 'Nee, bewaar het']);
    expect((await chat.say('Ja, gooi alles weg')).texts.join('\n')).toMatch(/Weet je het zeker\?/);
    expect((await chat.say('ja')).texts.join('\n')).toMatch(/Alles is weg\./);

    expect(await server.app.domain.intakes.get(intake.id)).toBeUndefined();
    expect((await server.app.domain.bookings.seatsTaken(group))).toBe(taken - 1);
    expect(await storedText()).not.toMatch(/Wilhelmina|612345678/);

    const fresh = await chat.say('hoi');
    expect(fresh.texts.join('\n')).toMatch(/Is dat goed\?/);
  });

  it('keeps everything on "nee", and goes on with the same question in the middle of the sign-up', async () => {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    await chat.say('ja');
    await chat.say('Bartholomeus');
    const asked = await chat.say('verwijder mijn gegevens');
    expect(asked.texts.join('\n')).toMatch(/Weet je het zeker\?/);
    const kept = await chat.say('Nee, bewaar het');
    expect(kept.texts).toEqual(['Goed. Ik bewaar het.', 'Tik op een knop, of typ het zelf. Wat wil je leren?']);
  });

  it('forgets the answers of a sign-up in progress', async () => {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    await chat.say('ja');
    await chat.say('Cornelia');
    await chat.say('verwijder mijn gegevens');
    expect((await chat.say('ja')).texts.join('\n')).toMatch(/Alles is weg\./);
    expect(await storedText()).not.toMatch(/Cornelia/);
  });
});
