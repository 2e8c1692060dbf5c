import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Domain } from '../src/domain';
import { DomainError } from '../src/domain/errors';
import type { Intake, IntakeDraft } from '../src/domain/intake';
import type { SeatOffer } from '../src/domain/seat-offers';
import { GOALS, type Answer, type Availability, type Goal, type LessonFormat, type TimeWindow } from '../src/domain/types';
import { list, t } from '../src/text/t';
import {
  understandAvailability,
  understandChoice,
  understandCommand,
  understandConsent,
  understandFormat,
  understandGoals,
  understandOffer,
  understandTime,
  isPlaceholderName,
  understandName,
  type OfferWords,
} from '../src/nlu';
import { bookingButtons, say, sayWithButtons, TEAMS_CHANNEL } from './prompt';
import { FlowDialog, type Asker, type Outcome, type Step } from './flow-dialog';
import { bookingText, seatLabel } from '../src/text/booking-text';
import { formatText, goalLabel } from '../src/text/words';

export const INTAKE_DIALOG = 'intake';

/** A seat shown as a button, with the words a worker may use to pick it. */
export interface OfferedSeat extends OfferWords {
  groupId: string;
}

/** The answers so far. Stored with the dialog, so a restart loses none. */
export interface IntakeAnswers {
  channel: string;
  channelUserId: string;
  conversationId: string;
  knownName?: string;
  referralCode?: string;
  consent?: { at: string; version: string };
  name?: string;
  goals?: Answer<Goal>;
  availability?: Availability;
  /** Only when the worker brought it up; otherwise the seat they pick answers it. */
  format?: LessonFormat | 'any';
  offers?: OfferedSeat[];
  /** The seats offered are not quite what was asked: the question says so. */
  near?: boolean;
  /** Seats the worker said "Andere tijd" to: never booked for them. */
  refused?: string[];
}

export interface IntakeOptions {
  referralCode?: string;
  /** The name the channel knows (a Teams profile): used without asking. */
  knownName?: string;
}

export interface IntakeSettings {
  retentionMonths: number;
  /** A link to the worker's lessons as a calendar file. */
  calendarLink(intakeId: string): string;
}

/** What the sign-up ends with: the file of the booked worker. */
export interface SignedUp {
  booked: string;
}

const next = <D>(draft: D): Outcome<D> => ({ kind: 'next', draft });
const unclear = { kind: 'unclear' } as const;
const NAV = () => [t('commands.back'), t('commands.helpButton')];
const YEAR_IN_MONTHS = 12;

/**
 * The short sign-up: book first, ask the rest after. Consent, name (known in Teams),
 * what to learn, when, and a tap on a real seat books it. Why, a phone number and who
 * helped come after the booking (after-booking-dialog). The steps below are in the order
 * a worker meets them.
 */
export class IntakeDialog extends FlowDialog<IntakeAnswers> {
  protected readonly steps: Step<IntakeAnswers>[] = [
    {
      id: 'consent',
      ask: () => ({ text: this.consentText(), buttons: [t('consent.yes'), t('consent.no'), t('consent.more')] }),
      answer: (text, draft, context) => this.consentAnswer(text, draft, context),
      example: 'consent.example',
      help: 'consent.help',
    },
    {
      id: 'consentExplained',
      detour: true,
      ask: () => ({ before: [t('consent.explain')], text: this.consentText(), buttons: [t('consent.yes'), t('consent.no')] }),
      answer: (text, draft, context) => this.consentAnswer(text, draft, context),
      example: 'consent.example',
      help: 'consent.help',
    },
    {
      id: 'name',
      skip: (draft) => draft.name !== undefined,
      ask: () => ({ text: t('name.ask'), buttons: NAV() }),
      answer: (text, draft) => {
        const name = understandName(text);
        return name ? next({ ...draft, name }) : unclear;
      },
      example: 'name.example',
      help: 'name.help',
    },
    {
      id: 'goals',
      ask: () => ({ text: t('goals.ask'), buttons: [...GOALS.map(goalLabel), t('goals.other')] }),
      answer: (text, draft) => {
        if (isChoice(text, t('goals.other'))) return { kind: 'goto', step: 'goalsOwnWords', draft };
        const reading = understandGoals(text);
        return reading ? next({ ...draft, goals: { choices: reading.goals, ownWords: reading.ownWords } }) : unclear;
      },
      example: 'goals.example',
      help: 'goals.help',
    },
    {
      id: 'goalsOwnWords',
      detour: true,
      ask: () => ({ text: t('goals.ownWords'), buttons: NAV() }),
      answer: (text, draft) => {
        if (!isOwnWords(text)) return unclear;
        return next({ ...draft, goals: { choices: understandGoals(text)?.goals ?? [], ownWords: text } });
      },
      example: 'goals.example',
      help: 'goals.help',
    },
    {
      id: 'when',
      ask: () => ({ text: t('when.ask'), buttons: [...list('words.dayPartButtons'), t('when.any')] }),
      answer: (text, draft, context) => this.whenAnswer(text, draft, context),
      example: 'when.example',
      help: 'when.help',
    },
    {
      id: 'pick',
      ask: (draft) => {
        const offers = draft.offers ?? [];
        return { text: t(draft.near ? 'seats.askNear' : 'seats.ask'), buttons: [...offers.map((offer) => offer.label), t('seats.other')] };
      },
      answer: (text, draft, context) => this.pickAnswer(text, draft, context),
      example: 'seats.example',
      help: 'seats.help',
    },
  ];

