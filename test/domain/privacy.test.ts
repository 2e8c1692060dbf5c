import { openDomain, type Domain } from '../../src/domain';
import { systemActor } from '../../src/domain/audit';
import type { Intake } from '../../src/domain/intake';
import { dialogStateData } from '../../src/bot/personal-data';
import { webChatData } from '../../src/webchat/personal-data';
import { memoryStore } from '../support/test-store';
import type { SqlStore } from '../../src/storage/sql/sql-store';
import { WebChatConversations } from '../../src/webchat/conversations';
import { fixedClock } from '../support/test-app';
import { draft } from '../support/workers';
import { seedDemoData } from '../../src/demo/seed';
import { testSettings } from '../support/domain-settings';

const coordinator = { kind: 'account' as const, id: 'acc-1', label: 'els@bieb.example' };

async function setUp(retentionMonths = 12, stored: Intake[] = []) {
  const clock = fixedClock(new Date('2026-11-25T09:00:00Z'));
  const store = await memoryStore();
  for (const intake of stored) await store.intakes.put(intake);
  const domain = await openDomain({ store, clock, overflowName: () => 'new', settings: testSettings({ retentionMonths }) });
  await seedDemoData(domain, clock.now());
  const conversations = new WebChatConversations(store.webChat, clock);
  domain.privacy.addHolder(dialogStateData(store.documents('dialog-state')));
  domain.privacy.addHolder(webChatData(conversations));
  return { clock, store, domain, conversations };
}

/** A worker who signed up in the web chat: a transcript and a dialog state are stored too. */
async function webChatWorker(domain: Domain, store: SqlStore, conversations: WebChatConversations, name: string) {
  const conversation = await conversations.create();
  await conversations.append(conversation.id, { type: 'message', from: { id: conversation.userId, name: '' }, text: `Ik heet ${name}` });
  await store.documents('dialog-state').put(`webchat/conversations/${conversation.id}/`, { answers: { name } });
  const intake = await domain.intakes.submit(draft(name, { channel: 'webchat', channelUserId: conversation.userId, conversationId: conversation.id }));
  return domain.bookings.book(intake.id, 'taal-di-do-ochtend');
}

function cancelledFile(name: string, at: string, person = `user-${name}`): Intake {
  return {
    ...draft(name, { channelUserId: person }),
    id: `cancelled-${name}`,
    status: 'cancelled',
    evaluations: [],
    history: [
      { at: '2025-12-01T10:00:00.000Z', event: 'submitted' },
      { at: '2025-12-01T10:00:00.000Z', event: 'booked', groupId: 'taal-di-do-ochtend' },
      { at, event: 'cancelled' },
    ],
    createdAt: '2025-12-01T10:00:00.000Z',
    updatedAt: at,
  };
}

describe('a worker\'s data', () => {
  it('exports as JSON with the file, the groups and the web chat transcript', async () => {
    const { domain, store, conversations } = await setUp();
    const anna = await webChatWorker(domain, store, conversations, 'Anna');
    const exported = await domain.privacy.exportFor(anna.id);
    expect(exported.files.map((f) => f.name)).toEqual(['Anna']);
    expect(exported.groups.map((g) => g.name)).toEqual(['Taal, dinsdag en donderdag']);
    expect(exported.elsewhere.webChatTranscript).toEqual([expect.objectContaining({ from: 'worker', text: 'Ik heet Anna' })]);
    expect(exported.elsewhere.dialogState).toEqual({ answers: { name: 'Anna' } });
    expect((await domain.audit.list({ intakeId: anna.id }))[0]).toMatchObject({ action: 'file.exported', actor: { kind: 'worker', label: 'worker' } });
  });

  it('erases everywhere: every file of the person, the dialog state, the transcript; the seat frees', async () => {
    const { domain, store, conversations } = await setUp();
    const anna = await webChatWorker(domain, store, conversations, 'Anna');
    const older = await domain.intakes.submit(draft('Anna', { channel: 'webchat', channelUserId: anna.channelUserId, conversationId: anna.conversationId }));
    const taken = (await domain.bookings.seatsTaken('taal-di-do-ochtend'));

    expect(await domain.privacy.erase(anna.id, coordinator)).toBe(2);

    expect(await store.intakes.get(anna.id)).toBeUndefined();
    expect(await store.intakes.get(older.id)).toBeUndefined();
    expect(await store.documents('dialog-state').get(`webchat/conversations/${anna.conversationId}/`)).toBeUndefined();
    // The conversation stays, so an open page goes on; its transcript holds nothing of Anna's.
    expect((await conversations.transcript(anna.conversationId)).every((a) => a.type === 'event' && !a.text)).toBe(true);
    expect((await domain.bookings.seatsTaken('taal-di-do-ochtend'))).toBe(taken - 1);

    const everything = JSON.stringify([await store.intakes.find(), await store.anonymousFacts.find(), await store.audit.find(), await conversations.transcript(anna.conversationId)]);
    expect(everything).not.toContain('Anna');
    expect((await domain.audit.list({ intakeId: anna.id }))[0]).toMatchObject({ action: 'worker.erased', actor: coordinator });
  });

  it('keeps anonymous counts after erasure, so a past period\'s report does not change', async () => {
    const { domain, store, conversations } = await setUp();
    const anna = await webChatWorker(domain, store, conversations, 'Anna');
    await domain.files.addCertificate(anna.id, { date: '2026-11-25', which: 'Taal 1F' }, coordinator);
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const before = (await domain.reports.summary(period));
    await domain.privacy.erase(anna.id, coordinator);
    expect((await domain.reports.summary(period))).toEqual(before);
    expect(before).toMatchObject({ signUps: 1, certificates: 1, perGoal: [{ key: 'reading', count: 1 }] });
  });
});

