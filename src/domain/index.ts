import type { Store } from './store';
import { AmbassadorService } from './ambassador-service';
import type { Ambassador } from './ambassadors';
import { BookingService, type OverflowName } from './booking-service';
import type { Group, Location } from './catalog';
import { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { Collection } from './collection';
import type { Handoff } from './handoff';
import { HandoffService } from './handoff-service';
import type { Intake } from './intake';
import { IntakeService } from './intake-service';
import { NoticeService, type Notice } from './notices';
import { AuditLog, type AuditEntry } from './audit';
import { FileService } from './file-service';
import { GroupService } from './group-service';
import { PrivacyService, type AnonymousFacts } from './privacy';
import { ReportService } from './reports';

export interface Domain {
  clock: Clock;
  catalog: CatalogService;
  intakes: IntakeService;
  bookings: BookingService;
  notices: NoticeService;
  audit: AuditLog;
  files: FileService;
  groups: GroupService;
  privacy: PrivacyService;
  reports: ReportService;
  ambassadors: AmbassadorService;
  handoffs: HandoffService;
}

/** The rules a deployment sets (see config.ts for their defaults). */
export interface DomainSettings {
  /** The hour (Netherlands time) of the reminder the day before the first lesson. */
  reminderHour: number;
  /** How long a worker waits at most for a taalambassadeur to answer, in minutes. */
  handoffMinutes: number;
  /** Months personal data is kept after the last lesson or a cancellation. */
  retentionMonths: number;
}

export interface DomainOptions {
  store: Store;
  clock: Clock;
  overflowName: OverflowName;
  settings: DomainSettings;
}

/** Builds the domain services over a store and loads what is stored. */
export async function openDomain({ store, clock, overflowName, settings }: DomainOptions): Promise<Domain> {
  const { reminderHour, retentionMonths, handoffMinutes } = settings;
  const locations = new Collection<Location>(store, 'locations');
  const groups = new Collection<Group>(store, 'groups');
  const intakes = new Collection<Intake>(store, 'intakes', { keep: 'index' });
  const notices = new Collection<Notice>(store, 'notices');
  const ambassadorDocs = new Collection<Ambassador>(store, 'ambassadors');
  const handoffDocs = new Collection<Handoff>(store, 'handoffs');
  const catalog = new CatalogService(locations, groups);
  const ambassadors = new AmbassadorService(ambassadorDocs, intakes, catalog, clock);
  const auditEntries = new Collection<AuditEntry>(store, 'audit');
  const anonymous = new Collection<AnonymousFacts>(store, 'anonymous-facts');
  const audit = new AuditLog(auditEntries, clock);
  const bookings = new BookingService(intakes, catalog, clock, overflowName, audit);
  const intakeService = new IntakeService(intakes, clock);
  const handoffs = new HandoffService(handoffDocs, ambassadors, catalog, clock, handoffMinutes);
  const privacy = new PrivacyService(intakes, intakeService, anonymous, catalog, audit, clock, retentionMonths, () => store.scrub());
  const domain = {
    clock,
    catalog,
    intakes: intakeService,
    bookings,
    notices: new NoticeService(notices, intakes, catalog, (groupId) => bookings.roster(groupId), clock, reminderHour),
    audit,
    files: new FileService(intakes, catalog, audit, clock, (intake) => !!handoffs.activeForWorker(intake.channel, intake.channelUserId)),
    groups: new GroupService(catalog, bookings, audit, clock),
    privacy,
    reports: new ReportService(intakes, catalog, bookings, privacy, clock),
    ambassadors,
    handoffs,
  };
  await Promise.all([locations.load(), groups.load(), intakes.load(), notices.load(), auditEntries.load(), anonymous.load(), ambassadorDocs.load(), handoffDocs.load()]);
  return domain;
}