  constructor(
    domain: Domain,
    private readonly settings: IntakeSettings,
  ) {
    super(INTAKE_DIALOG, domain);
  }

  protected start(context: TurnContext, options: unknown): IntakeAnswers {
    const { activity } = context;
    const { referralCode, knownName } = (options as IntakeOptions | undefined) ?? {};
    // Only Teams knows a real name; a web chat's name is a placeholder or a nickname.
    const trusted = activity.channelId === TEAMS_CHANNEL && knownName && !isPlaceholderName(knownName) ? understandName(knownName) : undefined;
    return {
      channel: activity.channelId,
      channelUserId: activity.from.id,
      conversationId: activity.conversation.id,
      ...(trusted ? { knownName: trusted } : {}),
      ...(referralCode ? { referralCode } : {}),
    };
  }

  protected override restartOptions(draft: IntakeAnswers): IntakeOptions {
    return { referralCode: draft.referralCode, knownName: draft.knownName };
  }

  protected override async asker(draft: IntakeAnswers): Promise<Asker> {
    return { name: draft.name ?? draft.knownName, referralCode: draft.referralCode };
  }

  private consentText(): string {
    const months = this.settings.retentionMonths;
    return months === YEAR_IN_MONTHS ? t('consent.ask') : t('consent.askMonths', { months });
  }

  private async consentAnswer(text: string, draft: IntakeAnswers, context: TurnContext): Promise<Outcome<IntakeAnswers>> {
    if (isChoice(text, t('consent.more'))) return { kind: 'goto', step: 'consentExplained', draft };
    const reading = understandConsent(text);
    const answer = reading === 'no' && asksForHelp(text) ? 'help' : reading;
    // A question or "ik snap het niet" gets the explanation, never a no.
    if (answer === 'explain' || answer === 'help') return { kind: 'goto', step: 'consentExplained', draft };
    if (answer === 'yes') {
      const version = createHash('sha256').update(this.consentText()).digest('hex').slice(0, 12);
      const consent = { at: this.domain.clock.now().toISOString(), version };
      if (!draft.knownName) return next({ ...draft, consent });
      await say(context, t('name.hello', { name: draft.knownName }));
      return next({ ...draft, consent, name: draft.knownName });
    }
    if (answer === 'no') {
      await say(context, t('consent.declined'));
      return { kind: 'done', result: { declined: true } };
    }
    return unclear;
  }

  private async whenAnswer(text: string, draft: IntakeAnswers, context: TurnContext): Promise<Outcome<IntakeAnswers>> {
    const format = understandFormat(text);
    const clock = clockTimeOf(text);
    // "kwart voor 9" alone is a time on any day.
    const reading = understandAvailability(text) ?? (clock ? { days: [], dayParts: [], any: false } : undefined);
    const withFormat = format ? { ...draft, format } : draft;
    if (!reading) {
      if (!format) return unclear;
      // "Kan het met één vrijwilliger?": noted, and the question stays.
      await say(context, t('format.noted', { format: formatText(format) }));
      return { kind: 'goto', step: 'when', draft: withFormat };
    }
    const time = reading.time ?? clock;
    const availability: Availability = { days: reading.days, dayParts: reading.dayParts, ...(time ? { time } : {}) };
    return this.offer(context, { ...withFormat, availability });
  }

  /** The seats for the wish as buttons; with none left to offer, the fallback seat at once. */
  private async offer(context: TurnContext, draft: IntakeAnswers): Promise<Outcome<IntakeAnswers>> {
    const offers = await this.domain.bookings.offers(requestOf(draft), draft.refused ?? []);
    if (offers.length === 0) return this.bookElsewhere(context, draft);
    const catalog = await this.domain.catalog.current();
    // Two groups at the same day, time and place look the same to the worker: one button.
    const seats = uniqueLabels(offers.map((offer) => offeredSeat(offer, seatLabel(catalog, offer.groupId, offer.firstLesson), catalog)));
    const near = offers.every((offer) => offer.differs.length > 0);
    return { kind: 'goto', step: 'pick', draft: { ...draft, offers: seats, near } };
  }

