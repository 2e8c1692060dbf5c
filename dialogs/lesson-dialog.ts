import type { TurnContext } from 'botbuilder';
import type { Domain } from '../src/domain';
import { workerActor } from '../src/domain/audit';
import { DomainError, notFound } from '../src/domain/errors';
import type { Intake } from '../src/domain/intake';
import { GOALS, type Availability } from '../src/domain/types';
import { list, t } from '../src/text/t';
import { understandAvailability, understandChange, understandChoice, understandGoals, understandLessonRequest, understandName, understandPhone, understandYesNo } from '../src/nlu';
import type { ChangeField, LessonRequest } from '../src/nlu';
import { dateText } from '../src/text/words';
import { say } from './prompt';
import { bookingText, seatLabel } from '../src/text/booking-text';
import { goalLabel } from '../src/text/words';
import { FlowDialog, type Outcome, type Step } from './flow-dialog';

export { LESSON_DIALOG } from './ids';
import { LESSON_DIALOG } from './ids';

export interface LessonSettings {
  /** A link to the worker's lessons as a calendar file. */
  calendarLink(intakeId: string): string;
}

/** What the worker asked for in their first words, if anything: the dialog starts there. */
export type LessonEntry = 'move' | 'cancel' | 'change';

export interface LessonOptions {
  intakeId: string;
  entry?: LessonEntry;
  /** What the worker said when asking to move ("ik kan dinsdag niet meer"): the seats follow it. */
  wish?: string;
}

interface MoveSeat {
  groupId: string;
  label: string;
}

interface LessonDraft {
  intakeId: string;
  offers: MoveSeat[];
  entry?: LessonEntry;
  wish?: string;
}


const KEEP = 0;
const done = { kind: 'done' } as const;
const unclear = { kind: 'unclear' } as const;

/**
 * "Mijn les": the worker sees their place and can change it (name, goals, day and time,
 * phone), cancel it, or put it in their calendar. A move takes the new seat and gives up
 * the old one in one step.
 */
export class LessonDialog extends FlowDialog<LessonDraft> {
  protected readonly steps: Step<LessonDraft>[] = [
    {
      id: 'menu',
      ask: async (draft) => ({
        before: [`${t('lesson.already')}\n\n${bookingText(await this.domain.catalog.current(), await this.intake(draft), false)}`],
        text: t('lesson.whatNow'),
        buttons: [t('lesson.change'), t('lesson.cancel'), t('lesson.calendar'), t('lesson.done')],
      }),
      answer: (text, draft, context) => this.menuAnswer(text, draft, context),
      example: 'lesson.example',
      help: 'lesson.help',
    },
    {
      id: 'change',
      detour: true,
      ask: () => ({ text: t('lesson.whatToChange'), buttons: CHANGES.map(([key]) => t(key)) }),
      answer: (text, draft, context) => this.changeAnswer(text, draft, context),
      example: 'lesson.changeExample',
      help: 'lesson.changeHelp',
    },
    {
      id: 'changeName',
      detour: true,
      ask: () => ({ text: t('lesson.askName'), buttons: [t('commands.back')] }),
      answer: async (text, draft, context) => {
        const name = understandName(text);
        if (!name) return unclear;
        await this.domain.intakes.complete(draft.intakeId, { name });
        await say(context, t('lesson.nameChanged', { name }));
        return done;
      },
      example: 'name.example',
      help: 'name.help',
    },
    {
      id: 'changeGoals',
      detour: true,
      ask: () => ({ text: t('goals.ask'), buttons: GOALS.map(goalLabel) }),
      answer: async (text, draft, context) => {
        const reading = understandGoals(text);
        if (!reading) return unclear;
        await this.domain.intakes.complete(draft.intakeId, { goals: { choices: reading.goals, ownWords: reading.ownWords } });
        await say(context, t('lesson.saved'));
        return done;
      },
      example: 'goals.example',
      help: 'goals.help',
    },
    {
      id: 'changePhone',
      detour: true,
      ask: () => ({ text: t('phone.type'), buttons: [t('lesson.noPhone')] }),
      answer: async (text, draft, context) => {
        const phone = understandPhone(text);
        const none = understandChoice(text, [{ value: true, words: [t('lesson.noPhone')] }]);
        if (!phone && !none) return unclear;
        await this.domain.intakes.complete(draft.intakeId, { phone: phone ?? null });
        await say(context, t('lesson.saved'));
        return done;
      },
      example: 'phone.example',
      help: 'phone.help',
    },
    {
      id: 'move',
      detour: true,
      ask: (draft) => ({ text: t('lesson.otherPlaces'), buttons: [...draft.offers.map((offer) => offer.label), t('lesson.keep')] }),
      answer: (text, draft, context) => this.moveAnswer(text, draft, context),
      example: 'seats.example',
      help: 'lesson.help',
    },
    {
      id: 'cancelConfirm',
      detour: true,
      ask: () => ({ text: t('lesson.cancelSure'), buttons: [t('lesson.cancelYes'), t('lesson.cancelNo')] }),
      answer: async (text, draft, context) => {
        // The buttons first: "Ja, afmelden" is a yes, whatever a yes/no reader makes of it.
        const tapped = understandChoice(text, [
          { value: 'yes' as const, words: [t('lesson.cancelYes')] },
          { value: 'no' as const, words: [t('lesson.cancelNo')] },
        ]);
        const answer = tapped ?? understandYesNo(text);
        if (answer === 'no') return { kind: 'goto', step: 'menu', draft };
        if (answer !== 'yes') return unclear;
        await this.domain.bookings.cancel(draft.intakeId);
        await say(context, t('lesson.cancelled'));
        return { kind: 'done', result: { cancelled: draft.intakeId } };
      },
      example: 'consent.example',
      help: 'lesson.help',
    },
  ];

