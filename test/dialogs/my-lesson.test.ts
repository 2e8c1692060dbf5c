import { Chat } from '../support/chat';
import { COORDINATOR_TOKEN, suiteServer } from '../support/test-app';

describe('mijn les: see, move, cancel', () => {
  const server = suiteServer();

  async function booked(name = 'Kees'): Promise<Chat> {
    const chat = new Chat(server.app.url, server.connector);
    await chat.join();
    for (const text of ['ja', name, 'lezen', 'voor mezelf', 'ochtend', 'groep', 'nee']) await chat.say(text);
    expect((await chat.say('ja')).texts.join('\n')).toMatch(/Gelukt!/);
    return chat;
  }

  const fileOf = (chat: Chat) => server.app.domain.intakes.activeFor('test', chat.userId);

  it('shows the place on "mijn les", with what the worker can do', async () => {
    const chat = await booked();
    const reply = await chat.say('mijn les');
    expect(reply.texts.join('\n')).toMatch(/Je hebt al een plek\.\nJe zit in de groep van .+\nJe eerste les is donderdag 26 november/);
    expect(reply.buttons).toEqual(['Verzetten', 'Afmelden', 'In mijn agenda', 'Niets, dank je']);
  });

  it('moves the seat to another group in one step', async () => {
    const chat = await booked();
    const before = (await fileOf(chat))!.booking!.groupId;
    const taken = (await server.app.domain.bookings.seatsTaken(before));
    await chat.say('mijn les');
    const offers = await chat.say('verzetten');
    expect(offers.texts.join('\n')).toMatch(/Hier is plek:\n1\. /);
    expect(offers.buttons.at(-1)).toBe('Toch niet');
    const moved = await chat.say('1');
    expect(moved.texts.join('\n')).toMatch(/Je les is verzet\.[\s\S]*Je eerste les is/);
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
    await chat.say('verzetten');
    await chat.say('1');
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
    expect((await chat.say('afmelden')).texts.join('\n')).toMatch(/Wil je je echt afmelden/);
    expect((await chat.say('ja')).texts.join('\n')).toMatch(/Je bent afgemeld/);
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
    const target = /1\. (.+)/.exec(offersA.texts.join('\n'))?.[1];
    expect(target).toBeDefined();
    const targetGroup = (await server.app.domain.bookings.moveOptions((await fileOf(a))!.id))[0].groupId;
    // Fill the group up to one free seat, then both take it at the same moment.
    const group = (await server.app.domain.catalog.current()).group(targetGroup);
    await server.app.domain.catalog.saveGroup({ ...group, capacity: (await server.app.domain.bookings.seatsTaken(targetGroup)) + 1 });
    const [ra, rb] = await Promise.all([a.say('1'), b.say('1')]);
    const texts = [ra, rb].map((r) => r.texts.join('\n'));
    expect(texts.filter((text) => /Je les is verzet/.test(text))).toHaveLength(1);
    expect(texts.filter((text) => /Die plek is net weg/.test(text))).toHaveLength(1);
    expect((await server.app.domain.bookings.seatsTaken(targetGroup))).toBe((await server.app.domain.catalog.current()).group(targetGroup).capacity);
    for (const chat of [a, b]) expect((await fileOf(chat))!.status).toBe('booked');
  });
});
