import { weekdayOf } from '../../src/domain/dates';
import { Chat } from '../support/chat';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';

describe('mijn les: see, move, cancel', () => {
  const server = suiteServer();

  /** Signs up with the first morning seat (at first the group that starts Thursday 26 November), and skips the questions after. */
  async function booked(name = 'Kees'): Promise<Chat> {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    for (const text of ['ja', name, 'lezen']) await chat.say(text);
    const seats = await chat.say('ochtend');
    expect((await chat.say(seats.buttons[0])).texts.join('\n')).toMatch(/Gelukt!/);
    await chat.say('Klaar');
    return chat;
  }

  const fileOf = (chat: Chat) => server.app.domain.intakes.activeFor('test', chat.userId);

  it('shows the place on "mijn les", with what the worker can do', async () => {
    const chat = await booked();
    const reply = await chat.say('mijn les');
    expect(reply.texts.join('\n')).toMatch(/Je hebt al een plek\.\n\n\*\*Donderdag 26 november, om 9\.30 uur\*\*\n\nJe zit in de groep van Anja\./);
    expect(reply.buttons).toEqual(['Iets veranderen', 'Afmelden', 'In mijn agenda', 'Niets, dank je']);
  });

  it('moves the seat to another group in one step', async () => {
    const chat = await booked();
    const before = (await fileOf(chat))!.booking!.groupId;
    const taken = (await server.app.domain.bookings.seatsTaken(before));
    await chat.say('mijn les');
    const offers = await chat.say('verzetten');
    expect(offers.texts.join('\n')).toMatch(/Hier is plek\. Welke wil je\?/);
    expect(offers.buttons[0]).toMatch(/^(Ma|Di|Wo|Do|Vr|Za|Zo) \d+\.\d\d · /);
    expect(offers.buttons.at(-1)).toBe('Toch niet');
    const moved = await chat.say(offers.buttons[0]);
    expect(moved.texts.join('\n')).toMatch(/Je les is verzet\.[\s\S]*\*\*\w+dag \d+ \w+, om/);
    const after = (await fileOf(chat))!.booking!.groupId;
    expect(after).not.toBe(before);
    expect((await server.app.domain.bookings.seatsTaken(before))).toBe(taken - 1);
    expect((await fileOf(chat))!.history.map((h) => h.event)).toEqual(['submitted', 'booked', 'moved']);
  });

  it('records a move in the chat like a coordinator\'s: one event, audited as the worker, shown as "verplaatst"', async () => {
    const chat = await booked();
    const intakeId = (await fileOf(chat))!.id;
    const from = (await fileOf(chat))!.booking!.groupId;
    await chat.say('mijn les');
    const offers = await chat.say('verzetten');
    await chat.say(offers.buttons[0]);
    const to = (await fileOf(chat))!.booking!.groupId;
    const headers = { authorization: `Bearer ${COORDINATOR_TOKEN}` };
    const audit = (await (await fetch(`${server.app.url}/api/coordinator/audit?intakeId=${intakeId}`, { headers })).json()) as {
      action: string;
      actor: { kind: string; id: string };
      groupId?: string;
      detail?: string;
    }[];
    expect(audit.filter((entry) => entry.action === 'worker.moved')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ kind: 'worker', id: intakeId }), groupId: to, detail: `from ${from}` }),
    ]);
    const file = (await (await fetch(`${server.app.url}/api/coordinator/intakes/${intakeId}`, { headers })).json()) as {
      participation: { lessons: number };
      file: { history: { event: string; groupId?: string }[] };
    };
    expect(file.file.history.map((h) => h.event)).toEqual(['submitted', 'booked', 'moved']);
    expect(file.participation.lessons).toBe(0);
  });

  it('cancels after one check, frees the seat, shows it to the coordinator, and lets the worker sign up again', async () => {
    const chat = await booked();
    const intakeId = (await fileOf(chat))!.id;
    const group = (await fileOf(chat))!.booking!.groupId;
    const taken = (await server.app.domain.bookings.seatsTaken(group));
    await chat.say('mijn les');
    const sure = await chat.say('afmelden');
    expect(sure.texts.join('\n')).toMatch(/Wil je je echt afmelden/);
    // Tapping the button is enough; it used to ask again (only a typed "ja" worked).
    expect((await chat.say(sure.buttons[0])).texts.join('\n')).toMatch(/Je bent afgemeld/);
    expect((await server.app.domain.bookings.seatsTaken(group))).toBe(taken - 1);

    const rows = (await (await fetch(`${server.app.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } })).json()) as { id: string; status: string }[];
    expect(rows.find((row) => row.id === intakeId)?.status).toBe('cancelled');

    const again = await chat.say('hoi');
    expect(again.texts.join('\n')).toMatch(/Is dat goed\?/);
  });

  it('keeps the place when the worker says no to cancelling', async () => {
    const chat = await booked();
    await chat.say('mijn les');
    await chat.say('afmelden');
    const reply = await chat.say('nee');
    expect(reply.texts.join('\n')).toMatch(/Wat wil je doen\?/);
    expect((await fileOf(chat))!.status).toBe('booked');
  });

  it('answers "mijn les" in the middle of the sign-up, then asks the same question again', async () => {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    await chat.say('ja');
    const reply = await chat.say('mijn les');
    expect(reply.texts).toEqual(['Je hebt nog geen les. We gaan verder.', 'Hoe heet je?']);
  });

  it('gives a calendar file with weekly lessons in Amsterdam time, only with the right key', async () => {
    const chat = await booked();
    await chat.say('mijn les');
    const reply = await chat.say('in mijn agenda');
    const link = /(http\S+\.ics\?key=\S+)/.exec(reply.texts.join('\n'))?.[1];
    expect(link).toBeDefined();
    const response = await fetch(link!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await response.text();
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam/);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Amsterdam:20261126T093000/);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TH/);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TU/);
    expect((await fetch(link!.replace(/key=.{4}/, 'key=XXXX'))).status).toBe(404);
  });

  it('gives two workers moving into the last seat at once exactly one seat', async () => {
    const [a, b] = await Promise.all([booked('Ans'), booked('Bert')]);
    for (const chat of [a, b]) await chat.say('mijn les');
    const offersA = await a.say('verzetten');
    await b.say('verzetten');
    const target = offersA.buttons[0];
    const targetGroup = (await server.app.domain.bookings.moveOptions((await fileOf(a))!.id))[0].groupId;
    // Fill the group up to one free seat, then both take it at the same moment.
    const group = (await server.app.domain.catalog.current()).group(targetGroup);
    await server.app.domain.catalog.saveGroup({ ...group, capacity: (await server.app.domain.bookings.seatsTaken(targetGroup)) + 1 });
    const [ra, rb] = await Promise.all([a.say(target), b.say(target)]);
    const texts = [ra, rb].map((r) => r.texts.join('\n'));
    expect(texts.filter((text) => /Je les is verzet/.test(text))).toHaveLength(1);
    expect(texts.filter((text) => /Die plek is net weg/.test(text))).toHaveLength(1);
    expect(target).toBeDefined();
    expect((await server.app.domain.bookings.seatsTaken(targetGroup))).toBe((await server.app.domain.catalog.current()).group(targetGroup).capacity);
    for (const chat of [a, b]) expect((await fileOf(chat))!.status).toBe('booked');
  });
  it('acts on a booked worker\'s first words: "andere dag graag" offers other seats', async () => {
    const chat = await booked();
    const reply = await chat.say('andere dag graag');
    expect(reply.texts.join('\n')).not.toMatch(/fijn dat je er weer bent/);
    expect(reply.texts.at(-1)).toBe('Hier is plek. Welke wil je?');
    expect(reply.buttons.at(-1)).toBe('Toch niet');
  });

  it('acts on "ik wil me afmelden": straight to the check', async () => {
    const chat = await booked();
    const reply = await chat.say('ik wil me afmelden');
    expect(reply.texts).toEqual(['Wil je je echt afmelden voor de les?']);
    expect(reply.buttons).toEqual(['Ja, afmelden', 'Nee, ik blijf']);
  });

  it('offers seats that follow what the worker said: no Tuesday after "ik kan dinsdag niet meer", Wednesday for "kan het op woensdag"', async () => {
    const chat = await booked();
    const noTuesday = await chat.say('ik kan dinsdag niet meer');
    expect(noTuesday.texts.at(-1)).toBe('Hier is plek. Welke wil je?');
    const seats = noTuesday.buttons.slice(0, -1);
    expect(seats.length).toBeGreaterThan(0);
    expect(seats.filter((label) => label.startsWith('Di '))).toEqual([]);
    await chat.say('Toch niet');
    const wednesday = await chat.say('kan het ook op woensdag?');
    expect(wednesday.buttons.slice(0, -1).length).toBeGreaterThan(0);
    expect(wednesday.buttons.slice(0, -1).every((label) => label.startsWith('Wo '))).toBe(true);
    // Booked as the button said; the file keeps the answers of the sign-up.
    const before = (await fileOf(chat))!.availability;
    const moved = await chat.say(wednesday.buttons[0]);
    expect(moved.texts.join('\n')).toMatch(/Je les is verzet\.[\s\S]*\*\*Woensdag \d+ \w+, om/);
    const file = (await fileOf(chat))!;
    expect(weekdayOf(file.booking!.firstLesson)).toBe('wed');
    expect(file.availability).toEqual(before);
  });

  it('hears "ik kan dinsdag niet meer komen" as a move, and offers no seat against a wish: then who to call', async () => {
    const chat = await booked();
    expect((await chat.say('ik kan dinsdag niet meer komen')).texts.at(-1)).toBe('Hier is plek. Welke wil je?');
    await chat.say('Toch niet');
    // No demo group meets on Sunday.
    const sunday = await chat.say('kan het ook op zondag?');
    expect(sunday.buttons).not.toContain('Toch niet');
    expect(sunday.texts.join('\n')).toMatch(/0570 123 456/);
    expect((await fileOf(chat))!.status).toBe('booked');
  });

  it('reads everyday words at the menu as well as at the first message: a move, a missed lesson, a typo in a button', async () => {
    const chat = await booked();
    await chat.say('mijn les');
    const offers = await chat.say('dinsdag kan ik niet meer');
    expect(offers.texts.at(-1)).toBe('Hier is plek. Welke wil je?');
    await chat.say('Toch niet');
    await chat.say('mijn les');
    const absent = await chat.say('morgen ben ik er niet');
    expect(absent.texts.join('\n')).toMatch(/je komt donderdag 26 november niet/);
    await chat.say('mijn les');
    expect((await chat.say('afmeldn')).texts).toEqual(['Wil je je echt afmelden voor de les?']);
    expect((await fileOf(chat))!.status).toBe('booked');
  });

  it('takes "ik kan morgen niet" as one lesson missed: marked afgemeld, the seat stays', async () => {
    const chat = await booked();
    const reply = await chat.say('ik kan morgen niet');
    expect(reply.texts).toEqual(['Dank je dat je het zegt. Je docent weet nu: je komt donderdag 26 november niet.', 'Je plek blijft van jou. Tot de les daarna!']);
    expect((await fileOf(chat))!.status).toBe('booked');
  });

  it('changes the phone number and the goals after booking, without a summary', async () => {
    const chat = await booked();
    expect((await chat.say('Iets veranderen')).buttons).toEqual(['Naam', 'Wat ik wil leren', 'Dag en tijd', 'Telefoon']);
    const reask = await chat.say('pannenkoek');
    expect(reask.texts.join('\n')).not.toMatch(/ja of nee/i);
    expect(reask.texts.join('\n')).toMatch(/Tik op wat je wilt veranderen/);
    await chat.say('Telefoon');
    expect((await chat.say('06 1111 2222')).texts).toEqual(['Goed. Dat zet ik in je mapje.']);
    await chat.say('veranderen');
    await chat.say('Wat ik wil leren');
    await chat.say('rekenen');
    expect(await fileOf(chat)).toMatchObject({ phone: '+31611112222', goals: { choices: ['numeracy'] }, status: 'booked' });
  });

  it('moves from "Iets veranderen" → "Dag en tijd"', async () => {
    const chat = await booked();
    await chat.say('Iets veranderen');
    const offers = await chat.say('Dag en tijd');
    expect(offers.buttons.at(-1)).toBe('Toch niet');
    expect((await chat.say('Toch niet')).texts).toEqual(['Goed. Je les blijft zoals hij was.']);
  });
});