describe('the retention job (RETENTION_MONTHS after the last lesson or a cancellation)', () => {
  it('erases a cancelled file 12 months after the cancellation, not a day sooner', async () => {
    const { domain, clock } = await setUp(12, [cancelledFile('Cees', '2026-01-10T10:00:00.000Z')]);
    clock.set(new Date('2027-01-09T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(0);
    clock.set(new Date('2027-01-10T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(1);
    expect((await domain.intakes.get('cancelled-Cees'))).toBeUndefined();
    expect((await domain.audit.list({ action: 'worker.erased' }))[0]).toMatchObject({ actor: systemActor, detail: '1 file(s), retention' });
  });

  it('counts from the day a coordinator marks the worker finished', async () => {
    const { domain, clock } = await setUp();
    const intake = await domain.intakes.submit(draft('Dina'));
    await domain.bookings.book(intake.id, 'taal-di-do-ochtend');
    await domain.files.finish(intake.id, coordinator);
    clock.set(new Date('2027-11-24T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(0);
    clock.set(new Date('2027-11-25T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(1);
  });

  it('counts from the end date of the worker\'s group, and never touches a worker still in lessons', async () => {
    const { domain, clock } = await setUp();
    const ending = { ...(await domain.catalog.current()).group('taal-di-do-ochtend'), id: 'ending', endDate: '2026-12-31' };
    await domain.catalog.saveGroup(ending);
    const leaving = await domain.intakes.submit(draft('Eef'));
    await domain.bookings.book(leaving.id, 'ending');
    const staying = await domain.intakes.submit(draft('Fien'));
    await domain.bookings.book(staying.id, 'taal-di-do-ochtend');

    clock.set(new Date('2027-12-30T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(0);
    clock.set(new Date('2027-12-31T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(1);
    clock.set(new Date('2031-01-01T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(0);
    expect((await domain.intakes.get(staying.id))?.name).toBe('Fien');
  });

  it('uses the configured number of months', async () => {
    const { domain, clock } = await setUp(6, [cancelledFile('Gijs', '2026-01-10T10:00:00.000Z')]);
    clock.set(new Date('2026-07-10T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(1);
  });

  it('keeps an old cancelled file while the same person takes lessons again', async () => {
    const { domain, clock } = await setUp(12, [cancelledFile('Hans', '2026-01-10T10:00:00.000Z', 'hans')]);
    const again = await domain.intakes.submit(draft('Hans', { channelUserId: 'hans' }));
    await domain.bookings.book(again.id, 'taal-di-do-ochtend');
    clock.set(new Date('2027-06-01T12:00:00Z'));
    expect(await domain.privacy.applyRetention()).toBe(0);
    expect((await domain.intakes.get('cancelled-Hans'))).toBeDefined();
  });
});
