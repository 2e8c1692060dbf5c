import type { TimeWindow } from '../domain/types';
import { clockText, clockTimesIn, dayHour, type TimeMention } from './times';

type Kind = 'at' | 'after' | 'before';

/** Words just before a time that say which side of it the worker can come; checked in this order. */
const BEFORE_TIME: [RegExp, Kind][] = [
  [/\b(niet|nooit) (voor|eerder dan|vroeger dan)( ongeveer| een uur of)?\s*$/, 'after'],
  [/\b(niet|nooit) (na|later dan)( ongeveer| een uur of)?\s*$/, 'before'],
  [/\b(tot|voor|uiterlijk|ten laatste|tot uiterlijk|tot ongeveer|eerder dan)( ongeveer| een uur of| zon)?\s*$/, 'before'],
  [/\b(na|vanaf|van|later dan|pas na|pas vanaf|ergens na|tussen)( ongeveer| een uur of| zon)?\s*$/, 'after'],
  [/\b(om|rond|rondom|tegen|omstreeks|ongeveer|pas om|zo rond|een uur of)\s*$/, 'at'],
];
const AFTER_TIME: [RegExp, Kind][] = [
  [/^\s*(of|en) (later|daarna|na)\b/, 'after'],
  [/^\s*(of|en) (eerder|vroeger|daarvoor)\b|^\s*op (zijn|zn) laatst\b/, 'before'],
];

const MORNING = /\b(sochtends|ochtends|ochtend|smorgens|morgens|voormiddag|snachts)\b/;
const LATER = /\b(smiddags|middags|middag|savonds|avonds|avond|namiddag)\b/;
/** Work in the same sentence turns a time around: "ik werk tot 3 uur" means after 3. */
const WORK = /\b(werk|werken|werkt|dienst|diensten|school)\b/;
const WORK_ENDS = /\b(klaar|uit|vrij|thuis)\b/;

export interface WindowReading {
  window: TimeWindow;
  /** The clause without the times and the words that went with them. */
  rest: string;
}

/**
 * The clock times in one normalized clause of "Wanneer kun je?": "om 3 uur" (at), "na half 4",
 * "vanaf 7 uur", "niet voor 10 uur" (after), "tot 12 uur", "niet na 4 uur" (before),
 * "tussen 2 en 4" (both). A morning or evening word in the clause settles the hour;
 * work turns it around ("ik werk tot 3 uur" is after 3).
 */
export function readTimeWindow(said: string, evening = false): WindowReading {
  // "een uur of 7", "zo'n uur of 3": about 7, not one o'clock.
  const clause = said
    .replace(/\b(een |zon |zo een )?uur of (?=\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)/g, 'om ')
    // "9-12", "9 tot 12 uur", "14.00-16.00": a range of hours (a date "12-03-2027" has a second dash).
    .replace(/(^|[^\d.:-])(\d{1,2}(?:[:.]\d{2})?) ?(?:-|tot) ?(\d{1,2}(?:[:.]\d{2})?)(?![\d./-])/g, (match, lead: string, from: string, to: string) =>
      Number(from.split(/[:.]/)[0]) <= 24 && Number(to.split(/[:.]/)[0]) <= 24 ? `${lead}van ${from} tot ${to}` : match);
  const mentions = clockTimesIn(clause);
  const window: TimeWindow = {};
  if (mentions.length === 0) return { window, rest: clause };
  const context = { morning: MORNING.test(clause), later: LATER.test(clause) || evening };
  const working = WORK.test(clause);
  let rest = clause;
  let previous: Kind | undefined;
  const spans: { from: number; to: number; kind: Kind; mention: TimeMention }[] = [];
  for (const mention of mentions) {
    const head = clause.slice(0, mention.index);
    const tail = clause.slice(mention.index + mention.length);
    let kind: Kind = 'at';
    let from = mention.index;
    let to = mention.index + mention.length;
    const lead = BEFORE_TIME.find(([pattern]) => pattern.test(head));
    if (lead) {
      kind = lead[1];
      from = head.search(lead[0]);
    }
    if (/\ben\s*$/.test(head) && previous === 'after' && /\btussen\b/.test(head)) {
      kind = 'before';
      from = head.search(/\ben\s*$/);
    }
    const trail = AFTER_TIME.find(([pattern]) => pattern.test(tail));
    if (trail) {
      kind = trail[1];
      to += (tail.match(trail[0]) ?? [''])[0].length;
    }
    if (working) kind = kind === 'before' ? 'after' : kind === 'after' ? 'before' : WORK_ENDS.test(clause) ? 'after' : 'before';
    else if (kind === 'at' && WORK_ENDS.test(tail)) kind = 'after';
    spans.push({ from, to, kind, mention });
    previous = kind;
  }
  // "ik werk van 7 tot 3": only the end of the work says when the worker can come.
  const workEnd = working ? spans.find((span) => span.kind === 'after') : undefined;
  for (const { kind, mention } of workEnd ? [workEnd] : spans) {
    window[kind] ??= clockText(dayHour(mention, context), mention.minute);
  }
  for (const { from, to } of [...spans].reverse()) rest = `${rest.slice(0, from)} ${rest.slice(to)}`;
  // "na 7 uur maar niet na 9": a spoken end before its start is the same evening.
  if (window.after && window.before && window.before <= window.after && Number(window.before.slice(0, 2)) < 12) {
    window.before = clockText(Number(window.before.slice(0, 2)) + 12, Number(window.before.slice(3, 5)));
  }
  return { window: ordered(window), rest };
}

function ordered(window: TimeWindow): TimeWindow {
  const result: TimeWindow = {};
  if (window.at) result.at = window.at;
  if (window.after) result.after = window.after;
  if (window.before) result.before = window.before;
  return result;
}
