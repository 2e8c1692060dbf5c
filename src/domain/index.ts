import type { Store } from './store';
import { AmbassadorService } from './ambassador-service';
import { AttendanceService } from './attendance-service';
import { BookingService, type OverflowName } from './booking-service';
import { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { HandoffService } from './handoff-service';
import { IntakeService } from './intake-service';
import { NoticeService } from './notices';
import { AuditLog } from './audit-log';
import { FileService } from './file-service';
import { GroupService } from './group-service';
import { PrivacyService } from './privacy';
import { ReportService } from './reports';

export interface Domain {
  clock: Clock;
  /** Runs a scheduled job only where no other instance runs it at the moment. */
  exclusive<T>(job: string, work: () => Promise<T>): Promise<T | undefined>;
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
  attendance: AttendanceService;
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

/** Builds the domain services over a store. The store holds the truth; nothing is loaded up front. */
export async function openDomain({ store, clock, overflowName, settings }: DomainOptions): Promise<Domain> {
  const { reminderHour, retentionMonths, handoffMinutes } = settings;
  const catalog = new CatalogService(store);
  const audit = new AuditLog(store, clock);
  const intakes = new IntakeService(store, clock);
  const bookings = new BookingService(store, catalog, clock, overflowName, audit);
  const ambassadors = new AmbassadorService(store, catalog, clock);
  const handoffs = new HandoffService(store, ambassadors, catalog, clock, handoffMinutes);
  const attendance = new AttendanceService(store, catalog, audit, clock);
  const privacy = new PrivacyService(store, intakes, catalog, audit, clock, retentionMonths);
  const notices = new NoticeService(store, catalog, clock, reminderHour);
  return {
    clock,
    exclusive: (job, work) => store.exclusive(job, work),
    catalog,
    intakes,
    bookings,
    notices,
    audit,
    files: new FileService(store, catalog, audit, clock, async (intake) => !!(await handoffs.activeForWorker(intake.channel, intake.channelUserId))),
    groups: new GroupService(store, catalog, bookings, audit, clock, notices),
    privacy,
    reports: new ReportService(store, catalog, bookings, privacy, clock),
    ambassadors,
    handoffs,
    attendance,
  };
}
