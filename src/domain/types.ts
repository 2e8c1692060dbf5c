/** The words of the domain. Code is in English; Dutch lives in locales/nl.json. */

export const GOALS = ['reading', 'writing', 'numeracy', 'digital', 'speaking'] as const;
export type Goal = (typeof GOALS)[number];

export const REASONS = ['work', 'family', 'self', 'certificate'] as const;
export type Reason = (typeof REASONS)[number];

/** ISO weekday names, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export const FORMATS = ['group', 'one-on-one'] as const;
export type LessonFormat = (typeof FORMATS)[number];

/** When a worker can come. An empty list means "any": "maakt niet uit". */
export interface Availability {
  days: Weekday[];
  dayParts: DayPart[];
  /** A clock time the worker named: "om 3 uur", "na 2 uur", "tot 12 uur". */
  time?: TimeWindow;
}

/** Clock times as 'HH:MM'; each one given narrows the lessons that fit. */
export interface TimeWindow {
  /** A lesson starting within an hour of this time. */
  at?: string;
  /** A lesson starting at or after this time. */
  after?: string;
  /** A lesson ending by this time. */
  before?: string;
}

/** A choice from a fixed list, plus what the worker said in their own words. */
export interface Answer<T> {
  choices: T[];
  ownWords?: string;
}
