import type { Domain } from '../src/domain';
import type { Intake } from '../src/domain/intake';
import { weekdayOf } from '../src/domain/dates';
import { t } from '../src/i18n/t';
import { addressText, dateText, timeText } from './words';

/** The confirmation a worker keeps: who, first lesson, address, what to bring, who to ask. */
export function bookingText(domain: Domain, intake: Intake): string {
  if (!intake.booking) return '';
  const group = domain.catalog.group(intake.booking.groupId);
  const location = domain.catalog.location(group.locationId);
  const contact = location.contact;
  const session = group.sessions.find((s) => s.weekday === weekdayOf(intake.booking!.firstLesson)) ?? group.sessions[0];

  const lines = [
    group.overflow && !group.teacher
      ? t('booking.bookedNewGroup')
      : group.kind === 'one-on-one'
        ? t('booking.bookedOneOnOne', { teacher: group.teacher })
        : t('booking.booked', { teacher: group.teacher }),
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