  constructor(
    domain: Domain,
    private readonly settings: LessonSettings,
  ) {
    super(LESSON_DIALOG, domain);
  }

  protected async start(_context: TurnContext, options: unknown): Promise<LessonDraft> {
    const { intakeId, entry, wish } = options as LessonOptions;
    const offers = entry === 'move' ? await this.moveSeats(intakeId, wish) : [];
    return { intakeId, offers, ...(entry ? { entry } : {}), ...(wish ? { wish } : {}) };
  }

  protected override entryStep(draft: LessonDraft): string | undefined {
    if (draft.entry === 'move') return draft.offers.length > 0 ? 'move' : undefined;
    if (draft.entry === 'cancel') return 'cancelConfirm';
    if (draft.entry === 'change') return 'change';
    return undefined;
  }

  /**
   * What a booked worker's message asks for: move, cancel, change, miss one lesson, the
   * calendar, their data, erasure, or nothing; undefined for a greeting or anything else.
   * The bot's own words first, then the reader of src/nlu, then the buttons with small typing
   * mistakes ("afmeldn").
   */
  static requestOf(text: string): LessonRequest | 'change' | undefined {
    // "veranderen" is what the bot told the worker to type; the reader would hear a move.
    const said = text.trim().toLowerCase();
    if ([t('lesson.change'), t('after.changeButton'), ...list('lesson.changeWords')].some((word) => word.toLowerCase() === said)) return 'change';
    if ([t('lesson.done'), t('booking.finished')].some((word) => word.toLowerCase() === said)) return 'done';
    const request = understandLessonRequest(text);
    if (request && request !== 'show' && request !== 'greeting') return request;
    return understandChoice<LessonRequest | 'change'>(text, [
      { value: 'move', words: [t('lesson.move')] },
      { value: 'cancel', words: [t('lesson.cancel')] },
      { value: 'change', words: [t('lesson.change'), t('after.changeButton'), ...list('lesson.changeWords')] },
      { value: 'calendar', words: [t('lesson.calendar')] },
      { value: 'done', words: [t('lesson.done'), t('booking.finished')] },
    ]);
  }

  /** "Ik kan morgen niet": that one lesson is marked afgemeld, the seat kept. */
  async absentOnce(context: TurnContext, intakeId: string, text: string): Promise<void> {
    await absentOnce(this.domain, context, intakeId, text);
  }

  async calendar(context: TurnContext, intakeId: string): Promise<void> {
    await say(context, t('lesson.calendarLink', { link: this.settings.calendarLink(intakeId) }));
  }

  private async menuAnswer(text: string, draft: LessonDraft, context: TurnContext): Promise<Outcome<LessonDraft>> {
    const choice = LessonDialog.requestOf(text);
    if (choice === 'absent') {
      await absentOnce(this.domain, context, draft.intakeId, text);
      return { kind: 'done' };
    }
    switch (choice) {
      case 'change':
        return { kind: 'goto', step: 'change', draft };
      case 'move':
        return this.startMove({ ...draft, wish: text }, context);
      case 'cancel':
        return { kind: 'goto', step: 'cancelConfirm', draft };
      case 'calendar':
        await this.calendar(context, draft.intakeId);
        return done;
      case 'done':
        await say(context, t('lesson.bye'));
        return done;
      default:
        return unclear;
    }
  }

