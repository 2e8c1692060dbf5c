import { rateOf, sessionKey, type AttendanceMark, type AttendanceRate } from './attendance';
import { marksByIntake } from './attendance-service';
import type { BookingService } from './booking-service';
import type { Group } from './catalog';
import type { CatalogService } from './catalog-service';
import { groupsOf } from './file-service';
import type { Store } from './store';
import type { Clock } from './clock';
import { localDateOf, type LocalDate } from './dates';
import { isoWeekOf } from './months';
import type { PrivacyService } from './privacy';
import { factsOf, type WorkerFacts } from './worker-facts';

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/** A count per key, in a stable order for tables and charts. */
export type Tally = { key: string; count: number }[];

/** What the library reports to the funders for a period. */
export interface Summary {
  period: Period;
  signUps: number;
  perWeek: Tally;
  perLocation: Tally;
  perGoal: Tally;
  /** Per taalambassadeur: the referral code a worker came in with; '' for none. */
  perAmbassador: Tally;
  started: number;
  stopped: number;
  finished: number;
  certificates: number;
}

/** Attendance in a period: per group, and per place (a row without groupId). */
export interface AttendanceRow extends AttendanceRate {
  groupId?: string;
  groupName: string;
  locationId: string;
  locationName: string;
  /** Lessons with at least one mark. */
  lessons: number;
}

export interface GroupFill {
  group: Group;
  locationName: string;
  taken: number;
  free: number;
}

/**
 * Reports over the live files and what erased files left behind, so erasure and
 * retention never change the counts of a past period.
 */
export class ReportService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly bookings: BookingService,
    private readonly privacy: PrivacyService,
    private readonly clock: Clock,
  ) {}

  /** The anonymous facts of every worker, live and erased, of these places (all when undefined). */
  async facts(locationIds?: readonly string[]): Promise<WorkerFacts[]> {
    const today = localDateOf(this.clock.now());
    const groupOf = groupsOf(await this.catalog.current());
    const live: WorkerFacts[] = [];
    const marks = await marksByIntake(this.store);
    await this.store.intakes.each((intake) => {
      live.push(factsOf(intake, groupOf, today, marks.get(intake.id)));
    });
    const all = [...live, ...(await this.privacy.anonymousFacts())];
    return locationIds ? all.filter((f) => f.locationId !== undefined && locationIds.includes(f.locationId)) : all;
  }

  async summary(period: Period, locationIds?: readonly string[]): Promise<Summary> {
    const catalog = await this.catalog.current();
    return summarize(await this.facts(locationIds), period, (id) => catalog.findLocation(id)?.name ?? id);
  }

  /** The attendance rate per group and per place, over the lessons in the period that have marks. */
  async attendance(period: Period, locationIds?: readonly string[]): Promise<AttendanceRow[]> {
    const catalog = await this.catalog.current();
    const byGroup = new Map<string, AttendanceMark[]>();
    await this.store.attendance.each((mark) => {
      if (mark.date < period.from || mark.date > period.to) return;
      byGroup.set(mark.groupId, [...(byGroup.get(mark.groupId) ?? []), mark]);
    });
    const groups = catalog.groups
      .filter((g) => byGroup.has(g.id) && (!locationIds || locationIds.includes(g.locationId)))
      .sort((a, b) => a.locationId.localeCompare(b.locationId) || a.name.localeCompare(b.name));
    const row = (marks: AttendanceMark[], locationId: string, group?: Group): AttendanceRow => ({
      ...(group ? { groupId: group.id } : {}),
      groupName: group?.name ?? '',
      locationId,
      locationName: catalog.findLocation(locationId)?.name ?? locationId,
      lessons: new Set(marks.map((m) => sessionKey(m.groupId, m.date))).size,
      ...rateOf(marks),
    });
    const rows: AttendanceRow[] = [];
    for (const locationId of [...new Set(groups.map((g) => g.locationId))]) {
      const here = groups.filter((g) => g.locationId === locationId);
      rows.push(...here.map((g) => row(byGroup.get(g.id)!, locationId, g)));
      rows.push(row(here.flatMap((g) => byGroup.get(g.id)!), locationId));
    }
    return rows;
  }

  async groupFill(locationIds?: readonly string[]): Promise<GroupFill[]> {
    const [catalog, seats] = await Promise.all([this.catalog.current(), this.bookings.seatCounts()]);
    return catalog.groups
      .filter((group) => !locationIds || locationIds.includes(group.locationId))
      .sort((a, b) => a.locationId.localeCompare(b.locationId) || a.name.localeCompare(b.name))
      .map((group) => {
        const taken = seats.get(group.id) ?? 0;
        return { group, locationName: catalog.location(group.locationId).name, taken, free: Math.max(0, group.capacity - taken) };
      });
  }
}

/** Counts the facts that fall in the period, both ends included. */
export function summarize(facts: WorkerFacts[], period: Period, locationName: (id: string) => string): Summary {
  const within = (date: LocalDate | undefined) => date !== undefined && date >= period.from && date <= period.to;
  const signedUp = facts.filter((f) => within(f.signedUpOn));
  return {
    period,
    signUps: signedUp.length,
    perWeek: tally(signedUp.map((f) => isoWeekOf(f.signedUpOn))).sort((a, b) => a.key.localeCompare(b.key)),
    perLocation: tally(signedUp.map((f) => (f.locationId ? locationName(f.locationId) : ''))),
    perGoal: tally(signedUp.flatMap((f) => f.goals)),
    perAmbassador: tally(signedUp.map((f) => f.referralCode ?? '')),
    started: facts.filter((f) => within(f.startedOn)).length,
    stopped: facts.filter((f) => within(f.stoppedOn)).length,
    finished: facts.filter((f) => within(f.finishedOn)).length,
    certificates: facts.flatMap((f) => f.certificates).filter((c) => within(c.date)).length,
  };
}

function tally(keys: string[]): Tally {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