  private async pickAnswer(text: string, draft: IntakeAnswers, context: TurnContext): Promise<Outcome<IntakeAnswers>> {
    const offers = draft.offers ?? [];
    // "Andere tijd", "geen van deze", "past niet": the offer reader says 'none'.
    const choice = understandOffer(text, offers);
    if (choice === undefined) {
      const format = understandFormat(text);
      if (!format) return unclear;
      await say(context, t('format.noted', { format: formatText(format) }));
      return this.offer(context, { ...draft, format });
    }
    if (choice === 'none') {
      const refused = [...(draft.refused ?? []), ...offers.map((offer) => offer.groupId)];
      // The first "Andere tijd" asks when again; the second gets the seat that is always there.
      if ((draft.refused ?? []).length > 0) return this.bookElsewhere(context, { ...draft, refused });
      await say(context, t('when.again'));
      return { kind: 'goto', step: 'when', draft: { ...draft, refused } };
    }
    const seat = offers[choice - 1];
    if (!seat) return unclear;
    try {
      // Group or 1-on-1: the seat picked answers it.
      const format = draft.format ?? (seat.oneOnOne ? 'one-on-one' : 'group');
      return await this.booked(context, await this.domain.bookings.signUp(toIntakeDraft({ ...draft, format }), seat.groupId, requestKeyOf(draft)));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'group-full')) throw error;
      await say(context, t('seats.taken'));
      return this.offer(context, draft);
    }
  }

  private async bookElsewhere(context: TurnContext, draft: IntakeAnswers): Promise<Outcome<IntakeAnswers>> {
    return this.booked(context, await this.domain.bookings.signUpElsewhere(toIntakeDraft(draft), draft.refused ?? [], requestKeyOf(draft)));
  }

  /** The booking, with a calendar link that stays on it; the questions after come next. */
  private async booked(context: TurnContext, intake: Intake): Promise<Outcome<IntakeAnswers>> {
    await sayWithButtons(context, bookingText(await this.domain.catalog.current(), intake), bookingButtons(this.settings.calendarLink(intake.id)));
    return { kind: 'done', result: { booked: intake.id } satisfies SignedUp };
  }
}

function uniqueLabels<S extends { label: string }>(seats: S[]): S[] {
  return seats.filter((seat, i) => seats.findIndex((other) => other.label === seat.label) === i);
}

function offeredSeat(offer: SeatOffer, label: string, catalog: Awaited<ReturnType<Domain['catalog']['current']>>): OfferedSeat {
  const group = catalog.group(offer.groupId);
  return {
    groupId: offer.groupId,
    label,
    weekday: offer.lesson.weekday,
    start: offer.lesson.start,
    place: catalog.location(group.locationId).name,
    ...(group.teacher ? { person: group.teacher.split(/\s+/)[0] } : {}),
    oneOnOne: group.kind === 'one-on-one',
  };
}

/** A clock time the availability reader did not place: "om 3 uur" is a lesson around 15.00. */
function clockTimeOf(text: string): TimeWindow | undefined {
  const time = understandTime(text);
  if (!time) return undefined;
  return { at: `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}` };
}

/** "help ik snap het niet": some words of it are a call for help, so it is never read as a no. */
function asksForHelp(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  for (let size = 1; size <= Math.min(4, words.length); size++) {
    for (let i = 0; i + size <= words.length; i++) if (understandCommand(words.slice(i, i + size).join(' ')) === 'help') return true;
  }
  return false;
}

function isChoice(text: string, label: string): boolean {
  return understandChoice(text, [{ value: true, words: [label] }]) === true;
}

function isOwnWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

function requestOf(draft: IntakeAnswers) {
  return { goals: draft.goals?.choices ?? [], availability: draft.availability ?? { days: [], dayParts: [] }, format: draft.format ?? 'any' };
}

/** After a crash between booking and saving the dialog, the same tap comes again: this key finds that booking. */
function requestKeyOf(draft: IntakeAnswers): string {
  return `${draft.channel}:${draft.conversationId}:${draft.consent?.at ?? ''}`;
}

function toIntakeDraft(answers: IntakeAnswers): IntakeDraft {
  if (!answers.consent || !answers.name || !answers.goals || !answers.availability) throw new Error('intake answers are incomplete');
  return {
    channel: answers.channel,
    channelUserId: answers.channelUserId,
    conversationId: answers.conversationId,
    name: answers.name,
    goals: answers.goals,
    // Asked after the booking, for the file.
    reasons: { choices: [] },
    availability: answers.availability,
    format: answers.format ?? 'any',
    consent: answers.consent,
    ...(answers.referralCode ? { referralCode: answers.referralCode } : {}),
  };
}
