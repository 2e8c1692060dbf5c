import type { FileFilter } from '../../domain/file-service';
import type { Intake } from '../../domain/intake';
import type { LessonFormat } from '../../domain/types';
import { t } from '../../text/t';
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
    handoff: t('coordinator.filters.handoff'),
    cancelled: t('coordinator.filters.cancelled'),
    overflow: t('coordinator.filters.overflow'),
    finished: t('coordinator.filters.finished'),
  }[filter];
}

export function kindLabel(kind: LessonFormat): string {
  return kind === 'group' ? t('coordinator.groups.kindGroup') : t('coordinator.groups.kindOneOnOne');
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
