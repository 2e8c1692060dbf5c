import type { Catalog } from '../domain/catalog-service';
import type { Group } from '../domain/catalog';
import type { Intake } from '../domain/intake';
import type { Offer } from '../domain/matching';
import { weekdayOf } from '../domain/dates';
import { t } from './t';
import { addressText, dateText, timeText } from './words';

/**
 * The confirmation a worker keeps: who, first lesson, address, what to bring, who to ask.
 * `fresh` opens with "Gelukt!"; a look back at an older booking does not.
 */
export function bookingText(catalog: Catalog, intake: Intake, fresh = true): string {
  if (!intake.booking) return '';
  const group = catalog.group(intake.booking.groupId);
  const location = catalog.location(group.locationId);
  const contact = location.contact;
  const session = group.times.find((s) => s.weekday === weekdayOf(intake.booking!.firstLesson)) ?? group.times[0];

  const lines = [
    fresh ? `${t('booking.done')} ${whereText(group)}` : whereText(group),
    t('booking.firstLesson', { date: dateText(intake.booking.firstLesson), time: timeText(session.start) }),
    t('booking.address', addressText(location)),
    group.bring ? `${t('booking.bring')} ${t('booking.bringAlso', { bring: group.bring })}` : t('booking.bring'),
  ];
  if (group.overflow && !group.teacher) lines.push(t('booking.newGroupTeacher', { contact: contact.name }));
  lines.push(
    contact.phone
      ? t('booking.whoToAsk', { contact: contact.name, phone: contact.phone })
      : t('booking.whoToAskNoPhone', { contact: contact.name }),
  );
  return lines.join('\n');
}

/** One numbered offer: "1. dinsdag 3 maart, om 9.30 uur. Bibliotheek." */
export function offerText(catalog: Catalog, offer: Offer, number: number): string {
  const group = catalog.group(offer.groupId);
  const location = catalog.location(group.locationId);
  const session = group.times[0];
  const values = { number, date: dateText(offer.firstLesson), time: timeText(session.start), where: location.name };
  return group.kind === 'one-on-one' ? t('booking.optionOneOnOne', { ...values, teacher: group.teacher }) : t('booking.option', values);
}

function whereText(group: Group): string {
  if (group.overflow && !group.teacher) return t('booking.inNewGroup');
  return group.kind === 'one-on-one' ? t('booking.inOneOnOne', { teacher: group.teacher }) : t('booking.inGroup', { teacher: group.teacher });
}
