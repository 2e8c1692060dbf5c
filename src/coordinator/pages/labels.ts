import type { FileFilter } from '../../domain/file-service';
import type { Intake } from '../../domain/intake';
import type { LessonFormat } from '../../domain/types';
import { list, t } from '../../text/t';
import { localDateOf, TIME_ZONE, type LocalDate } from '../../domain/dates';
import type { Role } from '../auth/accounts';

/** Dutch names for the dashboard's codes; all from locales/nl.json. */
export function statusLabel(intake: Intake): string {
  if (intake.finished) return t('coordinator.status.finished');
  return { new: t('coordinator.status.new'), booked: t('coordinator.status.booked'), cancelled: t('coordinator.status.cancelled') }[intake.status];
}

export function filterLabel(filter: FileFilter): string {
  return {
    new: t('coordinator.filters.new'),
    booked: t('coordinator.filters.booked'),
    'first-lesson-this-week': t('coordinator.filters.firstLessonThisWeek'),
    handoff: t('coordinator.filters.handoff'),
    cancelled: t('coordinator.filters.cancelled'),
    overflow: t('coordinator.filters.overflow'),
    finished: t('coordinator.filters.finished'),
  }[filter];
}

export function kindLabel(kind: LessonFormat): string {
  return kind === 'group' ? t('coordinator.groups.kindGroup') : t('coordinator.groups.kindOneOnOne');
}

/** How the worker asked for lessons: in a group, 1 on 1, or either. */
export function formatLabel(format: LessonFormat | 'any'): string {
  return format === 'any' ? t('coordinator.csv.anyFormat') : kindLabel(format);
}

/** Where the worker signed up, in words: "de chat op de website". */
export function channelLabel(channel: string): string {
  if (channel === 'webchat') return t('coordinator.channels.webchat');
  return channel === 'msteams' ? t('coordinator.channels.msteams') : channel;
}

export function roleLabel(role: Role): string {
  return { admin: t('coordinator.accounts.roleAdmin'), coordinator: t('coordinator.accounts.roleCoordinator'), teacher: t('coordinator.accounts.roleTeacher') }[role];
}

const FIELDS: Record<string, () => string> = {
  name: () => t('coordinator.fields.name'),
  kind: () => t('coordinator.fields.kind'),
  goals: () => t('coordinator.fields.goals'),
  weekdays: () => t('coordinator.fields.weekdays'),
  start: () => t('coordinator.fields.start'),
  minutes: () => t('coordinator.fields.minutes'),
  locationId: () => t('coordinator.fields.location'),
  capacity: () => t('coordinator.fields.capacity'),
  teacher: () => t('coordinator.fields.teacher'),
  startDate: () => t('coordinator.fields.startDate'),
  endDate: () => t('coordinator.fields.endDate'),
  bring: () => t('coordinator.fields.bring'),
  date: () => t('coordinator.fields.date'),
  wentWell: () => t('coordinator.fields.wentWell'),
  nextGoal: () => t('coordinator.fields.nextGoal'),
  which: () => t('coordinator.fields.which'),
  text: () => t('coordinator.fields.note'),
  groupId: () => t('coordinator.fields.group'),
  email: () => t('coordinator.fields.email'),
  password: () => t('coordinator.fields.password'),
  current: () => t('coordinator.fields.currentPassword'),
  role: () => t('coordinator.fields.role'),
  locationIds: () => t('coordinator.fields.locations'),
  groupIds: () => t('coordinator.fields.groups'),
  confirm: () => t('coordinator.fields.confirm'),
  from: () => t('coordinator.fields.from'),
  to: () => t('coordinator.fields.to'),
  id: () => t('coordinator.fields.id'),
  street: () => t('coordinator.fields.street'),
  town: () => t('coordinator.fields.town'),
  contactName: () => t('coordinator.fields.contactName'),
  contactPhone: () => t('coordinator.fields.contactPhone'),
};

/** The Dutch label of a form field, or the field's own name when it has none. */
export function fieldLabel(field: string): string {
  return FIELDS[field.split('.')[0]]?.() ?? field;
}

/** "2026-W49" → "week 49"; the year only when the weeks run over more than one year ("week 1 van 2027"). */
export function weekLabels(keys: string[]): Map<string, string> {
  const years = new Set(keys.map((key) => key.slice(0, 4)));
  return new Map(
    keys.map((key) => {
      const [year, week] = key.split('-W');
      const number = Number(week);
      return [key, years.size > 1 ? t('coordinator.stats.weekOfYear', { week: number, year }) : t('coordinator.stats.week', { week: number })];
    }),
  );
}

/** "2026-12-02" → "2 december 2026", as a coordinator writes a date. */
export function dateLabel(date: LocalDate | undefined): string {
  if (!date) return '—';
  return `${Number(date.slice(8, 10))} ${list('words.months')[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "2026-12-02" → "02-12-2026", the date as Dutch spreadsheets read it. */
export function sheetDate(date: LocalDate | undefined): string {
  return date ? `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}` : '';
}

/** The Dutch calendar day of a moment stored as an ISO string. */
export const dayOf = (iso: string): LocalDate => localDateOf(new Date(iso));

const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' });

/** The Dutch clock time of a moment stored as an ISO string: "10.05". */
export const timeOf = (iso: string): string => clock.format(new Date(iso)).replace(':', '.');
