import type { Actor, AuditLog } from './audit';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import type { Collection } from './collection';
import { localDateOf, type LocalDate } from './dates';
import { notFound } from './errors';
import type { Certificate, Evaluation, Intake } from './intake';
import { participationOf, workerLocationId, type Participation } from './participation';

export const FILE_FILTERS = ['new', 'booked', 'handoff', 'cancelled', 'overflow', 'finished'] as const;
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
    private readonly intakes: Collection<Intake>,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    /** Whether the worker is in a live chat with a taalambassadeur right now. */
    private readonly inLiveHandoff: (intake: Intake) => boolean,
  ) {}

  /** The files that match, newest first; a list shows names only, so it is not a read of the files. */
  list({ filter, name, locationIds }: FileQuery = {}): WorkerFile[] {
    const needle = name ? fold(name) : '';
    const found: Intake[] = [];
    this.intakes.each((intake) => {
      if ((!needle || fold(intake.name).includes(needle)) && (!filter || this.matches(intake, filter))) found.push(intake);
    });
    return found
      .map((intake) => this.view(intake))
      .filter((file) => !locationIds || (file.locationId !== undefined && locationIds.includes(file.locationId)))
      .sort((a, b) => b.intake.createdAt.localeCompare(a.intake.createdAt));
  }

  /** Where the worker belongs, without reading the file: for access checks. */
  locationOf(intakeId: string): string | undefined {
    return workerLocationId(this.intake(intakeId), this.groupOf);
  }

  /** Opens a file and writes the read to the audit log. */
  async open(intakeId: string, by: Actor): Promise<WorkerFile> {
    const file = this.view(this.intake(intakeId));
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

  private async change(
    intakeId: string,
    by: Actor,
    action: 'file.note-added' | 'file.evaluation-added' | 'file.certificate-added' | 'file.finished' | 'file.handover-changed',
    patch: (intake: Intake, now: string) => Partial<Intake>,
  ): Promise<Intake> {
    const intake = this.intake(intakeId);
    const now = this.clock.now().toISOString();
    const changed: Intake = { ...intake, ...patch(intake, now), updatedAt: now };
    if (changed.handover === undefined) delete changed.handover;
    await this.intakes.save(changed);
    await this.audit.record(by, action, { intakeId });
    return changed;
  }

  private matches(intake: Intake, filter: FileFilter): boolean {
    switch (filter) {
      case 'new':
      case 'booked':
      case 'cancelled':
        return intake.status === filter;
      case 'handoff':
        return intake.handover !== undefined || this.inLiveHandoff(intake);
      case 'finished':
        return intake.finished !== undefined;
      case 'overflow':
        return intake.status === 'booked' && !!intake.booking && !!this.groupOf(intake.booking.groupId)?.overflow;
    }
  }

  private view(intake: Intake): WorkerFile {
    const locationId = workerLocationId(intake, this.groupOf);
    return { intake, ...(locationId ? { locationId } : {}), participation: participationOf(intake, this.groupOf, this.today()) };
  }

  private readonly groupOf = (groupId: string) => this.catalog.findGroup(groupId);

  private intake(id: string): Intake {
    const intake = this.intakes.get(id);
    if (!intake) throw notFound('intake', id);
    return intake;
  }
}

/** Lower case without accents, so "Jose" finds "José". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
