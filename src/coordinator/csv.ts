import { stringify } from 'csv-stringify/sync';
import type { WorkerFile } from '../domain/file-service';
import type { AttendanceRow, GroupFill, Period } from '../domain/reports';
import type { Catalog } from '../domain/catalog-service';
import { t } from '../text/t';
import { withoutHiddenCharacters } from '../text/plain-text';
import { goalLabel } from '../text/words';
import { toldFirstLesson } from '../domain/lesson-dates';
import { dayOf, formatLabel, kindLabel, sheetDate, statusLabel } from './pages/labels';

/**
 * CSV for spreadsheets: a byte-order mark and semicolons, as Dutch Excel expects; cells
 * that start with = + - @ are escaped, so a name can never run as a formula. Cells are in
 * Dutch like the headers, dates as 02-12-2026, which Dutch Excel reads as dates.
 */
function csv(header: string[], rows: (string | number)[][]): string {
  const plain = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? withoutHiddenCharacters(cell) : cell)));
  return '\ufeff' + stringify([header, ...plain], { delimiter: ';', escape_formulas: true, record_delimiter: 'windows' });
}

export function intakesCsv(files: WorkerFile[], catalog: Catalog): string {
  const header = [
    t('coordinator.csv.id'), t('coordinator.csv.name'), t('coordinator.csv.status'), t('coordinator.csv.goals'),
    t('coordinator.csv.format'), t('coordinator.csv.place'), t('coordinator.csv.group'), t('coordinator.csv.signedUp'), t('coordinator.csv.firstLesson'),
    t('coordinator.csv.lessons'), t('coordinator.csv.twoYears'), t('coordinator.csv.finished'), t('coordinator.csv.certificates'),
    t('coordinator.csv.ambassador'), t('coordinator.csv.attended'), t('coordinator.csv.unmarked'),
  ];
  const rows = files.map(({ intake, locationId, participation }) => {
    const group = intake.booking ? catalog.findGroup(intake.booking.groupId) : undefined;
    return [
      intake.id,
      intake.name,
      statusLabel(intake),
      intake.goals.choices.map(goalLabel).join(', '),
      formatLabel(intake.format),
      locationId ? (catalog.findLocation(locationId)?.name ?? locationId) : '',
      group?.name ?? '',
      sheetDate(dayOf(intake.createdAt)),
      sheetDate(toldFirstLesson(intake, participation)),
      participation.lessons,
      sheetDate(participation.twoYearsOn),
      sheetDate((intake.finished ? dayOf(intake.finished.at) : undefined)),
      (intake.certificates ?? []).map((c) => `${sheetDate(c.date)} ${c.which}`).join(', '),
      intake.referralCode ?? '',
      participation.attended,
      participation.unmarked,
    ];
  });
  return csv(header, rows);
}

export function groupFillCsv(fill: GroupFill[]): string {
  const header = [
    t('coordinator.csv.group'), t('coordinator.csv.place'), t('coordinator.csv.kind'), t('coordinator.csv.teacher'),
    t('coordinator.csv.capacity'), t('coordinator.csv.taken'), t('coordinator.csv.free'), t('coordinator.csv.overflow'),
  ];
  const rows = fill.map(({ group, locationName, taken, free }) => [
    group.name,
    locationName,
    kindLabel(group.kind),
    group.teacher,
    group.capacity,
    taken,
    free,
    group.overflow ? (group.overflow.confirmed ? t('coordinator.csv.confirmed') : t('coordinator.csv.toConfirm')) : '',
  ]);
  return csv(header, rows);
}

/** Attendance per group and per place in a period; the rate as a whole percentage, empty without marks. */
export function attendanceCsv(rows: AttendanceRow[], period: Period): string {
  const header = [
    t('coordinator.csv.from'), t('coordinator.csv.to'), t('coordinator.csv.place'), t('coordinator.csv.group'), t('coordinator.csv.lessonsMarked'),
    t('coordinator.csv.present'), t('coordinator.csv.absent'), t('coordinator.csv.excused'), t('coordinator.csv.rate'),
  ];
  return csv(header, rows.map((row) => [
    period.from,
    period.to,
    row.locationName,
    row.groupId ? row.groupName : t('coordinator.stats.wholePlace'),
    row.lessons,
    row.present,
    row.absent,
    row.excused,
    row.rate === undefined ? '' : `${Math.round(row.rate * 100)}%`,
  ]));
}
