import { createHash } from 'node:crypto';
import { systemActor, workerActor, type Actor } from './audit';
import type { AuditLog } from './audit-log';
import type { Catalog, CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { localDateOf, type LocalDate } from './dates';
import { notFound } from './errors';
import type { Intake } from './intake';
import type { IntakeService } from './intake-service';
import { addMonths } from './months';
import type { Handoff } from './handoff';
import { userKey, type Store, type Tables } from './store';
import { groupsOf } from './file-service';
import { factsOf, type AnonymousFacts } from './worker-facts';

export type { AnonymousFacts };

/**
 * Something outside the domain that keeps personal data about a worker's conversation,
 * such as the dialog state or a web chat transcript. The composition root hands these in,
 * so the domain can erase everywhere without knowing botbuilder.
 */
export interface PersonalDataHolder {
  /** What the export calls this data. */
  name: string;
  export(intake: Intake): Promise<unknown>;
  erase(conversation: ErasedConversation): Promise<void>;
}

/** One conversation of a worker, with or without a file. */
export interface WorkerConversation {
  channel: string;
  conversationId: string;
  channelUserId: string;
}

/** A conversation to erase, and where copies of the worker's words went during their handoffs. */
export interface ErasedConversation extends WorkerConversation {
  relays: Relay[];
}

/** A handoff of the worker: the bot copied their messages into the ambassador's chat. */
export interface Relay {
  handoffId: string;
  /** The ambassador's chat, when it is still known. */
  to?: { channel: string; conversationId: string };
  /** While the ambassador talked with the worker: what they typed then may name the worker too. */
  talked?: { from: string; until?: string };
}

export interface WorkerExport {
  exportedAt: string;
  files: Intake[];
  groups: { id: string; name: string; place: string; teacher: string }[];
  /** Which lessons the worker came to, missed, or said ahead they would miss. */
  attendance: { date: string; groupId: string; mark: string }[];
  elsewhere: Record<string, unknown>;
}

/**
 * The worker's rights under the AVG (GDPR): see what is stored, and have it erased.
 * Also the retention rule: personal data goes a set number of months after the last
 * lesson, a cancellation, or a sign-up that never led to lessons.
 */
export class PrivacyService {
  private readonly holders: PersonalDataHolder[] = [];

  constructor(
    private readonly store: Store,
    private readonly files: IntakeService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    readonly retentionMonths: number,
  ) {}

  /** Clears old copies of erased data from the database files; after erasing, when other data changed too. */
  clearOldCopies(): Promise<void> {
    return this.store.scrub();
  }

  /** Adds a place outside the domain that keeps data about a worker's conversation. */
  addHolder(holder: PersonalDataHolder): void {
    this.holders.push(holder);
  }

  /** Everything stored about the worker of this file, as plain JSON. The worker may ask this in the chat. */
  async exportFor(intakeId: string, by: Actor = workerActor(intakeId)): Promise<WorkerExport> {
    const files = await this.filesOfSamePerson(await this.intake(intakeId));
    const catalog = await this.catalog.current();
    const groupIds = new Set(files.flatMap((f) => f.history.map((h) => h.groupId).filter((id): id is string => !!id)));
    const groups = [...groupIds].flatMap((id) => {
      const group = catalog.findGroup(id);
      return group ? [{ id, name: group.name, place: catalog.location(group.locationId).name, teacher: group.teacher }] : [];
    });
    const elsewhere: Record<string, unknown> = {};
    for (const holder of this.holders) elsewhere[holder.name] = await holder.export(files[0]);
    const marks = (await Promise.all(files.map((f) => this.store.attendance.find({ intakeId: f.id }, { by: 'date' })))).flat();
    const attendance = marks.map(({ date, groupId, mark }) => ({ date, groupId, mark }));
    await this.audit.record(by, 'file.exported', { intakeId });
    return { exportedAt: this.clock.now().toISOString(), files, groups, attendance, elsewhere };
  }

  /**
   * Erases every file of this worker and their conversation data everywhere, in one
   * transaction; keeps only anonymous counts. A booked seat becomes free. Returns how
   * many files were erased. A crash before the end erases nothing, so it can run again.
   */
  async erase(intakeId: string, by: Actor, why: AnonymousFacts['why'] = 'request', { scrub = true } = {}): Promise<number> {
    const catalog = await this.catalog.current();
    const count = await this.store.transaction(async (tx) => {
      const first = await tx.intakes.lock(intakeId);
      if (!first) throw notFound('intake', intakeId);
      const files = await this.filesOfSamePerson(first);
      const today = localDateOf(this.clock.now());
      const conversations = new Map(files.map((file) => [`${file.channel}\u0000${file.conversationId}`, file]));
      await this.eraseConversations(tx, [...conversations.values()]);
      for (const file of files) {
        await tx.anonymousFacts.put({ ...factsOf(file, groupsOf(catalog), today, await tx.attendance.find({ intakeId: file.id })), id: anonymousId(file.id), erasedOn: today, why });
        await tx.intakes.remove(file.id);
      }
      await this.audit.record(by, 'worker.erased', { intakeId, detail: `${files.length} file(s), ${why}` });
      return files.length;
    });
    if (scrub) await this.store.scrub();
    return count;
  }

  /**
   * "Verwijder mijn gegevens" in a conversation: erases the worker's files when there are
   * any, and otherwise still everything the conversation holds (answers given so far, the
   * transcript, handoffs and their copies). Returns how many files were erased.
   */
  async eraseConversation(conversation: WorkerConversation, by: Actor): Promise<number> {
    const latest = (await this.files.filesOf(conversation.channel, conversation.channelUserId))[0];
    if (latest) return this.erase(latest.id, by);
    await this.store.transaction(async (tx) => {
      await this.eraseConversations(tx, [conversation]);
      await this.audit.record(by, 'worker.erased', { detail: '0 file(s), request' });
    });
    await this.store.scrub();
    return 0;
  }

  /** Every holder forgets these conversations; the worker's handoffs go, with the copies made in the ambassadors' chats. */
  private async eraseConversations(tx: Tables, conversations: WorkerConversation[]): Promise<void> {
    const people = new Set(conversations.map((c) => userKey(c.channel, c.channelUserId)));
    const handoffs: Handoff[] = [];
    for (const workerKey of people) handoffs.push(...(await tx.handoffs.find({ workerKey })));
    const relays = await this.relaysOf(tx, handoffs);
    for (const conversation of conversations) {
      for (const holder of this.holders) await holder.erase({ channel: conversation.channel, conversationId: conversation.conversationId, channelUserId: conversation.channelUserId, relays });
    }
    for (const handoff of handoffs) await tx.handoffs.remove(handoff.id);
  }

  private async relaysOf(tx: Tables, handoffs: Handoff[]): Promise<Relay[]> {
    const relays: Relay[] = [];
    for (const handoff of handoffs) {
      const reach = (await tx.ambassadors.get(handoff.ambassadorId))?.reach;
      relays.push({
        handoffId: handoff.id,
        ...(reach ? { to: { channel: reach.channel, conversationId: reach.conversationId } } : {}),
        ...(handoff.acceptedAt ? { talked: { from: handoff.acceptedAt, ...(handoff.closedAt ? { until: handoff.closedAt } : {}) } } : {}),
      });
    }
    return relays;
  }

  /** The day from which the retention time counts, or undefined while the worker still takes lessons. */
  retentionStart(intake: Intake, catalog: Catalog): LocalDate | undefined {
    if (intake.finished) return day(intake.finished.at);
    if (intake.status === 'cancelled') {
      const cancelled = [...intake.history].reverse().find((entry) => entry.event === 'cancelled');
      return day(cancelled?.at ?? intake.updatedAt);
    }
    if (intake.status === 'new') return day(intake.updatedAt);
    const endDate = intake.booking ? catalog.findGroup(intake.booking.groupId)?.endDate : undefined;
    return endDate && endDate < day(this.clock.now().toISOString()) ? endDate : undefined;
  }

  /**
   * The daily job: erases every file whose retention time has passed, and the handoffs of
   * people without a file (they asked for a person and never signed up) once as much time
   * has passed since the handoff, with their conversation. Returns how many files.
   */
  async applyRetention(): Promise<number> {
    const today = localDateOf(this.clock.now());
    const catalog = await this.catalog.current();
    const due: Intake[] = [];
    await this.store.intakes.each((intake) => {
      const start = this.retentionStart(intake, catalog);
      if (start && addMonths(start, this.retentionMonths) <= today) due.push(intake);
    });
    let erased = 0;
    for (const intake of due) {
      if (!(await this.store.intakes.get(intake.id))) continue;
      if (await this.allDue(intake, today, catalog)) erased += await this.erase(intake.id, systemActor, 'retention', { scrub: false });
    }
    const leftOver = await this.eraseOldHandoffsWithoutFile(today);
    if (erased > 0 || leftOver > 0) await this.store.scrub();
    return erased;
  }

  private async eraseOldHandoffsWithoutFile(today: LocalDate): Promise<number> {
    const old: Handoff[] = [];
    await this.store.handoffs.each((handoff) => {
      if (addMonths(day(handoff.closedAt ?? handoff.requestedAt), this.retentionMonths) <= today) old.push(handoff);
    });
    let count = 0;
    for (const handoff of old) {
      const { channel, userId, conversationId } = handoff.worker;
      if ((await this.files.filesOf(channel, userId)).length > 0) continue;
      await this.store.transaction(async (tx) => {
        if (!(await tx.handoffs.lock(handoff.id))) return;
        await this.eraseConversations(tx, [{ channel, conversationId, channelUserId: userId }]);
        await this.audit.record(systemActor, 'worker.erased', { detail: '0 file(s), retention' });
        count += 1;
      });
    }
    return count;
  }

  /** What erased files left behind, for reports. */
  anonymousFacts(): Promise<AnonymousFacts[]> {
    return this.store.anonymousFacts.find();
  }

  /** A worker who signed up again keeps their data until the newest file is due too. */
  private async allDue(intake: Intake, today: LocalDate, catalog: Catalog): Promise<boolean> {
    return (await this.filesOfSamePerson(intake)).every((file) => {
      const start = this.retentionStart(file, catalog);
      return start !== undefined && addMonths(start, this.retentionMonths) <= today;
    });
  }

  private async filesOfSamePerson(intake: Intake): Promise<Intake[]> {
    const same = await this.files.filesOf(intake.channel, intake.channelUserId);
    return [intake, ...same.filter((i) => i.id !== intake.id)];
  }

  private async intake(id: string): Promise<Intake> {
    const intake = await this.store.intakes.get(id);
    if (!intake) throw notFound('intake', id);
    return intake;
  }
}

/** Stable, so a repeated erasure overwrites its own facts; a hash, so the facts hold no id of the file. */
function anonymousId(intakeId: string): string {
  return `anon-${createHash('sha256').update(intakeId).digest('hex').slice(0, 32)}`;
}

function day(iso: string): LocalDate {
  return localDateOf(new Date(iso));
}
