import { openDomain, type Domain } from '../../src/domain';
import type { Location } from '../../src/domain/catalog';
import type { Reach } from '../../src/domain/ambassadors';
import { understandAmbassadorCommand, understandHelperRequest, understandLinkSecret } from '../../src/nlu/ambassador-words';
import { memoryStore } from '../support/test-store';
import { testSettings } from '../support/domain-settings';
import { draft } from '../support/workers';

const library: Location = { id: 'lib', name: 'Bieb', street: 'Brink 1', town: 'Deventer', contact: { name: 'Els', phone: '0570 1' } };

function movableClock() {
  let now = new Date('2026-11-25T09:00:00Z');
  return { now: () => now, advance: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)) };
}

async function domainWith(clock = movableClock()): Promise<Domain> {
  const domain = await openDomain({ store: await memoryStore(), clock, overflowName: () => 'new', settings: testSettings({ handoffMinutes: 10 }) });
  await domain.catalog.saveLocation(library);
  return domain;
}

const chat = (user: string): Reach => ({ channel: 'test', userId: user, conversationId: `c-${user}` });
const worker = (user: string) => ({ ...chat(user), name: `${user} Jansen` });

describe('taalambassadeurs', () => {
  it('links a chat once with the secret, never after it expired or was used', async () => {
    const clock = movableClock();
    const domain = await domainWith(clock);
    const { ambassador, linkSecret } = await domain.ambassadors.add({ name: 'Anja', locationId: 'lib' });
    expect(ambassador.linkSecret?.hash).not.toContain(linkSecret);

    const late = await domain.ambassadors.newLinkSecret(ambassador.id);
    expect(await domain.ambassadors.link(linkSecret, chat('a'))).toBeUndefined();
    clock.advance(8 * 24 * 60);
    expect(await domain.ambassadors.link(late, chat('a'))).toBeUndefined();

    const fresh = await domain.ambassadors.newLinkSecret(ambassador.id);
    expect((await domain.ambassadors.link(fresh, chat('a')))?.reach).toEqual(chat('a'));
    expect(await domain.ambassadors.link(fresh, chat('b'))).toBeUndefined();
    expect((await domain.ambassadors.byReach('test', 'a'))?.id).toBe(ambassador.id);
  });

  it('refuses a place that does not exist', async () => {
    const domain = await domainWith();
    await expect(domain.ambassadors.add({ name: 'Anja', locationId: 'nowhere' })).rejects.toThrow(/location nowhere/);
  });
});

describe('handing a worker over to an ambassador', () => {
  async function setUp() {
    const clock = movableClock();
    const domain = await domainWith(clock);
    const { ambassador, linkSecret } = await domain.ambassadors.add({ name: 'Anja de Vries', locationId: 'lib' });
    await domain.ambassadors.link(linkSecret, chat('anja'));
    return { clock, domain, ambassador };
  }

  it('shows a worker in a live chat with an ambassador under "in gesprek", and no longer once it is closed', async () => {
    const { domain, ambassador } = await setUp();
    const file = await domain.intakes.submit({ ...draft('Piet'), channel: 'test', channelUserId: 'piet', conversationId: 'c-piet' });
    const inConversation = async () => (await domain.files.list({ filter: 'handoff' })).map((f) => f.intake.id);
    expect(await inConversation()).toEqual([]);
    const asked = await domain.handoffs.request({ worker: worker('piet'), where: 'Wat wil je doen?', asked: 'iemand spreken', referralCode: ambassador.code });
    expect(await inConversation()).toEqual([file.id]);
    if (asked.kind !== 'asked') throw new Error('no ambassador was asked');
    await domain.handoffs.close(asked.handoff.id, 'worker');
    expect(await inConversation()).toEqual([]);
  });

  it('asks the ambassador of the worker’s link, and holds the worker’s messages until they accept', async () => {
    const { domain, ambassador } = await setUp();
    const asked = await domain.handoffs.request({ worker: worker('piet'), where: 'Wat wil je leren?', asked: 'iemand spreken', referralCode: ambassador.code.toLowerCase() });
    expect(asked).toMatchObject({ kind: 'asked', ambassador: { id: ambassador.id } });
    if (asked.kind !== 'asked') return;

    await domain.handoffs.relay(asked.handoff.id, 'worker', 'Ben je er?');
    const kinds = async () => (await domain.handoffs.undelivered()).flatMap((e) => e.envelopes.map((env) => env.message.kind));
    expect(await kinds()).toEqual(['request']);
    await domain.handoffs.accept(ambassador.id);
    expect(await kinds()).toEqual(['request', 'text', 'accepted']);
  });

  it('expires a request only when its time is up, and keeps unsent messages for the coordinator', async () => {
    const { clock, domain, ambassador } = await setUp();
    const asked = await domain.handoffs.request({ worker: worker('kees'), where: '?', asked: 'help van anja', helperName: 'Anja' });
    if (asked.kind !== 'asked') throw new Error('not asked');
    await domain.handoffs.relay(asked.handoff.id, 'worker', 'Hallo?');

    clock.advance(9);
    expect(await domain.handoffs.expireDue()).toEqual([]);
    clock.advance(1);
    expect(await domain.handoffs.expireDue()).toHaveLength(1);
    expect(await domain.handoffs.accept(ambassador.id)).toEqual({ kind: 'nothing-waiting' });

    const closed = await domain.handoffs.close(asked.handoff.id, 'worker', 'coordinator');
    expect(closed).toMatchObject({ status: 'closed', outcome: 'coordinator', unsent: ['Hallo?'] });
    expect((await domain.handoffs.activeForWorker('test', 'kees'))).toBeUndefined();
  });

  it('finds nobody when no ambassador linked a chat, and never asks workers to help themselves', async () => {
    const domain = await domainWith();
    const { ambassador } = await domain.ambassadors.add({ name: 'Bas', locationId: 'lib' });
    expect(await domain.handoffs.request({ worker: worker('x'), where: '?', asked: '?', referralCode: ambassador.code })).toEqual({ kind: 'nobody', locationId: 'lib' });

    const { domain: other, ambassador: anja } = await setUp();
    const self = { ...chat('anja'), name: 'Anja' };
    expect(await other.handoffs.request({ worker: self, where: '?', asked: '?', referralCode: anja.code })).toMatchObject({ kind: 'nobody' });
  });
});

describe('what ambassadors and workers say', () => {
  it.each([
    ['mijn link', 'myLink'],
    ['Mijn QR code', 'myLink'],
    ['mijn aanmeldingen', 'mySignUps'],
    ['mijn aanmeldigen', 'mySignUps'],
    ['Ja, ik help', 'accept'],
    ['klaar', 'done'],
    ['Ik ben klaar!', 'done'],
    ['ik wil leren lezen', undefined],
  ])('reads "%s" as %s', (text, command) => {
    expect(understandAmbassadorCommand(text)).toBe(command);
  });

  it.each([
    ['help van Anja', 'Anja'],
    ['Ik wil hulp van anja', 'Anja'],
    ['ik wil Karim spreken', 'Karim'],
    ['ik wil iemand spreken', undefined],
    ['hulp van iemand', undefined],
  ])('reads "%s" as asking for %s', (text, name) => {
    expect(understandHelperRequest(text)).toBe(name);
  });

  it('reads the link secret after "koppel"', () => {
    expect(understandLinkSecret('koppel abcd2345efgh')).toBe('ABCD2345EFGH');
    expect(understandLinkSecret('koppel')).toBeUndefined();
  });
});
