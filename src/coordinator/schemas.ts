import { z } from 'zod';
import { FILE_FILTERS } from '../domain/file-service';
import { FORMATS, GOALS, WEEKDAYS } from '../domain/types';
import { ROLES } from './auth/accounts';
import { MIN_PASSWORD_LENGTH } from './auth/passwords';

/**
 * The input of the dashboard's forms and of the JSON API, in one set of schemas.
 * Forms send strings (and a single checkbox as a string, not a list), so numbers,
 * booleans and lists accept both shapes.
 */
const text = (max: number) => z.string().trim().min(1, 'fill this in').max(max, `at most ${max} characters`);
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max, `at most ${max} characters`).optional());
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(d)), 'not a real date');
const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), date.optional());
const listOf = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'ja', z.boolean());
const id = z.string().trim().min(1, 'fill this in').max(100);

export const fileQuerySchema = z.object({
  filter: z.preprocess((v) => (v === '' ? undefined : v), z.enum(FILE_FILTERS).optional()),
  name: optionalText(100),
});

export const noteSchema = z.object({ text: text(2000) });

export const evaluationSchema = z.object({
  date,
  wentWell: text(2000),
  nextGoal: text(2000),
  done: checkbox,
});

export const certificateSchema = z.object({ date, which: text(200) });

export const handoverSchema = z.object({ to: optionalText(100) });

export const moveSchema = z.object({ groupId: id });
export const cancelSessionSchema = z.object({ date });

const groupFields = z.object({
    name: text(120),
    kind: z.enum(FORMATS),
    goals: listOf(z.enum(GOALS)).pipe(z.array(z.enum(GOALS)).min(1, 'choose at least one goal')),
    weekdays: listOf(z.enum(WEEKDAYS)).pipe(z.array(z.enum(WEEKDAYS)).min(1, 'choose at least one day')),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM'),
    minutes: z.coerce.number().int('whole minutes').min(15, 'at least 15').max(480, 'at most 480'),
    locationId: id,
    capacity: z.coerce.number().int('a whole number').min(1, 'at least 1').max(100, 'at most 100'),
    teacher: optionalText(120).transform((v) => v ?? ''),
    startDate: date,
    endDate: optionalDate,
    bring: optionalText(200),
});

export const groupSchema = groupFields
  .refine((g) => g.kind !== 'one-on-one' || g.capacity === 1, { path: ['capacity'], message: 'a 1-on-1 slot has capacity 1' })
  .refine((g) => !g.endDate || g.endDate >= g.startDate, { path: ['endDate'], message: 'the end date is before the start date' });

export const locationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'lower-case letters, digits and dashes'),
  name: text(120),
  street: text(120),
  town: text(80),
  contactName: text(80),
  contactPhone: optionalText(30),
});

export const periodSchema = z
  .object({ from: optionalDate, to: optionalDate })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ['to'], message: 'the end is before the start' });

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email('an e-mail address').max(200),
  password: z.string().min(1, 'fill this in').max(200),
});

export const accountSchema = z.object({
  email: z.string().trim().toLowerCase().email('an e-mail address').max(200),
  name: text(120),
  role: z.enum(ROLES),
  locationIds: listOf(id),
  groupIds: listOf(id),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export const accountChangeSchema = z.object({
  role: z.enum(ROLES),
  locationIds: listOf(id),
  groupIds: listOf(id),
  disabled: checkbox,
});

export const passwordChangeSchema = z.object({
  current: z.string().min(1, 'fill this in').max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export const eraseSchema = z.object({ confirm: z.literal('erase', { message: 'send erase to confirm' }) });

export type GroupForm = z.output<typeof groupSchema>;

/** The fields of a group form that are valid, to fill the form again after a mistake. */
export function validGroupFields(body: unknown): Partial<GroupForm> {
  const input = (body ?? {}) as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(groupFields.shape)) {
    const result = (field as z.ZodType).safeParse(input[key]);
    if (result.success && result.data !== undefined) valid[key] = result.data;
  }
  return valid as Partial<GroupForm>;
}
