import type { AttendanceMark } from './attendance';
import { marksByIntake } from './attendance-service';
import type { Actor } from './audit';
import type { AuditLog } from './audit-log';
import type { Catalog, CatalogService } from './catalog-service';
import type { Store } from './store';
import type { Clock } from './clock';
import { localDateOf, type LocalDate } from './dates';
import { notFound } from './errors';
import type { Certificate, Evaluation, Intake } from './intake';
import { toldFirstLesson, weekAround } from './lesson-dates';
import { participationOf, workerLocationId, type Participation } from './participation';

export const FILE_FILTERS = ['new', 'booked', 'first-lesson-this-week', 'handoff', 'cancelled', 'overflow', 'finished'] as const;
export type FileFilter = (typeof FILE_FILTERS)[number];

export interface FileQuery {
  filter?: FileFilter;
  /** Part of the name, any case, accents ignored. */
  name?: string;
  /** Only workers of these places; undefined means every place. */
  locationIds?: readonly string[];
}

/** A file as the coordinators see it: the intake plus where the worker stands. */
export interface WorkerFile {
  intake: Intake;
  locationId?: string;
  participation: Participation;
}

/**
 * The coordinators' side of a worker's file ("mapje"): reading it (always written to the
 * audit log), and adding notes, evaluations, certificates.
 */
export class FileService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    /** Whether the worker is in a live chat with a taalambassadeur right now. */
    private readonly inLiveHandoff: (intake: Intake) => Promise<boolean>,
  ) {}

  /** The files that match, newest first; a list shows names only, so it is not a read of the files. */
  async list({ filter, name, locationIds }: FileQuery = {}): Promise<WorkerFile[]> {
    const needle = name ? fold(name) : '';
    const catalog = await this.catalog.current();
    const status = filter === 'new' || filter === 'booked' || filter === 'cancelled' ? filter : undefined;
    const found: WorkerFile[] = [];
    const marks = await marksByIntake(this.store);
    await this.store.intakes.each(async (intake) => {
      if (needle && !fold(intake.name).includes(needle)) return;
      if (filter && !(await this.matches(intake, filter, catalog))) return;
      const file = this.view(intake, catalog, marks.get(intake.id));
      if (!locationIds || (file.locationId !== undefined && locationIds.includes(file.locationId))) found.push(file);
    }, status ? { status } : {});
    return found.sort((a, b) => b.intake.createdAt.localeCompare(a.intake.createdAt));
  }

  /** Where the worker belongs, for access checks; undefined when there is no such file either. */
  async locationOf(intakeId: string): Promise<string | undefined> {
    const intake = await this.store.intakes.get(intakeId);
    return intake ? workerLocationId(intake, groupsOf(await this.catalog.current())) : undefined;
  }

  /** Opens a file and writes the read to the audit log. */
  async open(intakeId: string, by: Actor): Promise<WorkerFile> {
    const marks = await this.store.attendance.find({ intakeId });
    const file = this.view(await this.intake(intakeId), await this.catalog.current(), marks);
    await this.audit.record(by, 'file.read', { intakeId });
    return file;
  }

  async addNote(intakeId: string, text: string, by: Actor): Promise<Intake> {
    return this.change(intakeId, by, 'file.note-added', (intake, now) => ({
      notes: [...(intake.notes ?? []), { at: now, by: by.label, text }],
    }));
  }

  async addEvaluation(intakeId: string, evaluation: Evaluation, by: Actor): Promise<Intake> {
    return this.change(intakeId, by, 'file.evaluation-added', (intake) => ({
      evaluations: [...intake.evaluations, evaluation].sort((a, b) => a.date.localeCompare(b.date)),
    }));
  }

  async addCertificate(intakeId: string, certificate: Certificate, by: Actor): Promise<Intake> {
    return this.change(intakeId, by, 'file.certificate-added', (intake) => ({
      certificates: [...(intake.certificates ?? []), certificate].sort((a, b) => a.date.localeCompare(b.date)),
    }));
  }

  /** The worker has finished; the retention time starts now. */
  async finish(intakeId: string, by: Actor): Promise<Intake> {
    return this.change(intakeId, by, 'file.finished', (_intake, now) => ({ finished: { at: now, by: by.label } }));
  }

  /** Marks that a person took over the conversation, or (with no one) that the bot has it again. */
  async setHandover(intakeId: string, to: string | undefined, by: Actor): Promise<Intake> {
    return this.change(intakeId, by, 'file.handover-changed', (_intake, now) => ({ handover: to ? { since: now, to } : undefined }));
  }

  today(): LocalDate {
    return localDateOf(this.clock.now());
  }

  /** The file as a coordinator sees it: where the worker belongs and stands. */
  view(intake: Intake, catalog: Catalog, marks: readonly AttendanceMark[] = []): WorkerFile {
    const groupOf = groupsOf(catalog);
    const locationId = workerLocationId(intake, groupOf);
    return { intake, ...(locationId ? { locationId } : {}), participation: participationOf(intake, groupOf, this.today(), marks) };
  }



  private async change(
    intakeId: string,
    by: Actor,
    action: 'file.note-added' | 'file.evaluation-added' | 'file.certificate-added' | 'file.finished' | 'file.handover-changed',
    patch: (intake: Intake, now: string) => Partial<Intake>,
  ): Promise<Intake> {
    return this.store.transaction(async (tx) => {
      const intake = await tx.intakes.lock(intakeId);
      if (!intake) throw notFound('intake', intakeId);
      const now = this.clock.now().toISOString();
      const changed: Intake = { ...intake, ...patch(intake, now), updatedAt: now };
      if (changed.handover === undefined) delete changed.handover;
      await tx.intakes.put(changed);
      await this.audit.record(by, action, { intakeId });
      return changed;
    });
  }

  private async matches(intake: Intake, filter: FileFilter, catalog: Catalog): Promise<boolean> {
    switch (filter) {
      case 'new':
      case 'booked':
      case 'cancelled':
        return intake.status === filter;
      case 'handoff':
        return intake.handover !== undefined || (await this.inLiveHandoff(intake));
      case 'finished':
        return intake.finished !== undefined;
      case 'first-lesson-this-week': {
        const told = toldFirstLesson(intake, this.view(intake, catalog).participation);
        const week = weekAround(this.today());
        return intake.status === 'booked' && !!told && told >= week.from && told <= week.to;
      }
      case 'overflow':
        return intake.status === 'booked' && !!intake.booking && !!catalog.findGroup(intake.booking.groupId)?.overflow;
    }
  }

  private async intake(id: string): Promise<Intake> {
    const intake = await this.store.intakes.get(id);
    if (!intake) throw notFound('intake', id);
    return intake;
  }
}

export const groupsOf = (catalog: Catalog) => (groupId: string) => catalog.findGroup(groupId);

/** Lower case without accents, so "Jose" finds "José". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
