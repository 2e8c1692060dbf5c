import { createHash } from 'node:crypto';
import type { Actor, AuditLog } from './audit';
import { systemActor, workerActor } from './audit';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import type { Collection } from './collection';
import { localDateOf, type LocalDate } from './dates';
import { notFound } from './errors';
import type { Intake } from './intake';
import type { IntakeService } from './intake-service';
import { addMonths } from './months';
import { factsOf, type WorkerFacts } from './worker-facts';

/**
 * Something outside the domain that keeps personal data about a worker's conversation,
 * such as the dialog state or a web chat transcript. The composition root hands these in,
 * so the domain can erase everywhere without knowing botbuilder.
 */
export interface PersonalDataHolder {
  /** What the export calls this data. */
  name: string;
  export(intake: Intake): Promise<unknown>;
  erase(intake: Intake): Promise<void>;
}

/** What an erased file leaves behind: only the counts for reports. */
export interface AnonymousFacts extends WorkerFacts {
  erasedOn: LocalDate;
  why: 'request' | 'retention';
}

export interface WorkerExport {
  exportedAt: string;
  files: Intake[];
  groups: { id: string; name: string; place: string; teacher: string }[];
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
    private readonly intakes: Collection<Intake>,
    private readonly files: IntakeService,
    private readonly anonymous: Collection<AnonymousFacts>,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    readonly retentionMonths: number,
    /** Waits until erased data has left the disk too (a log keeps old lines until it is rewritten). */
    private readonly scrub: () => Promise<void>,
  ) {}

  /** Clears old versions and removed documents from disk; after erasing, when other data changed too. */
  clearOldCopies(): Promise<void> {
    return this.scrub();
  }

  /** Adds a place outside the domain that keeps data about a worker's conversation. */
  addHolder(holder: PersonalDataHolder): void {
    this.holders.push(holder);
  }

  /** Everything stored about the worker of this file, as plain JSON. The worker may ask this in the chat. */
  async exportFor(intakeId: string, by: Actor = workerActor(intakeId)): Promise<WorkerExport> {
    const files = this.filesOfSamePerson(this.intake(intakeId));
    const groupIds = new Set(files.flatMap((f) => f.history.map((h) => h.groupId).filter((id): id is string => !!id)));
    const groups = [...groupIds].flatMap((id) => {
      const group = this.catalog.findGroup(id);
      return group ? [{ id, name: group.name, place: this.catalog.location(group.locationId).name, teacher: group.teacher }] : [];
    });
    const elsewhere: Record<string, unknown> = {};
    for (const holder of this.holders) elsewhere[holder.name] = await holder.export(files[0]);
    await this.audit.record(by, 'file.exported', { intakeId });
    return { exportedAt: this.clock.now().toISOString(), files, groups, elsewhere };
  }

  /**
   * Erases every file of this worker and their conversation data everywhere; keeps only
   * anonymous counts. A booked seat becomes free. Returns how many files were erased.
   */
  async erase(intakeId: string, by: Actor, why: AnonymousFacts['why'] = 'request', { scrub = true } = {}): Promise<number> {
    const files = this.filesOfSamePerson(this.intake(intakeId));
    const today = localDateOf(this.clock.now());
    // Each step can run again: after a crash half-way, erasing again finishes the job and counts nobody twice.
    const conversations = new Map(files.map((file) => [`${file.channel}\u0000${file.conversationId}`, file]));
    for (const file of conversations.values()) for (const holder of this.holders) await holder.erase(file);
    for (const file of files) {
      const facts = factsOf(file, (id) => this.catalog.findGroup(id), today);
      await this.anonymous.save({ ...facts, id: anonymousId(file.id), erasedOn: today, why });
      await this.intakes.remove(file.id);
    }
    if (scrub) await this.scrub();
    await this.audit.record(by, 'worker.erased', { intakeId, detail: `${files.length} file(s), ${why}` });
    return files.length;
  }

  /** The day from which the retention time counts, or undefined while the worker still takes lessons. */
  retentionStart(intake: Intake): LocalDate | undefined {
    if (intake.finished) return day(intake.finished.at);
    if (intake.status === 'cancelled') {
      const cancelled = [...intake.history].reverse().find((entry) => entry.event === 'cancelled');
      return day(cancelled?.at ?? intake.updatedAt);
    }
    if (intake.status === 'new') return day(intake.updatedAt);
    const endDate = intake.booking ? this.catalog.findGroup(intake.booking.groupId)?.endDate : undefined;
    return endDate && endDate < day(this.clock.now().toISOString()) ? endDate : undefined;
  }

  /** The daily job: erases every file whose retention time has passed. Returns how many. */
  async applyRetention(): Promise<number> {
    const today = localDateOf(this.clock.now());
    let erased = 0;
    let read = 0;
    for (const id of this.intakes.ids()) {
      // Files are read from disk one by one; let chats go on in between.
      if (++read % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
      const intake = this.intakes.get(id);
      if (!intake) continue;
      const start = this.retentionStart(intake);
      if (start && addMonths(start, this.retentionMonths) <= today && this.allDue(intake, today)) {
        erased += await this.erase(intake.id, systemActor, 'retention', { scrub: false });
      }
    }
    if (erased > 0) await this.scrub();
    return erased;
  }

  /** What erased files left behind, for reports. */
  anonymousFacts(): AnonymousFacts[] {
    return this.anonymous.all();
  }

  /** A worker who signed up again keeps their data until the newest file is due too. */
  private allDue(intake: Intake, today: LocalDate): boolean {
    return this.filesOfSamePerson(intake).every((file) => {
      const start = this.retentionStart(file);
      return start !== undefined && addMonths(start, this.retentionMonths) <= today;
    });
  }

  private filesOfSamePerson(intake: Intake): Intake[] {
    const same = this.files.filesOf(intake.channel, intake.channelUserId);
    return [intake, ...same.filter((i) => i.id !== intake.id)];
  }

  private intake(id: string): Intake {
    const intake = this.intakes.get(id);
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
