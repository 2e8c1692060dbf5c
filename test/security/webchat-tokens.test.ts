import { fixedClock, suiteServer } from '../support/test-app';
import { WebChatClient, type WebChatSession } from './webchat-client';

const DAY = 86_400_000;

describe('web chat tokens and limits', () => {
  const clock = fixedClock();
  const server = suiteServer({ RUN_SCHEDULER: 'false' }, clock);
  const client = () => new WebChatClient(server.app.url);
  const poll = (session: WebChatSession, token = session.token) => client().call('GET', `/conversations/${session.conversationId}/activities`, token).then((r) => r.status);
  const refresh = async (token: string) => ((await client().call('POST', '/tokens/refresh', token)).body as WebChatSession).token;
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  it('an old token stops working after a refresh', async () => {
    const session = await client().open();
    const fresh = await refresh(session.token);
    expect(await poll(session, fresh)).toBe(200);
    expect(await poll(session, session.token)).toBe(403);
    expect((await client().call('POST', '/tokens/refresh', session.token)).status).toBe(403);
  });

  it('limits one conversation, however often its token is refreshed', async () => {
    const session = await client().open();
    let token = session.token;
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      statuses.push(...(await Promise.all(Array.from({ length: 30 }, () => poll(session, token)))));
      later(1000);
      token = await refresh(token);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    later(60_000);
  });

  it('an expired token reopens the chat only within 30 days of its last use, not forever by chaining', async () => {
    const session = await client().open();
    expect(await client().say(session, 'ja')).toMatch(/\?/);
    later(29 * DAY);
    const first = (await client().call('POST', '/tokens/generate', undefined, { resume: session.token })).body as WebChatSession;
    expect(first.conversationId).toBe(session.conversationId);
    // Each resume ends the token it came with.
    const replay = (await client().call('POST', '/tokens/generate', undefined, { resume: session.token })).body as WebChatSession;
    expect(replay.conversationId).not.toBe(session.conversationId);
    later(29 * DAY);
    const second = (await client().call('POST', '/tokens/generate', undefined, { resume: first.token })).body as WebChatSession;
    expect(second.conversationId).not.toBe(session.conversationId);
  });

  it('a saved token reopens the chat after the page refreshed its token, as a reload does', async () => {
    const session = await client().open();
    await client().say(session, 'ja');
    await refresh(await refresh(session.token));
    const reopened = (await client().call('POST', '/tokens/generate', undefined, { resume: session.token })).body as WebChatSession;
    expect(reopened.conversationId).toBe(session.conversationId);
  });
});

describe('the web chat limit per address', () => {
  const server = suiteServer({ RUN_SCHEDULER: 'false' });
  const client = () => new WebChatClient(server.app.url);
  const poll = (session: WebChatSession) => client().call('GET', `/conversations/${session.conversationId}/activities`, session.token).then((r) => r.status);

  it('limits one address over many conversations', async () => {
    const sessions: WebChatSession[] = [];
    for (let i = 0; i < 20; i++) sessions.push(await client().open());
    const statuses = await Promise.all(sessions.flatMap((session) => Array.from({ length: 38 }, () => poll(session))));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});
