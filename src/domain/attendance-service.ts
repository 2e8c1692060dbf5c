import type { Actor } from './audit';
import type { AuditLog } from './audit-log';
import { currentSession, isSessionOf, markId, sessionDates, type AttendanceMark, type Mark } from './attendance';
import type { Group } from './catalog';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { addDays, localDateOf, type LocalDate } from './dates';
import { invalid, notFound } from './errors';
import type { Intake } from './intake';
import type { FollowUpAnswer, Notice } from './notice';
import type { Store } from './store';

/** One worker on the list of a lesson: who is expected, and what is marked so far. */
export interface ListRow {
  intake: Intake;
  mark?: AttendanceMark;
  /** The message after a missed first lesson, when one went out. */
  followUp?: Notice;
}

export interface SessionList {
  group: Group;
  date: LocalDate;
  rows: ListRow[];
}

/** How long after the message a tap on one of its buttons still counts as its answer. */
const FOLLOW_UP_OPEN_DAYS = 14;

/**
 * Attendance per lesson of a group: the expected list (who is booked for that date),
 * marks present / absent / afgemeld with who marked it and when, in the audit log too.
 */
export class AttendanceService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  today(): LocalDate {
    return localDateOf(this.clock.now());
  }

  /** The lesson to take attendance for now: today's, else the latest one before. */
  async currentSession(groupId: string): Promise<LocalDate | undefined> {
    return currentSession(await this.group(groupId), this.today());
  }

  /** The lessons of the group in the 8 weeks up to today, newest first. */
  async recentSessions(groupId: string): Promise<LocalDate[]> {
    const today = this.today();
    return sessionDates(await this.group(groupId), addDays(today, -55), today).reverse();
  }

  /** Who is expected at this lesson (booked there with a first lesson on or before it, or already marked), by name. */
  async list(groupId: string, date: LocalDate): Promise<SessionList> {
    const group = await this.session(groupId, date);
    const [booked, marks, followUps] = await Promise.all([
      this.store.intakes.find({ bookedGroupId: groupId }),
      this.store.attendance.find({ groupId, date }),
      this.store.notices.find({ kind: 'missed-first' }),
    ]);
    const markOf = new Map(marks.map((m) => [m.intakeId, m]));
    const expected = new Map(booked.filter((i) => i.booking!.firstLesson <= date).map((i) => [i.id, i]));
    for (const mark of marks) {
      if (expected.has(mark.intakeId)) continue;
      const intake = await this.store.intakes.get(mark.intakeId);
      if (intake) expected.set(intake.id, intake);
    }
    const rows = [...expected.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((intake) => {
        const mark = markOf.get(intake.id);
        const followUp = followUps.filter((n) => n.intakeId === intake.id).at(-1);
        return { intake, ...(mark ? { mark } : {}), ...(followUp ? { followUp } : {}) };
      });
    return { group, date, rows };
  }

  /** Marks one worker at one lesson; a second mark replaces the first. Present and absent only on or before today. */
  async mark(groupId: string, date: LocalDate, intakeId: string, mark: Mark, by: Actor): Promise<AttendanceMark> {
    await this.session(groupId, date);
    if (mark !== 'excused' && date > this.today()) throw invalid('a lesson ahead can only be marked afgemeld', 'date');
    const intake = await this.store.intakes.get(intakeId);
    if (!intake) throw notFound('intake', intakeId);
    const record: AttendanceMark = { id: markId(groupId, date, intakeId), groupId, date, intakeId, mark, by: by.label, byKind: by.kind, at: this.clock.now().toISOString() };
    await this.store.transaction(async (tx) => {
      await tx.attendance.put(record);
      await this.audit.record(by, 'attendance.marked', { intakeId, groupId, detail: `${date} ${mark}` });
    });
    return record;
  }

  /** Everyone on the list without a mark yet is marked present: one tap when all came. */
  async markRestPresent(groupId: string, date: LocalDate, by: Actor): Promise<number> {
    const { rows } = await this.list(groupId, date);
    const open = rows.filter((row) => !row.mark);
    for (const row of open) await this.mark(groupId, date, row.intake.id, 'present', by);
    return open.length;
  }

  /**
   * The worker says in the chat they cannot come ("ik kan morgen niet"): their next lesson
   * on or after `from` (tomorrow when not given) is marked afgemeld. The place stays theirs.
   */
  async sayAhead(intakeId: string, from?: LocalDate): Promise<AttendanceMark> {
    const intake = await this.store.intakes.get(intakeId);
    if (intake?.status !== 'booked' || !intake.booking) throw notFound('booking of intake', intakeId);
    const group = await this.group(intake.booking.groupId);
    const start = [from ?? addDays(this.today(), 1), intake.booking.firstLesson].sort()[1];
    const date = sessionDates(group, start, addDays(start, 60))[0];
    if (!date) throw invalid('no lesson ahead to say ahead for', 'date');
    return this.mark(group.id, date, intakeId, 'excused', { kind: 'worker', id: intakeId, label: 'worker' });
  }

  marksOf(intakeId: string): Promise<AttendanceMark[]> {
    return this.store.attendance.find({ intakeId }, { by: 'date' });
  }

  /** The messages after a missed first lesson that went to this worker, oldest first. */
  async followUpsOf(intakeId: string): Promise<Notice[]> {
    return (await this.store.notices.find({ intakeId, kind: 'missed-first' })).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  }

  /** The message after a missed first lesson that the worker has not answered yet, if one went out lately. */
  async openFollowUp(intakeId: string): Promise<Notice | undefined> {
    const since = addDays(this.today(), -FOLLOW_UP_OPEN_DAYS);
    return (await this.followUpsOf(intakeId)).filter((n) => n.status === 'sent' && !n.answer && n.dueAt.slice(0, 10) >= since).at(-1);
  }

  /** Keeps what the worker answered, for the coordinator to see. */
  async answerFollowUp(noticeId: string, choice: FollowUpAnswer): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      const notice = await tx.notices.lock(noticeId);
      if (notice) await tx.notices.put({ ...notice, answer: { choice, at }, updatedAt: at });
    });
  }

  private async group(groupId: string): Promise<Group> {
    const group = (await this.catalog.current()).findGroup(groupId);
    if (!group) throw notFound('group', groupId);
    return group;
  }

  private async session(groupId: string, date: LocalDate): Promise<Group> {
    const group = await this.group(groupId);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isSessionOf(group, date)) throw invalid(`${group.name} has no lesson on ${date}`, 'date');
    return group;
  }
}

/** Every attendance mark, per worker, for lists over many files: one pass over the table. */
export async function marksByIntake(store: Store): Promise<Map<string, AttendanceMark[]>> {
  const all = new Map<string, AttendanceMark[]>();
  await store.attendance.each((mark) => {
    const list = all.get(mark.intakeId);
    if (list) list.push(mark);
    else all.set(mark.intakeId, [mark]);
  });
  return all;
}
