import { createHmac, timingSafeEqual } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import type { Request, Response, Server } from 'restify';
import type { Domain } from '../domain';
import { nextWeekday, type LocalDate } from '../domain/dates';
import { t } from '../text/t';
import { rateLimit } from './rate-limit';

const TIME_ZONE = 'Europe/Amsterdam';
const BYDAY = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const;

/** Central European time with its summer time, as calendars expect it next to TZID. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** Signed links to a worker's calendar file: only who has the link can read it. */
export class CalendarLinks {
  constructor(
    private readonly key: Buffer,
    private readonly site: { readonly publicUrl: string },
  ) {}

  link(intakeId: string): string {
    return `${this.site.publicUrl}/calendar/${encodeURIComponent(intakeId)}.ics?key=${this.signature(intakeId)}`;
  }

  isValid(intakeId: string, key: string): boolean {
    const expected = Buffer.from(this.signature(intakeId));
    const given = Buffer.from(key);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private signature(intakeId: string): string {
    return createHmac('sha256', this.key).update(`calendar:${intakeId}`).digest('base64url').slice(0, 32);
  }
}

/**
 * The booked lessons as an .ics file: one weekly event per lesson day, from the first
 * lesson on, in Amsterdam time (with its summer time).
 */
export async function lessonCalendar(domain: Domain, intakeId: string): Promise<string | undefined> {
  const intake = await domain.intakes.get(intakeId);
  if (intake?.status !== 'booked' || !intake.booking) return undefined;
  const catalog = await domain.catalog.current();
  const group = catalog.group(intake.booking.groupId);
  const location = catalog.location(group.locationId);
  const events: EventAttributes[] = group.times.map((session) => {
    const first = nextWeekday(intake.booking!.firstLesson, session.weekday);
    const [hour, minute] = session.start.split(':').map(Number);
    return {
      uid: `${intake.id}-${session.weekday}@taalbot`,
      title: t('lesson.calendarTitle', { place: location.name }),
      description: t('lesson.calendarDescription', { teacher: group.teacher || location.contact.name, contact: location.contact.name }),
      location: `${location.name}, ${location.street}, ${location.town}`,
      start: [...dateParts(first), hour, minute],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: session.minutes },
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${BYDAY[session.weekday]}${group.endDate ? `;UNTIL=${untilOf(group.endDate)}` : ''}`,
      productId: 'taalbot',
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('could not make the calendar');
  return value
    .replace(/^DTSTART:/gm, `DTSTART;TZID=${TIME_ZONE}:`)
    .replace(/^(BEGIN:VCALENDAR\r?\n(?:(?!BEGIN:VEVENT).*\r?\n)*?)(?=BEGIN:VEVENT)/m, `$1${VTIMEZONE}\r\n`);
}

/** GET /calendar/:id.ics?key=…, the link the bot gives in "mijn les". */
export function calendarRoute(server: Server, domain: Domain, links: CalendarLinks): void {
  const limit = rateLimit({ burst: 20, perSecond: 2 });
  server.get('/calendar/:file', limit, async (req: Request, res: Response) => {
    const intakeId = String(req.params.file ?? '').replace(/\.ics$/, '');
    const key = typeof req.query?.key === 'string' ? req.query.key : '';
    const calendar = links.isValid(intakeId, key) ? await lessonCalendar(domain, intakeId) : undefined;
    if (!calendar) return void res.send(404, { error: 'no calendar here' });
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${t('lesson.calendarFile')}.ics"`,
      'cache-control': 'no-store',
    });
    res.end(calendar);
  });
}

function dateParts(date: LocalDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

/** The end of the last lesson day, in UTC as RRULE's UNTIL wants it next to a TZID. */
function untilOf(endDate: LocalDate): string {
  return `${endDate.replace(/-/g, '')}T225959Z`;
}
