import type { Domain } from '../domain';
import type { Group, Location } from '../domain/catalog';
import { addDays, localDateOf } from '../domain/dates';
import { notFound } from '../domain/errors';
import type { FileFilter, WorkerFile } from '../domain/file-service';
import type { Intake } from '../domain/intake';
import type { Period } from '../domain/reports';
import { seesLocation, type Viewer } from './auth/viewer';
import { BadInput, Forbidden } from '../http/errors';
import type { GroupForm } from './schemas';
import { freeSeats, type Board } from './board';

/**
 * What the dashboard and the JSON API can do, with the access rules applied in one place:
 * a coordinator reaches only workers and groups of their own places. A file of another
 * place answers "not found", so its existence does not leak either.
 */
export class Operations {
  constructor(readonly domain: Domain) {}

  /** Places, groups and seats taken, for a page or an API answer. */
  async board(): Promise<Board> {
    const [catalog, seats] = await Promise.all([this.domain.catalog.current(), this.domain.bookings.seatCounts()]);
    return { catalog, seats, today: this.domain.files.today() };
  }

  /** The files a list shows; each one read is in the audit log, with where it was shown (`shownIn`). */
  async files(viewer: Viewer, query: { filter?: FileFilter; name?: string }, shownIn: string): Promise<WorkerFile[]> {
    const files = await this.domain.files.list({ ...query, ...(viewer.locationIds ? { locationIds: viewer.locationIds } : {}) });
    await this.domain.audit.recordEach(viewer.actor, 'file.listed', files.map((f) => f.intake.id), shownIn);
    return files;
  }

