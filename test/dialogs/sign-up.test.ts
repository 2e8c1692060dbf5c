import { Chat, type Turn } from '../support/chat';
import { intakesOf, suiteServer } from '../support/test-app';

/** A conversation as data: what the worker says, and what the bot's last message should contain. */

const tapper: Turn[] = [
  ['Ja, dat is goed', /Hoe heet je\?/],
  ['Piet', /Wat wil je leren\?/],
  ['Lezen', /Waarom wil je dat leren\?/],
  ['Voor mijn werk', /Wanneer kun je\?/],
  ['Ochtend', /in een groep\?/i],
  ['In een groep', /nummer geven\?/],
  ['Nee, liever niet', /Klopt dit\?/],
  ['Ja, dat klopt', /Gelukt!/],
];

const typist: Turn[] = [
  ['ja hoor', /Hoe heet je\?/],
  ['ik ben Fatima', /Wat wil je leren\?/],
  ['rekenen', /Waarom/],
  ['voor mijn kinderen', /Wanneer/],
  ['woensdagavond', /groep/],
  ['groep', /nummer/],
  ['06 1234 5678', /Klopt dit\?/],
  ['klopt', /Gelukt!/],
];

describe('signing up in the chat', () => {
  const server = suiteServer();

  const chat = (options = {}) => new Chat(server.app.url, server.connector, options);

  it('greets first, in two short sentences, then asks for consent with buttons', async () => {
    const reply = await chat().join();
    expect(reply.texts[0]).toMatch(/^Hoi, ik ben de Taalbot\. [^.]+\.$/);
    expect(reply.texts[reply.texts.length - 1]).toMatch(/Is dat goed\?$/);
    expect(reply.buttons).toEqual(['Ja, dat is goed', 'Nee, liever niet', 'Wat bewaar je?']);
  });

  it('books a worker who taps buttons, in 8 answers', async () => {
    const worker = chat();
    const reply = await worker.play(tapper);
    expect(reply.texts.join('\n')).toMatch(/Je eerste les is \w+dag \d+ \w+, om \d+\.\d\d uur\./);
    expect(reply.texts.join('\n')).toMatch(/Adres: .+, .+, .+\./);
    expect(reply.texts.join('\n')).toMatch(/Neem .+ mee\./);
    expect(reply.texts.join('\n')).toMatch(/Vragen\?/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: expect.any(String) } }]);
  });

  it('books a worker who types everything, into the group that fits', async () => {
    const worker = chat();
    await worker.play(typist);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: 'rekenen-taal-wo-avond' } }]);
  });

  it('confirms a name the channel already knows instead of asking', async () => {
    const worker = chat({ userName: 'Piet de Vries' });
    await worker.join();
    const reply = await worker.say('ja');
    expect(reply.texts.join('\n')).toMatch(/Ben jij Piet\?/);
    expect(reply.buttons).toEqual(['Ja', 'Nee']);
    expect((await worker.say('klopt')).texts.join('\n')).toMatch(/Wat wil je leren\?/);
  });

  it('stores nothing when the worker says no to consent', async () => {
    const worker = chat();
    await worker.join();
    const reply = await worker.say('nee');
    expect(reply.texts.join('\n')).toMatch(/Ik bewaar niets/);
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);
  });

  it('goes back one question with "terug" and stops with "stop"', async () => {
    const worker = chat();
    await worker.join();
    await worker.say('ja');
    await worker.say('Kees');
    expect((await worker.say('terug')).texts.join('\n')).toMatch(/Hoe heet je\?/);
    expect((await worker.say('Karel')).texts.join('\n')).toMatch(/Wat wil je leren\?/);
    expect((await worker.say('stop')).texts.join('\n')).toMatch(/we stoppen/);
    expect(await intakesOf(server.app, worker.userId)).toEqual([]);
    expect((await worker.say('hoi')).texts.join('\n')).toMatch(/Is dat goed\?/);
  });

  it('helps with "help" and starts over with "opnieuw"', async () => {
    const worker = chat();
    await worker.join();
    await worker.say('ja');
    const help = await worker.say('help');
    expect(help.texts.join('\n')).toMatch(/Hoe heet je\?/);
    expect(help.texts.length).toBeGreaterThan(1);
    expect((await worker.say('opnieuw')).texts.join('\n')).toMatch(/beginnen opnieuw[\s\S]*Is dat goed\?/);
  });

  it('re-asks with an example, and after two misses offers buttons and a person', async () => {
    const worker = chat();
    await worker.join();
    await worker.say('ja');
    await worker.say('Anna');
    const first = await worker.say('blablabla');
    expect(first.texts.join('\n')).toMatch(/Dat begreep ik niet\. Typ bijvoorbeeld: lezen en schrijven\./);
    expect(first.buttons).toContain('Lezen');
    const second = await worker.say('qqq');
    expect(second.texts.join('\n')).toMatch(/praat met Els/);
    expect(second.buttons).toContain('Iemand spreken');
    expect((await worker.say('Iemand spreken')).texts.join('\n')).toMatch(/Bel of app Els: 0570 123 456/);
  });

  it('lets the worker change an answer from the summary, then asks "Klopt dit?" again', async () => {
    const worker = chat();
    await worker.play(tapper.slice(0, 7));
    expect((await worker.say('Nee, iets anders')).texts.join('\n')).toMatch(/Wat wil je anders\?/);
    expect((await worker.say('Wanneer')).texts.join('\n')).toMatch(/Wanneer kun je\?/);
    const summary = await worker.say('zaterdag');
    expect(summary.texts.join('\n')).toMatch(/Wanneer: zaterdag[\s\S]*Klopt dit\?/);
    expect((await worker.say('ja')).texts.join('\n')).toMatch(/Gelukt!/);
    expect(await intakesOf(server.app, worker.userId)).toMatchObject([{ status: 'booked', group: { id: 'praten-za-ochtend' } }]);
  });

  it('shows the booking to a worker who comes back', async () => {
    const worker = chat();
    await worker.play(tapper);
    const reply = await worker.say('hoi');
    expect(reply.texts.join('\n')).toMatch(/Je hebt al een plek\.[\s\S]*Je eerste les is/);
  });
});
