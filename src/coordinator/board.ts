import type { SeatCounts } from '../domain/booking-service';
import type { Group } from '../domain/catalog';
import type { Catalog } from '../domain/catalog-service';
import type { LocalDate } from '../domain/dates';

/** What a dashboard page shows around the files: places and groups, seats taken, and today, read once per request. */
export interface Board {
  catalog: Catalog;
  seats: SeatCounts;
  today: LocalDate;
}

export const seatsTaken = (board: Board, groupId: string): number => board.seats.get(groupId) ?? 0;

export const freeSeats = (board: Board, group: Group): number => Math.max(0, group.capacity - seatsTaken(board, group.id));
