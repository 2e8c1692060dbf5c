import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COORDINATOR_TOKEN, fixedClock, suiteServer } from '../support/test-app';
import { WebChatClient, type WebChatSession } from './webchat-client';

/** A worker as the tests look for them afterwards: what they are called, their number, their own words. */
interface Person {
  name: string;
  phone: string;
  /** The digits as stored and as typed. */
  phoneTraces: string[];
  ownWords: string;
}

const person = (name: string, digits: string, ownWords: string): Person => ({
  name,
  phone: `06 ${digits.slice(0, 4)} ${digits.slice(4)}`,
  phoneTraces: [`6${digits}`, `${digits.slice(0, 4)} ${digits.slice(4)}`],
  ownWords,
});

describe('erasure leaves nothing behind', () => {
  const clock = fixedClock();
  const server = suiteServer({ RUN_SCHEDULER: 'false' }, clock);
  const web = () => new WebChatClient(server.app.url);
  const api = async (method: string, path: string) => {
    const response = await fetch(`${server.app.url}/api/coordinator${path}`, { method, headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
    return { status: response.status, text: await response.text() };
  };

  /** Every byte of every file in DATA_DIR (the database, its write-ahead log, anything else). */
  async function storedBytes(): Promise<string> {
    const parts: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else parts.push((await readFile(path)).toString('latin1'));
      }
    };
    await walk(server.dataDir);
    return parts.join('\n');
  }

  /** What the coordinator API answers about workers, handoffs, the audit log and reports. */
  async function apiAnswers(): Promise<string> {
    const paths = ['/intakes', '/handoffs', '/audit', '/reports/intakes.csv', '/ambassadors'];
    return (await Promise.all(paths.map(async (path) => (await api('GET', path)).text))).join('\n');
  }

  async function expectGone(who: Person): Promise<void> {
    const traces = [who.name, who.ownWords, ...who.phoneTraces];
    const bytes = await storedBytes();
    const answers = await apiAnswers();
    for (const trace of traces) {
      expect({ trace, inDataDir: bytes.includes(trace) }).toEqual({ trace, inDataDir: false });
      expect({ trace, inApi: answers.includes(trace) }).toEqual({ trace, inApi: false });
    }
  }

  interface Ambassador {
    session: WebChatSession;
    code: string;
  }

  /** A taalambassadeur who linked their web chat. */
  async function linkedAmbassador(name: string): Promise<Ambassador> {
    const added = await fetch(`${server.app.url}/api/coordinator/ambassadors`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, locationId: 'bieb-centrum' }),
    });
    const { linkSecret, ambassador } = (await added.json()) as { linkSecret: string; ambassador: { code: string } };
    const session = await web().open();
    expect(await web().say(session, `koppel ${linkSecret}`)).toMatch(/Gelukt/);
    return { session, code: ambassador.code };
  }

  /** The worker asks for a person; the ambassador helps, and the worker writes their own words, name and number to them. */
  async function helpedBy(ambassador: Ambassador, session: WebChatSession, who: Person): Promise<void> {
    expect(await web().say(session, 'ik wil iemand spreken')).toMatch(/Ik vraag het aan/);
    expect(await web().say(ambassador.session, 'Ja, ik help')).toMatch(new RegExp(`Je praat nu met ${who.name}`));
    await web().say(session, `Ik heet ${who.name} en ${who.ownWords} en mijn nummer is ${who.phone}`);
    await web().say(ambassador.session, `Dat komt goed, ${who.name}.`);
    expect(await web().say(ambassador.session, 'klaar')).toMatch(/klaar/);
    expect(await ambassadorSees(ambassador)).toContain(who.ownWords);
  }

  /** The sign-up up to the seats, with own words for the goals; a handoff after the name when an ambassador is given. */
  async function answersUpToSeats(session: WebChatSession, who: Person, ambassador?: Ambassador): Promise<void> {
    const chat = web();
    await chat.say(session, 'ja');
    await chat.say(session, who.name);
    if (ambassador) await helpedBy(ambassador, session, who);
    expect(await chat.say(session, 'Iets anders')).toMatch(/\?/);
    await chat.say(session, who.ownWords);
    expect(await chat.say(session, 'ochtend')).toMatch(/Welke wil je\?/);
  }

  /** Booked on the first seat, then why and the phone number, after the booking. */
  async function signedUp(who: Person, ambassador?: Ambassador): Promise<WebChatSession> {
    const session = await web().open(ambassador ? { ref: ambassador.code } : {});
    await answersUpToSeats(session, who, ambassador);
    expect(await web().say(session, 'de eerste')).toMatch(/Gelukt!/);
    await web().say(session, 'voor mezelf');
    await web().say(session, 'ja');
    expect(await web().say(session, who.phone)).toMatch(/Je nummer is opgeslagen/);
    return session;
  }

  async function eraseInChat(session: WebChatSession): Promise<void> {
    expect(await web().say(session, 'verwijder mijn gegevens')).toMatch(/Weet je het zeker\?/);
    expect(await web().say(session, 'ja')).toMatch(/Alles is weg\./);
  }

  async function fileOf(session: WebChatSession): Promise<string> {
    const intakes = JSON.parse((await api('GET', '/intakes')).text) as { id: string; channelUserId: string }[];
    return intakes.find((i) => i.channelUserId === session.userId)!.id;
  }

  async function ambassadorSees(ambassador: Ambassador): Promise<string> {
    // Straight from the database: a token may have run out by then.
    return (await server.app.store.webChat.since(ambassador.session.conversationId, 0, 1000)).map((row) => JSON.stringify(row.activity)).join('\n');
  }

  it('in the web chat before the sign-up is stored', async () => {
    const who = person('Zwanetta', '11112233', 'formulieren van de gemeente Quokkastad');
    const session = await web().open();
    await answersUpToSeats(session, who);
    // Not asked yet, but typed anyway: it is in the transcript all the same.
    await web().say(session, `bel me maar op ${who.phone}`);
    await eraseInChat(session);
    await expectGone(who);
    expect(await web().say(session, 'hoi')).toMatch(/\?/);
  });

  it('in the web chat after the sign-up', async () => {
    const who = person('Berendina', '22223344', 'de brieven van de Wombatbank lezen');
    const session = await signedUp(who);
    await eraseInChat(session);
    await expectGone(who);
  });

  it('through the API', async () => {
    const who = person('Coosje', '33334455', 'het rooster van de Capybarafabriek');
    const session = await signedUp(who);
    expect((await api('DELETE', `/intakes/${await fileOf(session)}`)).status).toBe(200);
    await expectGone(who);
  });

  it('after a handoff: in the chat, with the handoff and the ambassador\'s copies', async () => {
    const who = person('Dieuwke', '44445566', 'een brief van de Okapischool begrijpen');
    const ambassador = await linkedAmbassador('Anja de Vries');
    const session = await signedUp(who, ambassador);
    await eraseInChat(session);
    await expectGone(who);
    expect(await ambassadorSees(ambassador)).not.toContain(who.ownWords);
    expect(await ambassadorSees(ambassador)).not.toContain(who.name);
  });

  it('after a handoff: through the API', async () => {
    const who = person('Evertje', '55556677', 'de app van de Tapirtaxi gebruiken');
    const ambassador = await linkedAmbassador('Bram Jansen');
    const session = await signedUp(who, ambassador);
    expect((await api('DELETE', `/intakes/${await fileOf(session)}`)).status).toBe(200);
    await expectGone(who);
    expect(await ambassadorSees(ambassador)).not.toContain(who.ownWords);
  });

  it('by the retention job: the file, its handoff and copies, and a handoff of someone who never signed up', async () => {
    const who = person('Fokje', '66667788', 'de handleiding van de Narwalmachine');
    const ambassador = await linkedAmbassador('Cor Visser');
    const session = await signedUp(who, ambassador);
    expect((await api('POST', `/intakes/${await fileOf(session)}/finish`)).status).toBe(200);

    const stranger = person('Gerarda', '77778899', 'vraag over de Dugongbus');
    const helper = await linkedAmbassador('Dirk Bos');
    const asking = await web().open({ ref: helper.code });
    await web().say(asking, 'ja');
    await web().say(asking, stranger.name);
    await helpedBy(helper, asking, stranger);

    clock.set(new Date(clock.now().getTime() + 13 * 31 * 86_400_000));
    expect((await api('POST', '/retention/run')).status).toBe(200);
    await expectGone(who);
    await expectGone(stranger);
    expect(await ambassadorSees(ambassador)).not.toContain(who.ownWords);
    expect(await ambassadorSees(helper)).not.toContain(stranger.ownWords);
  });
});
