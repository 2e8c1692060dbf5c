import type { LocalDate } from './dates';
import type { DayPart, Goal, LessonFormat, Weekday } from './types';

export interface Location {
  id: string;
  name: string;
  street: string;
  town: string;
  /** Who a worker can ask at this place. */
  contact: { name: string; phone?: string };
}

/** One weekly meeting of a group, in local time. */
export interface LessonTime {
  weekday: Weekday;
  /** 'HH:MM' */
  start: string;
  minutes: number;
}

/**
 * A group, or a 1-on-1 slot with a volunteer (kind 'one-on-one', capacity 1).
 * Groups mix goals; the bot may open an overflow group, which a coordinator confirms.
 */
export interface Group {
  id: string;
  kind: LessonFormat;
  name: string;
  goals: Goal[];
  times: LessonTime[];
  locationId: string;
  capacity: number;
  startDate: LocalDate;
  endDate?: LocalDate;
  /** Teacher or volunteer; empty while an overflow group still needs one. */
  teacher: string;
  /** What to bring, when a group asks for more than the usual. */
  bring?: string;
  /** Opened by the bot; `confirmBy` is the day by which a coordinator must have found a teacher. */
  overflow?: { openedAt: string; confirmed: boolean; confirmBy?: LocalDate };
  /** Single lessons a coordinator called off; the group goes on after them. */
  cancelledSessions?: LocalDate[];
  /** When a coordinator stopped the whole group; its workers were given other seats. */
  cancelledAt?: string;
  createdAt: string;
}

export function dayPartOf(start: string): DayPart {
  const hour = Number(start.slice(0, 2));
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

export function endTime(session: LessonTime): string {
  const [h, m] = session.start.split(':').map(Number);
  const total = h * 60 + m + session.minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
