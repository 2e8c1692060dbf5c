import { Chat, type Reply } from '../support/chat';
import type { SentActivity } from '../support/fake-connector';
import { COORDINATOR_TOKEN, intakesOf, suiteServer } from '../support/test-app';

const all = (reply: Reply) => reply.texts.join('\n');

/** The buttons on a message that stay: the booking's "In mijn agenda" (a link) and "Klaar". */
function cardButtons(activities: SentActivity[]): { title: string; type: string; value: string }[] {
  const withCard = activities.find((a) => (a.attachments as unknown[] | undefined)?.length);
  const card = (withCard?.attachments as { content: { buttons: { title: string; type: string; value: string }[] } }[] | undefined)?.[0];
  return card?.content.buttons ?? [];
}

/** Reads the whole conversation as the worker sees it: what the bot said, what the worker answered. */
function transcriptLine(who: 'bot' | 'worker', text: string, buttons: string[] = []): string {
  return who === 'worker' ? `> ${text}` : `${text}${buttons.length ? `\n   [${buttons.join('] [')}]` : ''}`;
}

describe('signing up in the chat: book first, ask the rest after', () => {
  const server = suiteServer();
  const chat = (options = {}) => new Chat(server.app.url, server.connector, options);

  it('greets first, in two short sentences, then asks for consent with buttons and says when all is thrown away', async () => {
    const reply = await chat().join();
    expect(reply.texts[0]).toMatch(/^Hoi, ik ben de Taalbot\. [^.]+\.$/);
    expect(reply.texts.at(-1)).toMatch(/Een jaar na je laatste les gooi ik alles weg\. Is dat goed\?$/);
    expect(reply.buttons).toEqual(['Ja, dat is goed', 'Nee, liever niet', 'Wat bewaar je?']);
  });

  it('books a worker who taps, in 5 answers: consent, name, what, when, a seat', async () => {
    const worker = chat();
    const lines: string[] = [];
    let reply = await worker.join();
    const log = (r: Reply) => r.activities.forEach((a, i) => lines.push(transcriptLine('bot', a.text ?? '', i === r.activities.length - 1 ? r.buttons : [])));
    log(reply);
    let answers = 0;
    const answer = async (text: string) => {
      answers += 1;
      lines.push(transcriptLine('worker', text));
      reply = await worker.say(text);
      log(reply);
      return reply;
    };

    expect(all(await answer('Ja, dat is goed'))).toMatch(/Hoe heet je\?$/);
    expect(all(await answer('Piet'))).toMatch(/Wat wil je leren\?$/);
    expect(all(await answer('Lezen'))).toMatch(/Wanneer kun je\?$/);
    expect(reply.buttons).toEqual(['Ochtend', 'Middag', 'Avond', 'Maakt niet uit']);
    const seats = await answer('Ochtend');
    expect(all(seats)).toMatch(/Welke wil je\?$/);
    // Real seats, earliest first, each saying what it is; then "Andere tijd".
    expect(seats.buttons).toEqual(['Do 9.30 · Bibliotheek Centrum', 'Do 10.00 · met vrijwilliger Wim', 'Za 10.30 · Bibliotheek Centrum', 'Andere tijd']);
    const booked = await answer(seats.buttons[0]);
    expect(answers).toBeLessThanOrEqual(5);

    const booking = booked.activities.find((a) => /Gelukt!/.test(a.text ?? ''))!;
    expect(booking.textFormat).toBe('markdown');
    expect(booking.text).toMatch(/^\*\*Donderdag 26 november, om 9\.30 uur\*\*\n\nGelukt! Dan is je eerste les\./);
    expect(booking.text).toMatch(/Je zit in de groep van Anja\./);
    expect(booking.text).toMatch(/Adres: \[Bibliotheek Centrum, Brink 70, Deventer\]\(https:\/\/www\.openstreetmap\.org\/search\?query=Brink%2070%2C%20Deventer\)/);
    expect(booking.text).toMatch(/Bel of app Els: \[0570 123 456\]\(tel:0570123456\)/);
    expect(cardButtons([booking])).toEqual([
      { type: 'openUrl', title: 'In mijn agenda', value: expect.stringMatching(/\.ics\?key=/) },
      { type: 'imBack', title: 'Klaar', value: 'Klaar' },
    ]);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: 'taal-di-do-ochtend' } }]);

    // Then why (for the file) and a phone number, both after the seat is taken.
    expect(all(booked)).toMatch(/Waarvoor wil je dat leren\?$/);
    expect(booked.buttons).toEqual(['Voor mijn werk', 'Voor mijn gezin', 'Voor mezelf', 'Voor een diploma', 'Iets anders']);
    const phone = await answer('Voor mijn gezin');
    expect(all(phone)).toMatch(/Wil je je nummer geven\?$/);
    expect(phone.buttons).toEqual(['Ja', 'Nee']);
    expect((await answer('Ja')).texts).toEqual(['Typ je nummer. Bijvoorbeeld: 06 1234 5678.']);
    const bye = await answer('06 1234 5678');
    expect(all(bye)).toMatch(/Tot in de les![\s\S]*Wil je iets veranderen\? Typ dan: veranderen\./);
    expect(bye.buttons).toEqual(['Iets veranderen']);

    const file = (await server.app.domain.intakes.activeFor('test', worker.userId))!;
    expect(file).toMatchObject({ name: 'Piet', format: 'group', reasons: { choices: ['family'] }, phone: '+31612345678', status: 'booked' });
    if (process.env.TRANSCRIPT) process.stdout.write(`\n${lines.join('\n')}\n`);
  });

  it('books a worker who types everything, into the seat they name', async () => {
    const worker = chat();
    await worker.play([
      ['ja hoor', /Hoe heet je\?/],
      ['ik ben Fatima', /Wat wil je leren\?/],
      ['rekenen', /Wanneer kun je\?/],
      ['woensdagavond', /Welke wil je\?/],
    ]);
    const reply = await worker.say('Wo 19.00 · Bibliotheek Centrum');
    expect(all(reply)).toMatch(/\*\*Woensdag 2 december, om 19\.00 uur\*\*/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: 'rekenen-taal-wo-avond' } }]);
  });

  it('reads a clock time at "Wanneer kun je?": "woensdag om 2 uur" offers the 14.00 seat only', async () => {
    const worker = chat();
    await worker.play([
      ['ja', /Hoe heet je\?/],
      ['Kees', /Wat wil je leren\?/],
      ['lezen', /Wanneer kun je\?/],
    ]);
    const reply = await worker.say('woensdag om 2 uur');
    expect(reply.buttons).toEqual(['Wo 14.00 · met vrijwilliger Sandra', 'Andere tijd']);
    await worker.say(reply.buttons[0]);
    const file = (await server.app.domain.intakes.activeFor('test', worker.userId))!;
    expect(file).toMatchObject({ format: 'one-on-one', availability: { days: ['wed'], time: { at: '14:00' } }, booking: { groupId: 'vrijwilliger-sandra-wo-middag' } });
  });

  it('reads a clock time alone: "kwart voor 9" is a lesson around 8.45 on any day', async () => {
    const worker = chat();
    await worker.play([
      ['ja', /Hoe heet je\?/],
      ['Joke', /Wat wil je leren\?/],
      ['rekenen', /Wanneer kun je\?/],
    ]);
    const reply = await worker.say('kwart voor 9');
    expect(reply.buttons[0]).toBe('Vr 9.00 · Werkplaats Salland');
  });

  it('"Andere tijd" asks when again; a second one books a seat that was never refused', async () => {
    const worker = chat();
    await worker.play([
      ['ja', /Hoe heet je\?/],
      ['Ria', /Wat wil je leren\?/],
      ['Schrijven', /Wanneer kun je\?/],
    ]);
    const first = await worker.say('Avond');
    const refused = first.buttons.slice(0, -1);
    expect(refused).toEqual(['Di 19.00 · met vrijwilliger Bert', 'Wo 19.00 · Bibliotheek Centrum']);
    const again = await worker.say('Andere tijd');
    expect(again.texts).toEqual(['Goed. Ik zoek een andere tijd voor je.', 'Tik op een knop, of typ een dag. Wanneer kun je?']);
    const second = await worker.say('Avond');
    for (const label of refused) expect(second.buttons).not.toContain(label);
    const refusedGroups = (await server.app.domain.catalog.current()).groups.filter((g) => g.times.some((s) => s.start >= '18:00')).map((g) => g.id);
    const booked = second.buttons.length > 0 && /Welke wil je\?/.test(all(second)) ? await worker.say('Geen van deze') : second;
    expect(all(booked)).toMatch(/Gelukt!/);
    const file = (await server.app.domain.intakes.activeFor('test', worker.userId))!;
    expect(file.status).toBe('booked');
    expect(refusedGroups).not.toContain(file.booking!.groupId);
    expect(all(booked)).not.toMatch(/wachtlijst|we nemen contact op/i);
    // Nothing else in the evening: a new group within a week, and who finds its teacher by when.
    expect(all(booked)).toMatch(/Je zit in een nieuwe groep\.[\s\S]*Els zoekt een docent voor je groep\. Uiterlijk \w+dag \d+ \w+ is die er\.[\s\S]*Bel of app Els/);
    expect(file.booking!.firstLesson <= '2026-12-02').toBe(true);
  });

  it('takes "help ik snap het niet" at consent as a question: explains, and asks again', async () => {
    const worker = chat();
    await worker.join();
    const reply = await worker.say('help ik snap het niet');
    expect(all(reply)).not.toMatch(/Ik bewaar niets/);
    expect(all(reply)).toMatch(/Is dat goed\?$/);
    expect((await worker.say('ja')).texts.at(-1)).toBe('Hoe heet je?');
  });

  it('stores nothing when the worker says no to consent', async () => {
    const worker = chat();
    await worker.join();
    const reply = await worker.say('Nee, liever niet');
    expect(all(reply)).toMatch(/Ik bewaar niets/);
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);
  });

  it('re-asks consent with "Tik op Ja of Nee."', async () => {
    const worker = chat();
    await worker.join();
    const reply = await worker.say('blablabla');
    expect(reply.texts).toEqual(['Dat begreep ik niet. Tik op Ja of Nee.']);
  });

  it('goes back one question with "terug" and stops with "stop"', async () => {
    const worker = chat();
    await worker.join();
    await worker.say('ja');
    await worker.say('Kees');
    expect(all(await worker.say('terug'))).toMatch(/Hoe heet je\?/);
    expect(all(await worker.say('Karel'))).toMatch(/Wat wil je leren\?/);
    expect(all(await worker.say('stop'))).toMatch(/we stoppen/);
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);
    expect(all(await worker.say('hoi'))).toMatch(/Is dat goed\?/);
  });

  it('helps with "help" in one form for every command, and starts over with "opnieuw"', async () => {
    const worker = chat();
    await worker.join();
    await worker.say('ja');
    const help = await worker.say('help');
    expect(all(help)).toMatch(/Wil je terug\? Typ dan: terug\. Wil je stoppen\? Typ dan: stop\.[\s\S]*Hoe heet je\?/);
    expect(all(await worker.say('opnieuw'))).toMatch(/beginnen opnieuw[\s\S]*Is dat goed\?/);
  });

  it('re-asks with an example, and after two misses names a person with a number', async () => {
    const worker = chat();
    await worker.join();
    await worker.say('ja');
    await worker.say('Anna');
    const first = await worker.say('blablabla');
    expect(all(first)).toMatch(/Dat begreep ik niet\. Typ bijvoorbeeld: lezen en schrijven\./);
    expect(first.buttons).toContain('Lezen');
    const second = await worker.say('qqq');
    expect(all(second)).toMatch(/Tik op een knop\. Of bel Els: 0570 123 456\./);
    expect(second.buttons).toContain('Iemand spreken');
    expect(all(await worker.say('Iemand spreken'))).toMatch(/Bel of app Els: 0570 123 456/);
  });

  it('asks nothing more after "Klaar" on the booking, and keeps the seat', async () => {
    const worker = chat();
    await worker.play([
      ['ja', /Hoe heet je\?/],
      ['Bas', /Wat wil je leren\?/],
      ['Lezen', /Wanneer kun je\?/],
    ]);
    const seats = await worker.say('Maakt niet uit');
    expect(all(seats)).toMatch(/Welke wil je\?/);
    const reply = await worker.say(seats.buttons[0]);
    expect(all(reply)).toMatch(/Gelukt![\s\S]*Waarvoor wil je dat leren\?/);
    const done = await worker.say('Klaar');
    expect(all(done)).toMatch(/Tot in de les!/);
    expect((await server.app.domain.intakes.activeFor('test', worker.userId))!).toMatchObject({ status: 'booked', reasons: { choices: [] } });
  });
});

describe('seat buttons when two groups meet at the same day, time and place', () => {
  const server = suiteServer();

  it('shows that seat once, so a tap is never ambiguous, and the tap books it', async () => {
    const made = await fetch(`${server.app.url}/api/coordinator/groups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Taal op dinsdag en donderdag, tweede groep',
        kind: 'group',
        goals: ['reading'],
        weekdays: ['tue', 'thu'],
        start: '09:30',
        minutes: 90,
        locationId: 'bieb-centrum',
        capacity: 8,
        teacher: 'Joke',
        startDate: '2026-09-01',
      }),
    });
    expect(made.status).toBe(201);
    const worker = new Chat(server.app.url, server.connector);
    await worker.join();
    for (const text of ['Ja, dat is goed', 'Piet', 'Lezen']) await worker.say(text);
    const offers = await worker.say('Ochtend');
    expect(offers.buttons.filter((b) => b === 'Do 9.30 · Bibliotheek Centrum')).toHaveLength(1);
    expect(new Set(offers.buttons).size).toBe(offers.buttons.length);
    expect(all(await worker.say('Do 9.30 · Bibliotheek Centrum'))).toMatch(/Gelukt!/);
  });
});
