import type { Catalog } from '../domain/catalog-service';
import type { Group, LessonTime, Location } from '../domain/catalog';
import type { Intake } from '../domain/intake';
import { weekdayOf, type LocalDate } from '../domain/dates';
import { WEEKDAYS } from '../domain/types';
import { list, t } from './t';
import { dateText, timeText } from './words';

/** A seat as a button says it: "Di 9.30 · Bibliotheek Centrum", "Wo 19.00 · met vrijwilliger Wim". */
export function seatLabel(catalog: Catalog, groupId: string, firstLesson: LocalDate): string {
  const group = catalog.group(groupId);
  const session = sessionOn(group, firstLesson);
  const values = { day: list('words.shortWeekdays')[WEEKDAYS.indexOf(session.weekday)], time: timeText(session.start) };
  return group.kind === 'one-on-one'
    ? t('seats.oneOnOne', { ...values, teacher: firstWord(group.teacher) })
    : t('seats.group', { ...values, place: catalog.location(group.locationId).name });
}

/**
 * The booking a worker keeps, in markdown: the day, date and time first and bold, then who,
 * the address as a map link, what to bring, and who to ask, with a number to tap.
 * `fresh` says "Gelukt!"; a look back at an older booking does not.
 */
export function bookingText(catalog: Catalog, intake: Intake, fresh = true): string {
  if (!intake.booking) return '';
  const group = catalog.group(intake.booking.groupId);
  const location = catalog.location(group.locationId);
  const contact = location.contact;
  const session = sessionOn(group, intake.booking.firstLesson);
  const when = t('booking.when', { date: capitalized(dateText(intake.booking.firstLesson)), time: timeText(session.start) });

  const lines = [`**${when}**`];
  if (fresh) lines.push(t('booking.done'));
  lines.push(
    whereText(group),
    `${t('booking.addressLabel')} ${mapLink(location)}`,
    group.bring ? `${t('booking.bring')} ${t('booking.bringAlso', { bring: group.bring })}` : t('booking.bring'),
  );
  if (group.overflow && !group.teacher) {
    const by = group.overflow.confirmBy ?? intake.booking.firstLesson;
    lines.push(t('booking.newGroupTeacher', { contact: contact.name, date: dateText(by) }));
  }
  lines.push(
    contact.phone
      ? t('booking.whoToAsk', { contact: contact.name, phone: phoneLink(contact.phone) })
      : t('booking.whoToAskNoPhone', { contact: contact.name }),
  );
  // Markdown joins single lines into one paragraph: an empty line keeps them apart.
  return lines.join('\n\n');
}

/** "Bibliotheek Centrum, Kerkstraat 1, Deventer" as a link to the map. */
export function mapLink(location: Location): string {
  const address = `${location.name}, ${location.street}, ${location.town}`;
  const query = encodeURIComponent(`${location.street}, ${location.town}`);
  return `[${address}](https://www.openstreetmap.org/search?query=${query})`;
}

/** "0570 123 456" as a link a phone can call. */
export function phoneLink(phone: string): string {
  return `[${phone}](tel:${phone.replace(/[^\d+]/g, '')})`;
}

/** The weekly lesson of a first lesson: the one on its weekday. */
function sessionOn(group: Group, date: LocalDate): LessonTime {
  return group.times.find((s) => s.weekday === weekdayOf(date)) ?? group.times[0];
}

function whereText(group: Group): string {
  if (group.overflow && !group.teacher) return t('booking.inNewGroup');
  return group.kind === 'one-on-one' ? t('booking.inOneOnOne', { teacher: group.teacher }) : t('booking.inGroup', { teacher: group.teacher });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstWord(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
