import type { App } from '../../src/app/index';
import { COORDINATOR_TOKEN, fixedClock, startTestApp, tempDataDir } from '../support/test-app';

interface Session {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  suggestedActions?: { actions: { title: string }[] };
}

describe('the Direct Line channel of the web chat', () => {
  const clock = fixedClock();
  let app: App;
  let data: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    data = await tempDataDir();
    app = await startTestApp(data.dir, {}, clock);
  });
  afterAll(async () => {
    await app.close();
    await data.remove();
  });

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${app.url}/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
  };

  const open = async (fields: Record<string, unknown> = {}) => {
    const generated = await call('POST', '/tokens/generate', undefined, fields);
    expect(generated.status).toBe(200);
    const session = generated.body as Session;
    const started = await call('POST', '/conversations', session.token);
    expect(started.status).toBe(200);
    return session;
  };

  const activities = async (session: Session, watermark = 0) => {
    const result = await call('GET', `/conversations/${session.conversationId}/activities?watermark=${watermark}`, session.token);
    expect(result.status).toBe(200);
    return result.body as { activities: Activity[]; watermark: string };
  };

  const say = async (session: Session, text: string) => {
    const before = Number((await activities(session)).watermark);
    const posted = await call('POST', `/conversations/${session.conversationId}/activities`, session.token, {
      type: 'message',
      text,
      from: { id: 'someone-else' },
    });
    expect(posted.status).toBe(200);
    return (await activities(session, before + 1)).activities.map((a) => a.text ?? '').join('\n');
  };

  it('lets the bot speak first, with buttons', async () => {
    const session = await open();
    const { activities: first } = await activities(session);
    expect(first[0].text).toMatch(/Hoi, ik ben de Taalbot/);
    expect(first[first.length - 1].suggestedActions?.actions.map((a) => a.title)).toContain('Ja, dat is goed');
    expect(first.every((a) => a.from.role === 'bot')).toBe(true);
  });

  it('keeps the whole conversation for a reload, and never starts it twice', async () => {
    const session = await open();
    await say(session, 'ja');
    const reopened = await call('GET', `/conversations/${session.conversationId}?watermark=`, session.token);
    expect(reopened.status).toBe(200);
    const all = (await activities(session)).activities;
    expect(all.filter((a) => /Hoi, ik ben de Taalbot/.test(a.text ?? ''))).toHaveLength(1);
    expect(all.some((a) => a.from.role === 'user' && a.text === 'ja')).toBe(true);
    expect(all.find((a) => a.from.role === 'user')?.from.id).toBe(session.userId);
  });

  it('reopens the same conversation with an old token, even after it expired', async () => {
    const session = await open();
    clock.set(new Date(clock.now().getTime() + 2 * 3600_000));
    expect((await call('GET', `/conversations/${session.conversationId}/activities`, session.token)).status).toBe(403);
    const resumed = (await call('POST', '/tokens/generate', undefined, { resume: session.token })).body as Session;
    expect(resumed.conversationId).toBe(session.conversationId);
    expect((await activities(resumed)).activities.length).toBeGreaterThan(0);
  });

  it('refreshes a token', async () => {
    const session = await open();
    const refreshed = await call('POST', '/tokens/refresh', session.token);
    expect(refreshed.status).toBe(200);
    expect((refreshed.body as Session).conversationId).toBe(session.conversationId);
  });

  it('never lets one conversation’s token read or post into another', async () => {
    const alice = await open();
    const bob = await open();
    await say(bob, 'ja');
    const read = await call('GET', `/conversations/${bob.conversationId}/activities`, alice.token);
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toMatch(/Taalbot/);
    const post = await call('POST', `/conversations/${bob.conversationId}/activities`, alice.token, { type: 'message', text: 'stop' });
    expect(post.status).toBe(403);
    expect((await call('GET', `/conversations/${bob.conversationId}/activities`)).status).toBe(401);
    const forged = `${alice.token.split('.')[0]}.${bob.token.split('.')[1]}`;
    expect((await call('GET', `/conversations/${alice.conversationId}/activities`, forged)).status).toBe(401);
  });

  it('answers bad activities with 400', async () => {
    const session = await open();
    const path = `/conversations/${session.conversationId}/activities`;
    expect((await call('POST', path, session.token, { type: 'message', text: 'x'.repeat(5000) })).status).toBe(400);
    expect((await call('POST', path, session.token, { type: 'bogus' })).status).toBe(400);
    expect((await call('POST', path, session.token, [1, 2])).status).toBe(400);
  });

  /** The buttons of the bot's last message. */
  const buttonsOf = async (session: Session) => (await activities(session)).activities.filter((a) => a.from.role === 'bot').at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];

  it('books a seat in 5 tapped answers, and stores the referral code of ?ref= with the sign-up', async () => {
    const session = await open({ ref: 'ANNA-7' });
    let answers = 0;
    const answer = (text: string) => {
      answers += 1;
      return say(session, text);
    };
    await answer(((await buttonsOf(session))[0]));
    expect(await answer('Joop')).toMatch(/Wat wil je leren\?/);
    await answer((await buttonsOf(session))[0]);
    expect(await answer('Maakt niet uit')).toMatch(/Welke wil je\?/);
    const seats = await buttonsOf(session);
    expect(seats.at(-1)).toBe('Andere tijd');
    expect(await answer(seats[0])).toMatch(/Gelukt!/);
    expect(answers).toBeLessThanOrEqual(5);
    const intakes = (await (
      await fetch(`${app.url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } })
    ).json()) as { channelUserId: string; referralCode: string | null; status: string }[];
    expect(intakes.find((i) => i.channelUserId === session.userId)).toMatchObject({ referralCode: 'ANNA-7', status: 'booked' });
  });

  it('slows down a client that asks for too many tokens', async () => {
    const statuses = await Promise.all(Array.from({ length: 40 }, () => call('POST', '/tokens/generate', undefined, {})));
    expect(statuses.some((r) => r.status === 429)).toBe(true);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
