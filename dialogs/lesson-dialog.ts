import type { TurnContext } from 'botbuilder';
import type { Domain } from '../src/domain';
import { workerActor } from '../src/domain/audit';
import { DomainError, notFound } from '../src/domain/errors';
import type { Offer } from '../src/domain/matching';
import { list, t } from '../src/text/t';
import { understandChoice, understandLessonRequest, understandYesNo } from '../src/nlu';
import { dateText } from '../src/text/words';
import { say } from './prompt';
import { bookingText, offerText } from '../src/text/booking-text';
import { FlowDialog, type Outcome, type Step } from './flow-dialog';

export { LESSON_DIALOG } from './ids';
import { LESSON_DIALOG } from './ids';

export interface LessonSettings {
  /** A link to the worker's lessons as a calendar file. */
  calendarLink(intakeId: string): string;
}

export interface LessonOptions {
  intakeId: string;
  /** Open at the other times to move to, as after "Nieuwe tijd". */
  entry?: 'move';
}

interface LessonDraft {
  intakeId: string;
  offers: Offer[];
}

type MenuChoice = 'move' | 'cancel' | 'calendar' | 'done';

const KEEP = 0;

/**
 * "Mijn les": the worker sees their place, and can move it, cancel it, or put it in
 * their calendar. A move takes the new seat and gives up the old one in one step.
 */
export class LessonDialog extends FlowDialog<LessonDraft> {
  protected readonly steps: Step<LessonDraft>[] = [
    {
      id: 'menu',
      ask: async (draft) => ({
        before: [`${t('lesson.already')}\n${bookingText(await this.domain.catalog.current(), await this.intake(draft), false)}`],
        text: t('lesson.whatNow'),
        buttons: [t('lesson.move'), t('lesson.cancel'), t('lesson.calendar'), t('lesson.done')],
      }),
      answer: (text, draft, context) => this.menuAnswer(text, draft, context),
      example: 'lesson.example',
      help: 'lesson.help',
    },
    {
      id: 'move',
      detour: true,
      ask: async (draft) => {
        const catalog = await this.domain.catalog.current();
        return {
        before: [[t('lesson.otherPlaces'), ...draft.offers.map((offer, i) => offerText(catalog, offer, i + 1))].join('\n')],
        text: t('booking.pick'),
        buttons: [...draft.offers.map((_, i) => t('booking.pickNumber', { number: i + 1 })), t('lesson.keep')],
        };
      },
      answer: (text, draft, context) => this.moveAnswer(text, draft, context),
      example: 'booking.example',
      help: 'lesson.help',
    },
    {
      id: 'cancelConfirm',
      detour: true,
      ask: () => ({ text: t('lesson.cancelSure'), buttons: [t('lesson.cancelYes'), t('lesson.cancelNo')] }),
      answer: async (text, draft, context) => {
        const answer = understandYesNo(text) ?? (understandChoice(text, [{ value: 'yes' as const, words: [t('lesson.cancelYes')] }, { value: 'no' as const, words: [t('lesson.cancelNo')] }]));
        if (answer === 'no') return { kind: 'goto', step: 'menu', draft };
        if (answer !== 'yes') return { kind: 'unclear' };
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
    const { intakeId, entry } = options as LessonOptions;
    return { intakeId, offers: entry === 'move' ? await this.domain.bookings.moveOptions(intakeId) : [] };
  }

  protected override firstStep(draft: LessonDraft): Step<LessonDraft> | undefined {
    return draft.offers.length > 0 ? this.steps.find((step) => step.id === 'move') : super.firstStep(draft);
  }

  private async menuAnswer(text: string, draft: LessonDraft, context: TurnContext): Promise<Outcome<LessonDraft>> {
    const choice = understandChoice<MenuChoice>(text, [
      { value: 'move', words: [t('lesson.move'), ...list('lesson.moveWords')] },
      { value: 'cancel', words: [t('lesson.cancel'), ...list('lesson.cancelWords')] },
      { value: 'calendar', words: [t('lesson.calendar'), ...list('lesson.calendarWords')] },
      { value: 'done', words: [t('lesson.done'), ...list('lesson.doneWords')] },
    ]);
    if (!choice && LessonDialog.isAbsentOnce(text)) {
      await absentOnce(this.domain, context, draft.intakeId, text);
      return { kind: 'done' };
    }
    switch (choice) {
      case 'move': {
        const offers = await this.domain.bookings.moveOptions(draft.intakeId);
        if (offers.length > 0) return { kind: 'goto', step: 'move', draft: { ...draft, offers } };
        await say(context, t('lesson.noOtherPlace', { contact: await this.contactOf(draft) }));
        return { kind: 'done' };
      }
      case 'cancel':
        return { kind: 'goto', step: 'cancelConfirm', draft };
      case 'calendar':
        await say(context, t('lesson.calendarLink', { link: this.settings.calendarLink(draft.intakeId) }));
        return { kind: 'done' };
      case 'done':
        await say(context, t('lesson.bye'));
        return { kind: 'done' };
      default:
        return { kind: 'unclear' };
    }
  }

  private async moveAnswer(text: string, draft: LessonDraft, context: TurnContext): Promise<Outcome<LessonDraft>> {
    const choice = understandChoice(text, [
      ...draft.offers.map((_, i) => ({ value: i + 1, words: [t('booking.pickNumber', { number: i + 1 }), String(i + 1)] })),
      { value: KEEP, words: [t('lesson.keep'), ...list('lesson.keepWords')] },
    ]);
    if (choice === undefined) return { kind: 'unclear' };
    if (choice === KEEP) {
      await say(context, t('lesson.kept'));
      return { kind: 'done' };
    }
    try {
      const moved = await this.domain.bookings.move(draft.intakeId, draft.offers[choice - 1].groupId, workerActor(draft.intakeId));
      await say(context, t('lesson.moved'), bookingText(await this.domain.catalog.current(), moved));
      return { kind: 'done', result: { moved: moved.id } };
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'group-full')) throw error;
      const offers = await this.domain.bookings.moveOptions(draft.intakeId);
      await say(context, t('booking.taken'));
      if (offers.length === 0) {
        await say(context, t('lesson.noOtherPlace', { contact: await this.contactOf(draft) }));
        return { kind: 'done' };
      }
      return { kind: 'goto', step: 'move', draft: { ...draft, offers } };
    }
  }

