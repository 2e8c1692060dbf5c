import { z } from 'zod';
import { FORMATS, GOALS, WEEKDAYS } from './types';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

export const locationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  street: z.string().min(1),
  town: z.string().min(1),
  contact: z.object({ name: z.string().min(1), phone: z.string().optional() }),
});

export const lessonTimeSchema = z.object({
  weekday: z.enum(WEEKDAYS),
  start: clockTime,
  minutes: z.number().int().min(15).max(480),
});

export const groupSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(FORMATS),
  name: z.string().min(1),
  goals: z.array(z.enum(GOALS)).min(1),
  times: z.array(lessonTimeSchema).min(1),
  locationId: z.string().min(1),
  capacity: z.number().int().min(1).max(100),
  startDate: localDate,
  endDate: localDate.optional(),
  teacher: z.string(),
  bring: z.string().optional(),
  overflow: z.object({ openedAt: z.string(), confirmed: z.boolean(), confirmBy: localDate.optional() }).optional(),
  createdAt: z.string(),
});