  private async changeAnswer(text: string, draft: LessonDraft, context: TurnContext): Promise<Outcome<LessonDraft>> {
    const field: ChangeField | undefined =
      understandChoice<ChangeField>(text, CHANGES.map(([key, value]) => ({ value, words: [t(key)] }))) ?? understandChange(text);
    switch (field) {
      case 'name':
        return { kind: 'goto', step: 'changeName', draft };
      case 'goals':
        return { kind: 'goto', step: 'changeGoals', draft };
      case 'when':
        return this.startMove(draft, context);
      case 'phone':
        return { kind: 'goto', step: 'changePhone', draft };
      case 'nothing':
        await say(context, t('lesson.kept'));
        return done;
      default:
        return unclear;
    }
  }

  private async startMove(draft: LessonDraft, context: TurnContext): Promise<Outcome<LessonDraft>> {
    const offers = await this.moveSeats(draft.intakeId, draft.wish);
    if (offers.length > 0) return { kind: 'goto', step: 'move', draft: { ...draft, offers } };
    await this.noOtherPlace(context, draft.intakeId);
    return done;
  }

  private async moveAnswer(text: string, draft: LessonDraft, context: TurnContext): Promise<Outcome<LessonDraft>> {
    const choice = understandChoice(text, [
      ...draft.offers.map((offer, i) => ({ value: i + 1, words: [offer.label] })),
      { value: KEEP, words: [t('lesson.keep'), ...list('lesson.keepWords')] },
    ]);
    if (choice === undefined) return unclear;
    if (choice === KEEP) {
      await say(context, t('lesson.kept'));
      return done;
    }
    try {
      const moved = await this.domain.bookings.move(draft.intakeId, draft.offers[choice - 1].groupId, workerActor(draft.intakeId), wishOf(draft.wish));
      await say(context, t('lesson.moved'), bookingText(await this.domain.catalog.current(), moved, false));
      return { kind: 'done', result: { moved: moved.id } };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'group-full')) throw error;
      const offers = await this.moveSeats(draft.intakeId, draft.wish);
      await say(context, t('seats.taken'));
      if (offers.length === 0) {
        await this.noOtherPlace(context, draft.intakeId);
        return done;
      }
      return { kind: 'goto', step: 'move', draft: { ...draft, offers } };
    }
  }

  /** Other seats, as buttons that say what they are. */
  private async moveSeats(intakeId: string, wish?: string): Promise<MoveSeat[]> {
    const [offers, catalog] = await Promise.all([this.domain.bookings.moveOptions(intakeId, wishOf(wish)), this.domain.catalog.current()]);
    const seats = offers.map((offer) => ({ groupId: offer.groupId, label: seatLabel(catalog, offer.groupId, offer.firstLesson) }));
    // Two groups at the same day, time and place look the same to the worker: one button.
    return seats.filter((seat, i) => seats.findIndex((other) => other.label === seat.label) === i);
  }

  private async noOtherPlace(context: TurnContext, intakeId: string): Promise<void> {
    const contact = await this.contactOf(intakeId);
    await say(context, contact.phone ? t('lesson.noOtherPlace', { contact: contact.name, phone: contact.phone }) : t('lesson.noOtherPlaceNoPhone', { contact: contact.name }));
  }

  private async intake(draft: LessonDraft): Promise<Intake> {
    const intake = await this.domain.intakes.get(draft.intakeId);
    if (!intake) throw notFound('intake', draft.intakeId);
    return intake;
  }

  private async contactOf(intakeId: string): Promise<{ name: string; phone?: string }> {
    const booking = (await this.domain.intakes.get(intakeId))?.booking;
    const catalog = await this.domain.catalog.current();
    const group = booking ? catalog.findGroup(booking.groupId) : undefined;
    return catalog.helpContact(group?.locationId) ?? { name: '' };
  }
}

const CHANGES = [
  ['lesson.changeName', 'name'],
  ['lesson.changeGoals', 'goals'],
  ['lesson.changeWhen', 'when'],
  ['lesson.changePhone', 'phone'],
] as const;

/**
 * The hook `absentOnce`: "ik kan morgen niet" marks that one lesson afgemeld (today's when
 * the worker says "vandaag"), the place stays. The teacher sees it on the attendance list.
 */
export async function absentOnce(domain: Domain, context: TurnContext, intakeId: string, text: string): Promise<void> {
  const today = /\bvandaag\b/i.test(text);
  const mark = await domain.attendance.sayAhead(intakeId, today ? domain.attendance.today() : undefined);
  await say(context, t('attendance.sayAhead.done', { date: dateText(mark.date) }), t('attendance.sayAhead.placeKept'));
}

/** The days and day parts a worker named when asking to move ("ik kan dinsdag niet meer"), if any. */
function wishOf(text: string | undefined): Availability | undefined {
  const said = text === undefined ? undefined : understandAvailability(text);
  if (!said || said.any) return undefined;
  return { days: said.days, dayParts: said.dayParts };
}
