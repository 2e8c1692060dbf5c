import { openDomain, type Domain } from '../../src/domain';
import { systemActor, type Actor } from '../../src/domain/audit';
import type { Group, Location } from '../../src/domain/catalog';
import type { Store } from '../../src/domain/store';
import { SqlStore } from '../../src/storage/sql/sql-store';
import { testSettings } from '../support/domain-settings';
import { fixedClock, tempDataDir } from '../support/test-app';
import { memoryStore } from '../support/test-store';
import { bookedWorker } from '../support/workers';

const place: Location = { id: 'bieb', name: 'Bieb', street: 'Brink 1', town: 'Deventer', contact: { name: 'Els' } };
/** Tuesdays at 9.30; booked on Wednesday 25 November 2026, the first lesson is Tuesday 1 December. */
const tuesdays: Group = {
  id: 'di-ochtend', kind: 'group', name: 'Dinsdagochtend', goals: ['reading'], times: [{ weekday: 'tue', start: '09:30', minutes: 90 }],
  locationId: 'bieb', capacity: 12, startDate: '2026-09-01', teacher: 'Anja', createdAt: '2026-09-01T00:00:00Z',
};
const anja: Actor = { kind: 'account', id: 'anja', label: 'anja@bieb.example' };
const at = (iso: string) => new Date(iso);

async function domainOver(store: Store, clock: ReturnType<typeof fixedClock>): Promise<Domain> {
  const domain = await openDomain({ store, clock, overflowName: () => 'nieuw', settings: testSettings({ reminderHour: 17 }) });
  await domain.catalog.saveLocation(place);
  await domain.catalog.saveGroup(tuesdays);
  return domain;
}

describe('attendance per lesson', () => {
  let clock: ReturnType<typeof fixedClock>;
  let domain: Domain;
  beforeEach(async () => {
    clock = fixedClock(at('2026-11-25T09:00:00Z'));
    domain = await domainOver(await memoryStore(), clock);
  });

  it('lists who is booked for the lesson, and keeps present, absent and afgemeld with who marked it and when', async () => {
    const [ans, bert, cor] = [await bookedWorker(domain, 'Ans', tuesdays.id), await bookedWorker(domain, 'Bert', tuesdays.id), await bookedWorker(domain, 'Cor', tuesdays.id)];
    expect((await domain.attendance.list(tuesdays.id, '2026-11-24')).rows).toEqual([]);
    clock.set(at('2026-12-01T10:00:00Z'));
    const list = await domain.attendance.list(tuesdays.id, '2026-12-01');
    expect(list.rows.map((row) => row.intake.name)).toEqual(['Ans', 'Bert', 'Cor']);

    await domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'present', anja);
    await domain.attendance.mark(tuesdays.id, '2026-12-01', bert.id, 'present', anja);
    await domain.attendance.mark(tuesdays.id, '2026-12-01', bert.id, 'absent', anja);
    await domain.attendance.mark(tuesdays.id, '2026-12-01', cor.id, 'excused', anja);
    const marked = await domain.attendance.list(tuesdays.id, '2026-12-01');
    expect(marked.rows.map((row) => [row.intake.name, row.mark?.mark, row.mark?.by, row.mark?.at])).toEqual([
      ['Ans', 'present', 'anja@bieb.example', '2026-12-01T10:00:00.000Z'],
      ['Bert', 'absent', 'anja@bieb.example', '2026-12-01T10:00:00.000Z'],
      ['Cor', 'excused', 'anja@bieb.example', '2026-12-01T10:00:00.000Z'],
    ]);
    expect((await domain.audit.list({ action: 'attendance.marked' })).length).toBe(4);
  });

  it('refuses a date the group has no lesson, and present for a lesson still ahead', async () => {
    const ans = await bookedWorker(domain, 'Ans', tuesdays.id);
    await expect(domain.attendance.mark(tuesdays.id, '2026-12-02', ans.id, 'present', anja)).rejects.toMatchObject({ code: 'invalid' });
    await expect(domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'present', anja)).rejects.toMatchObject({ code: 'invalid' });
    await expect(domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'excused', anja)).resolves.toMatchObject({ mark: 'excused' });
  });

  it('marks everyone without a mark present in one go', async () => {
    const workers: Awaited<ReturnType<typeof bookedWorker>>[] = [];
    for (let i = 0; i < 10; i++) workers.push(await bookedWorker(domain, `Worker ${i}`, tuesdays.id));
    clock.set(at('2026-12-01T10:00:00Z'));
    await domain.attendance.mark(tuesdays.id, '2026-12-01', workers[3].id, 'absent', anja);
    expect(await domain.attendance.markRestPresent(tuesdays.id, '2026-12-01', anja)).toBe(9);
    const rows = (await domain.attendance.list(tuesdays.id, '2026-12-01')).rows;
    expect(rows.filter((row) => row.mark?.mark === 'present')).toHaveLength(9);
    expect(rows.find((row) => row.intake.id === workers[3].id)?.mark?.mark).toBe('absent');
  });

  it('counts lessons and the 2-year date from attendance where marked, and from the calendar where not', async () => {
    const ans = await bookedWorker(domain, 'Ans', tuesdays.id);
    clock.set(at('2026-12-16T10:00:00Z'));
    const before = (await domain.files.open(ans.id, systemActor)).participation;
    expect(before).toMatchObject({ firstLesson: '2026-12-01', lessons: 3, attended: 0, unmarked: 3, twoYearsOn: '2028-12-01' });

    await domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'absent', anja);
    await domain.attendance.mark(tuesdays.id, '2026-12-08', ans.id, 'present', anja);
    const after = (await domain.files.open(ans.id, systemActor)).participation;
    expect(after).toMatchObject({ firstLesson: '2026-12-08', lessons: 2, attended: 1, unmarked: 1, missed: 1, twoYearsOn: '2028-12-08' });
    const [listed] = await domain.files.list({});
    expect(listed.participation).toMatchObject({ lessons: 2, attended: 1 });
    const facts = await domain.reports.facts();
    expect(facts.find((f) => f.id === ans.id)?.startedOn).toBe('2026-12-08');
  });

  it('flags two lessons in a row marked absent, not one, and not afgemeld', async () => {
    const ans = await bookedWorker(domain, 'Ans', tuesdays.id);
    clock.set(at('2026-12-16T10:00:00Z'));
    await domain.attendance.mark(tuesdays.id, '2026-12-08', ans.id, 'absent', anja);
    expect((await domain.files.open(ans.id, systemActor)).participation.missedTwice).toBe(false);
    await domain.attendance.mark(tuesdays.id, '2026-12-15', ans.id, 'absent', anja);
    expect((await domain.files.open(ans.id, systemActor)).participation.missedTwice).toBe(true);
    await domain.attendance.mark(tuesdays.id, '2026-12-15', ans.id, 'excused', anja);
    expect((await domain.files.open(ans.id, systemActor)).participation.missedTwice).toBe(false);
  });

  it('marks the next lesson afgemeld when the worker says ahead, and keeps the place', async () => {
    const ans = await bookedWorker(domain, 'Ans', tuesdays.id);
    clock.set(at('2026-12-07T15:00:00Z'));
    const mark = await domain.attendance.sayAhead(ans.id);
    expect(mark).toMatchObject({ date: '2026-12-08', mark: 'excused', byKind: 'worker' });
    expect(await domain.intakes.get(ans.id)).toMatchObject({ status: 'booked', booking: { groupId: tuesdays.id } });
  });
});

