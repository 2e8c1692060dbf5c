import { freeSeats, seatsTaken, type Board } from './board';
import type { Group } from '../domain/catalog';
import type { WorkerFile } from '../domain/file-service';
import type { Intake } from '../domain/intake';
import type { Account } from './auth/accounts';

/** One row of the intakes list; the shape of the first API cut, kept for machines that use it. */
export function intakeRow(board: Board, intake: Intake) {
  const group = intake.booking ? board.catalog.findGroup(intake.booking.groupId) : undefined;
  return {
    id: intake.id,
    status: intake.status,
    channel: intake.channel,
    channelUserId: intake.channelUserId,
    name: intake.name,
    goals: intake.goals,
    reasons: intake.reasons,
    availability: intake.availability,
    format: intake.format,
    phone: intake.phone ?? null,
    referralCode: intake.referralCode ?? null,
    createdAt: intake.createdAt,
    booking: intake.booking ?? null,
    handover: intake.handover ?? null,
    finished: intake.finished ?? null,
    group: group
      ? {
          id: group.id,
          name: group.name,
          weekdays: group.times.map((s) => s.weekday),
          time: group.times[0].start,
          location: board.catalog.location(group.locationId).name,
          overflow: group.overflow ?? null,
        }
      : null,
  };
}

export function groupRow(board: Board, group: Group) {
  const taken = seatsTaken(board, group.id);
  return { ...group, seatsTaken: taken, seatsFree: freeSeats(board, group) };
}

export function fileView(board: Board, file: WorkerFile) {
  return { ...intakeRow(board, file.intake), file: file.intake, locationId: file.locationId ?? null, participation: file.participation };
}

/** An account without its password hash. */
export function accountView({ password: _password, ...account }: Account) {
  return account;
}