  /** "Ik kan morgen niet", typed at the menu: one lesson missed, the place kept. */
  static isAbsentOnce(text: string): boolean {
    return understandLessonRequest(text) === 'absent' || understandChoice(text, [{ value: 'absent', words: list('lesson.absentWords') }]) === 'absent';
  }

  private async intake(draft: LessonDraft) {
    const intake = await this.domain.intakes.get(draft.intakeId);
    if (!intake) throw notFound('intake', draft.intakeId);
    return intake;
  }

  private async contactOf(draft: LessonDraft): Promise<string> {
    const booking = (await this.intake(draft)).booking;
    const catalog = await this.domain.catalog.current();
    const group = booking ? catalog.findGroup(booking.groupId) : undefined;
    return catalog.helpContact(group?.locationId)?.name ?? '';
  }
}

/**
 * The hook `absentOnce`: "ik kan morgen niet" marks that one lesson afgemeld (today's when
 * the worker says "vandaag"), the place stays. The teacher sees it on the attendance list.
 */
export async function absentOnce(domain: Domain, context: TurnContext, intakeId: string, text: string): Promise<void> {
  const today = /\bvandaag\b/i.test(text);
  const mark = await domain.attendance.sayAhead(intakeId, today ? domain.attendance.today() : undefined);
  await say(context, t('attendance.sayAhead.done', { date: dateText(mark.date) }), t('attendance.sayAhead.placeKept'));
}