describe('the one message after a missed first lesson', () => {
  it('is due the day after, goes out once, also after a restart, and not when afgemeld', async () => {
    const data = await tempDataDir();
    const clock = fixedClock(at('2026-11-25T09:00:00Z'));
    const open = () => SqlStore.open({ engine: 'sqlite', dataDir: data.dir, fsync: false });
    let store = await open();
    let domain = await domainOver(store, clock);
    const [ans, bert, cor] = [await bookedWorker(domain, 'Ans', tuesdays.id), await bookedWorker(domain, 'Bert', tuesdays.id), await bookedWorker(domain, 'Cor', tuesdays.id)];
    clock.set(at('2026-12-01T10:00:00Z'));
    await domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'absent', anja);
    await domain.attendance.mark(tuesdays.id, '2026-12-01', bert.id, 'excused', anja);
    await domain.attendance.mark(tuesdays.id, '2026-12-01', cor.id, 'present', anja);
    const missed = async () => (await domain.notices.due()).filter((n) => n.kind === 'missed-first');

    expect(await missed()).toEqual([]);
    clock.set(at('2026-12-02T15:00:00Z'));
    expect(await missed()).toEqual([]);
    clock.set(at('2026-12-02T16:05:00Z'));
    const [notice, ...more] = await missed();
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ intakeId: ans.id, session: { groupId: tuesdays.id, date: '2026-12-01' } });
    expect(await domain.notices.stillWanted(notice)).toBe(true);
    await domain.notices.sending(notice);
    await domain.notices.sent(notice);

    await store.close();
    store = await open();
    domain = await domainOver(store, clock);
    clock.set(at('2026-12-03T16:05:00Z'));
    expect(await missed()).toEqual([]);
    expect((await domain.attendance.followUpsOf(ans.id)).map((n) => n.status)).toEqual(['sent']);
    expect(await domain.attendance.followUpsOf(bert.id)).toEqual([]);

    const openOne = await domain.attendance.openFollowUp(ans.id);
    await domain.attendance.answerFollowUp(openOne!.id, 'next-time');
    expect(await domain.attendance.openFollowUp(ans.id)).toBeUndefined();
    expect((await domain.attendance.followUpsOf(ans.id))[0].answer).toMatchObject({ choice: 'next-time' });
    await store.close();
    await data.remove();
  });

  it('is dropped when the mark is changed before it goes out', async () => {
    const clock = fixedClock(at('2026-11-25T09:00:00Z'));
    const domain = await domainOver(await memoryStore(), clock);
    const ans = await bookedWorker(domain, 'Ans', tuesdays.id);
    clock.set(at('2026-12-01T10:00:00Z'));
    await domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'absent', anja);
    clock.set(at('2026-12-02T16:05:00Z'));
    const [notice] = (await domain.notices.due()).filter((n) => n.kind === 'missed-first');
    await domain.attendance.mark(tuesdays.id, '2026-12-01', ans.id, 'excused', anja);
    expect(await domain.notices.stillWanted(notice)).toBe(false);
  });
});
