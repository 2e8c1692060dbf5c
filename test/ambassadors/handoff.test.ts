import { Chat, type Reply } from '../support/chat';
import { fixedClock, suiteServer } from '../support/test-app';
import { buttonsOf, coordinator, inbox, linkedAmbassador, textOf } from './support';

const all = (reply: Reply) => reply.texts.join('\n');

/** The rest of the sign-up after the name, tapping buttons. */
const afterName: [string, RegExp][] = [
  ['Lezen', /Wanneer kun je\?/],
  ['Ochtend', /Welke wil je\?/],
  ['Do 9.30 · Bibliotheek Centrum', /Gelukt![\s\S]*Waarvoor wil je dat leren\?/],
  ['Voor mijn werk', /nummer geven\?/],
  ['Nee', /Tot in de les!/],
];

describe('a live handoff to a taalambassadeur', () => {
  const clock = fixedClock();
  const server = suiteServer({}, clock);

  async function workerAtGoals(name: string, referralCode?: string): Promise<Chat> {
    const worker = new Chat(server.app.url, server.connector, referralCode ? { channelData: { referralCode } } : {});
    await worker.join();
    await worker.say('Ja, dat is goed');
    expect(all(await worker.say(name))).toMatch(/Wat wil je leren\?/);
    return worker;
  }

  /** The same person, talking to the restarted server. */
  const again = (chat: Chat) => new Chat(server.app.url, server.connector, { userId: chat.userId, conversationId: chat.conversationId });

  async function handoffsOf(worker: string) {
    const { body } = await coordinator(server.app, 'GET', '/api/coordinator/handoffs');
    return (body as { worker: string; status: string; outcome: string | null; unsent: string[] }[]).filter((h) => h.worker === worker);
  }

  it('passes messages both ways until "klaar", then the worker goes on where they were and is booked', async () => {
    const anja = await linkedAmbassador(server.app, server.connector, 'Anja de Vries');
    const piet = await workerAtGoals('Piet', anja.ambassador.code);
    const anjaInbox = inbox(server.connector, anja.chat);
    const pietInbox = inbox(server.connector, piet);

    const asked = await piet.say('ik wil iemand spreken');
    expect(all(asked)).toMatch(/Ik vraag het aan Anja, een collega\.[\s\S]*binnen 10 minuten/);
    expect(asked.buttons).toEqual(['Zelf verder']);

    pietInbox.fresh();
    const request = anjaInbox.fresh();
    expect(textOf(request)).toMatch(/Piet wil graag iemand spreken\./);
    expect(textOf(request)).toMatch(/Piet is bij de vraag: Wat wil je leren\?/);
    expect(textOf(request)).toMatch(/Piet schreef: ik wil iemand spreken/);
    expect(buttonsOf(request)).toEqual(['Ja, ik help']);

    expect(all(await anja.chat.say('Ja, ik help'))).toMatch(/Je praat nu met Piet\./);
    anjaInbox.fresh();
    expect(textOf(pietInbox.fresh())).toMatch(/Anja is er nu\./);

    expect((await piet.say('Hoe lang duurt een les?')).texts).toEqual([]);
    expect(textOf(anjaInbox.fresh())).toBe('Piet: Hoe lang duurt een les?');

    expect((await anja.chat.say('Anderhalf uur. Het is heel gezellig.')).texts).toEqual([]);
    anjaInbox.fresh();
    expect(textOf(pietInbox.fresh())).toBe('Anja: Anderhalf uur. Het is heel gezellig.');

    expect(all(await anja.chat.say('klaar'))).toMatch(/Het gesprek met Piet is klaar\./);
    const back = pietInbox.fresh();
    expect(textOf(back)).toMatch(/Anja is klaar\. We gaan verder waar je was\.[\s\S]*Wat wil je leren\?$/);
    expect(buttonsOf(back)).toContain('Lezen');

    const said: string[] = [];
    for (const [text, expected] of afterName) {
      const reply = await piet.say(text);
      expect(all(reply)).toMatch(expected);
      said.push(all(reply));
    }
    // Anja's link already says who helped: the question is not asked.
    expect(said.join('\n')).not.toMatch(/Wie heeft je geholpen/);
    expect(await handoffsOf('Piet')).toMatchObject([{ status: 'closed', outcome: 'helped' }]);
    const { body: signUps } = await coordinator(server.app, 'GET', `/api/coordinator/ambassadors/${anja.ambassador.id}/sign-ups`);
    expect(signUps).toEqual([{ firstName: 'Piet', status: 'booked' }]);
  });

  it('finds a helper by name, passes on what the worker typed while waiting, and lets the worker say "klaar"', async () => {
    const karim = await linkedAmbassador(server.app, server.connector, 'Karim');
    const fatima = await workerAtGoals('Fatima');
    const karimInbox = inbox(server.connector, karim.chat);

    expect(all(await fatima.say('help van Karim'))).toMatch(/Ik vraag het aan Karim/);
    expect(textOf(karimInbox.fresh())).toMatch(/Fatima schreef: help van Karim/);
    expect(all(await fatima.say('Moet ik iets meenemen?'))).toMatch(/Karim leest dit zo\./);
    expect(textOf(karimInbox.fresh())).not.toMatch(/meenemen/);

    const accepted = await karim.chat.say('ja');
    expect(all(accepted)).toMatch(/Je praat nu met Fatima[\s\S]*Fatima: Moet ik iets meenemen\?/);

    const done = await fatima.say('klaar');
    expect(all(done)).toMatch(/Fijn dat Karim je hielp\. We gaan verder waar je was\.[\s\S]*Wat wil je leren\?$/);
    karimInbox.fresh();
    expect(all(await fatima.say('Rekenen'))).toMatch(/Wanneer kun je\?/);
    expect(textOf(server.connector.activities(karim.chat.conversationId).slice(-2))).toMatch(/Fatima is klaar en gaat verder met de vragen\./);
  });

  it('tells the worker plainly when nobody answers in time, and offers the coordinator or going on alone', async () => {
    const sanne = await linkedAmbassador(server.app, server.connector, 'Sanne');
    const kees = await workerAtGoals('Kees', sanne.ambassador.code);
    const keesInbox = inbox(server.connector, kees);
    const sanneInbox = inbox(server.connector, sanne.chat);

    await kees.say('ik wil iemand spreken');
    keesInbox.fresh();
    sanneInbox.fresh();
    clock.set(new Date(clock.now().getTime() + 9 * 60_000));
    await server.app.handoffTimer.tick();
    expect(keesInbox.fresh()).toEqual([]);

    clock.set(new Date(clock.now().getTime() + 2 * 60_000));
    await server.app.handoffTimer.tick();
    const fallback = keesInbox.fresh();
    expect(textOf(fallback)).toMatch(/Sanne kan nu niet antwoorden\.[\s\S]*Els kan je ook helpen\. Wat wil je doen\?/);
    expect(buttonsOf(fallback)).toEqual(['Els spreken', 'Zelf verder']);
    expect(textOf(sanneInbox.fresh())).toMatch(/Kees wacht niet meer\./);

    const chosen = await kees.say('Els spreken');
    expect(all(chosen)).toMatch(/Bel of app Els: 0570 123 456\.[\s\S]*We gaan verder waar je was\.[\s\S]*Wat wil je leren\?$/);
    expect(await handoffsOf('Kees')).toMatchObject([{ status: 'closed', outcome: 'coordinator' }]);
    expect(all(await sanne.chat.say('Ja, ik help'))).toMatch(/Er wacht nu niemand op je hulp\./);
  });

  it('takes an answer to the question as "going on alone" after nobody answered', async () => {
    const ruud = await linkedAmbassador(server.app, server.connector, 'Ruud');
    const mila = await workerAtGoals('Mila', ruud.ambassador.code);
    await mila.say('iemand spreken');
    clock.set(new Date(clock.now().getTime() + 11 * 60_000));
    await server.app.handoffTimer.tick();
    expect(all(await mila.say('Schrijven'))).toMatch(/Wanneer kun je\?/);
    expect(await handoffsOf('Mila')).toMatchObject([{ status: 'closed', outcome: 'alone' }]);
  });

  it('falls back to the contact person, with a number, when no ambassador can be reached', async () => {
    const worker = await workerAtGoals('Tom');
    const reply = await worker.say('help van Bert');
    expect(all(reply)).toMatch(/Ik kan Bert hier niet bereiken\.[\s\S]*Bel of app Els: 0570 123 456\.[\s\S]*Wat wil je leren\?$/);
    expect(await handoffsOf('Tom')).toEqual([]);
  });

  it('keeps a handoff and its messages through a restart, and still times out after one', async () => {
    const noor = await linkedAmbassador(server.app, server.connector, 'Noor');
    const ali = await workerAtGoals('Ali', noor.ambassador.code);
    const noorInbox = inbox(server.connector, noor.chat);
    await ali.say('ik wil iemand spreken');
    await ali.say('Is de les in de avond?');

    await server.restart();
    const noorAgain = again(noor.chat);
    noorInbox.fresh();
    expect(all(await noorAgain.say('Ja, ik help'))).toMatch(/Je praat nu met Ali\.[\s\S]*Ali: Is de les in de avond\?/);
    expect(await handoffsOf('Ali')).toMatchObject([{ status: 'open' }]);

    const sem = await workerAtGoals('Sem', noor.ambassador.code);
    const semInbox = inbox(server.connector, sem);
    // Noor is busy with Ali; Sem's request waits for her, through a restart.
    await sem.say('ik wil iemand spreken');
    semInbox.fresh();
    // Eleven minutes pass while the bot is down.
    clock.set(new Date(clock.now().getTime() + 11 * 60_000));
    await server.restart();
    await server.app.handoffTimer.tick();
    expect(textOf(semInbox.fresh())).toMatch(/Noor kan nu niet antwoorden\./);
  });
});