  async openFile(viewer: Viewer, intakeId: string): Promise<WorkerFile> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.files.open(intakeId, viewer.actor);
  }

  async addNote(viewer: Viewer, intakeId: string, text: string): Promise<Intake> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.files.addNote(intakeId, text, viewer.actor);
  }

  async addEvaluation(viewer: Viewer, intakeId: string, evaluation: Intake['evaluations'][number]): Promise<Intake> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.files.addEvaluation(intakeId, evaluation, viewer.actor);
  }

  async addCertificate(viewer: Viewer, intakeId: string, certificate: { date: string; which: string }): Promise<Intake> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.files.addCertificate(intakeId, certificate, viewer.actor);
  }

  async finish(viewer: Viewer, intakeId: string): Promise<Intake> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.files.finish(intakeId, viewer.actor);
  }

  async setHandover(viewer: Viewer, intakeId: string, to: string | undefined): Promise<Intake> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.files.setHandover(intakeId, to, viewer.actor);
  }

  /** Moves a worker of the viewer's places into a group of the viewer's places. */
  async move(viewer: Viewer, intakeId: string, groupId: string): Promise<Intake> {
    await this.visibleIntake(viewer, intakeId);
    await this.visibleGroup(viewer, groupId);
    return this.domain.groups.move(intakeId, groupId, viewer.actor);
  }

  async exportWorker(viewer: Viewer, intakeId: string) {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.privacy.exportFor(intakeId, viewer.actor);
  }

  async erase(viewer: Viewer, intakeId: string): Promise<number> {
    await this.visibleIntake(viewer, intakeId);
    return this.domain.privacy.erase(intakeId, viewer.actor);
  }

  async locations(viewer: Viewer): Promise<Location[]> {
    return (await this.domain.catalog.current()).locations.filter((l) => seesLocation(viewer, l.id));
  }

  async groups(viewer: Viewer): Promise<Group[]> {
    return (await this.domain.catalog.current()).groups
      .filter((g) => seesLocation(viewer, g.locationId))
      .sort((a, b) => Number(isOpenOverflow(b)) - Number(isOpenOverflow(a)) || a.name.localeCompare(b.name));
  }

  group(viewer: Viewer, groupId: string): Promise<Group> {
    return this.visibleGroup(viewer, groupId);
  }

  /** A group's workers, phone numbers and own words included: each one read is in the audit log. */
  async roster(viewer: Viewer, groupId: string): Promise<Intake[]> {
    await this.visibleGroup(viewer, groupId);
    const roster = (await this.domain.bookings.roster(groupId)).sort((a, b) => a.name.localeCompare(b.name));
    await this.domain.audit.recordEach(viewer.actor, 'file.listed', roster.map((i) => i.id), `roster ${groupId}`);
    return roster;
  }

  /** Groups a worker can move to: the viewer's, with a free seat and lessons ahead. */
  async moveTargets(viewer: Viewer, intake: Intake, board: Board): Promise<Group[]> {
    const from = addDays(board.today, 1);
    return (await this.groups(viewer)).filter(
      (g) => g.id !== intake.booking?.groupId && freeSeats(board, g) > 0 && (!g.endDate || g.endDate >= from),
    );
  }

  async createGroup(viewer: Viewer, form: GroupForm): Promise<Group> {
    await this.visibleLocation(viewer, form.locationId);
    return this.domain.groups.create(groupInput(form), viewer.actor);
  }

  async updateGroup(viewer: Viewer, groupId: string, form: GroupForm): Promise<Group> {
    await this.visibleGroup(viewer, groupId);
    await this.visibleLocation(viewer, form.locationId);
    return this.domain.groups.update(groupId, groupInput(form), viewer.actor);
  }

  async confirmOverflow(viewer: Viewer, groupId: string): Promise<Group> {
    await this.visibleGroup(viewer, groupId);
    return this.domain.groups.confirmOverflow(groupId, viewer.actor);
  }

  /** Calls off one lesson of the group; its workers are told at once. */
  async cancelSession(viewer: Viewer, groupId: string, date: string): Promise<Group> {
    await this.visibleGroup(viewer, groupId);
    return this.domain.groups.cancelSession(groupId, date, viewer.actor);
  }

  /** Stops the group; its workers get another seat and are told at once. */
  async cancelGroup(viewer: Viewer, groupId: string): Promise<Group> {
    await this.visibleGroup(viewer, groupId);
    return this.domain.groups.cancelGroup(groupId, viewer.actor);
  }

  summary(viewer: Viewer, period: Period) {
    return this.domain.reports.summary(period, viewer.locationIds);
  }

  groupFill(viewer: Viewer) {
    return this.domain.reports.groupFill(viewer.locationIds);
  }

  /** The period a report shows when none is given: the last 12 weeks up to today. */
  defaultPeriod(): Period {
    const today = localDateOf(this.domain.clock.now());
    return { from: addDays(today, -83), to: today };
  }

  /** The groups the viewer takes attendance for: a teacher's own, else the groups of their places. */
  async attendanceGroups(viewer: Viewer): Promise<Group[]> {
    if (viewer.role !== 'teacher') return this.groups(viewer);
    const catalog = await this.domain.catalog.current();
    return catalog.groups.filter((g) => viewer.groupIds?.includes(g.id)).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A group the viewer may take attendance for; another group answers "not found". */
  async attendanceGroup(viewer: Viewer, groupId: string): Promise<Group> {
    if (viewer.role !== 'teacher') return this.visibleGroup(viewer, groupId);
    const group = (await this.attendanceGroups(viewer)).find((g) => g.id === groupId);
    if (!group) throw notFound('group', groupId);
    return group;
  }

  requireAdmin(viewer: Viewer): void {
    if (viewer.role !== 'admin') throw new Forbidden('only an admin may do this');
  }

  private async visibleIntake(viewer: Viewer, intakeId: string): Promise<void> {
    const locationId = await this.domain.files.locationOf(intakeId);
    if (!(await this.domain.intakes.get(intakeId)) || !seesLocation(viewer, locationId)) throw notFound('intake', intakeId);
  }

  private async visibleGroup(viewer: Viewer, groupId: string): Promise<Group> {
    const group = (await this.domain.catalog.current()).findGroup(groupId);
    if (!group || !seesLocation(viewer, group.locationId)) throw notFound('group', groupId);
    return group;
  }

  private async visibleLocation(viewer: Viewer, locationId: string): Promise<void> {
    if (!(await this.domain.catalog.current()).findLocation(locationId) || !seesLocation(viewer, locationId)) {
      throw new BadInput('locationId', `no place ${locationId} that you manage`);
    }
  }
}

export const isOpenOverflow = (group: Group) => !!group.overflow && !group.overflow.confirmed;

function groupInput(form: GroupForm) {
  const { weekdays, start, minutes, endDate, bring, ...rest } = form;
  return {
    ...rest,
    times: weekdays.map((weekday) => ({ weekday, start, minutes })),
    ...(endDate ? { endDate } : {}),
    ...(bring ? { bring } : {}),
  };
}
