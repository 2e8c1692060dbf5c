import { stringify } from 'csv-stringify/sync';
import type { WorkerFile } from '../domain/file-service';
import type { GroupFill } from '../domain/reports';
import type { Catalog } from '../domain/catalog-service';
import { t } from '../text/t';
import { withoutHiddenCharacters } from '../text/plain-text';
import { goalLabel } from '../text/words';
import { kindLabel, statusLabel } from './pages/labels';

/**
 * CSV for spreadsheets: a byte-order mark and semicolons, as Dutch Excel expects; cells
 * that start with = + - @ are escaped, so a name can never run as a formula.
 */
function csv(header: string[], rows: (string | number)[][]): string {
  const plain = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? withoutHiddenCharacters(cell) : cell)));
  return '\ufeff' + stringify([header, ...plain], { delimiter: ';', escape_formulas: true, record_delimiter: 'windows' });
}

export function intakesCsv(files: WorkerFile[], catalog: Catalog): string {
  const header = [
    t('coordinator.csv.id'), t('coordinator.csv.name'), t('coordinator.csv.status'), t('coordinator.csv.goals'),
    t('coordinator.csv.place'), t('coordinator.csv.group'), t('coordinator.csv.signedUp'), t('coordinator.csv.firstLesson'),
    t('coordinator.csv.lessons'), t('coordinator.csv.twoYears'), t('coordinator.csv.finished'), t('coordinator.csv.certificates'),
    t('coordinator.csv.ambassador'),
  ];
  const rows = files.map(({ intake, locationId, participation }) => {
    const group = intake.booking ? catalog.findGroup(intake.booking.groupId) : undefined;
    return [
      intake.id,
      intake.name,
      statusLabel(intake),
      intake.goals.choices.map(goalLabel).join(', '),
      locationId ? (catalog.findLocation(locationId)?.name ?? locationId) : '',
      group?.name ?? '',
      intake.createdAt.slice(0, 10),
      participation.firstLesson ?? '',
      participation.lessons,
      participation.twoYearsOn ?? '',
      intake.finished?.at.slice(0, 10) ?? '',
      (intake.certificates ?? []).map((c) => `${c.date} ${c.which}`).join(', '),
      intake.referralCode ?? '',
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
