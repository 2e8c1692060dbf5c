import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
// Only the dialog classes: the package index also loads every prompt and its recognizers (about 40 MB).
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { Domain } from '../src/domain';
import { t } from '../src/text/t';
import { say } from './prompt';
import { AFTER_BOOKING_DIALOG, type AfterBookingOptions } from './after-booking-dialog';
import { isErased } from './flow-dialog';
import { textOf } from './prompt';
import { PRIVACY_DIALOG, type PrivacyOptions } from './privacy-dialog';
import { understandMenu } from '../src/nlu/menu';
import { INTAKE_DIALOG, type IntakeOptions } from './intake-dialog';
import { LESSON_DIALOG, LessonDialog, type LessonOptions } from './lesson-dialog';

export const MAIN_DIALOG = 'main';

export type MainOptions = IntakeOptions;

/**
 * The root of every conversation. It greets and starts the sign-up; after the booking,
 * the questions that could wait. Afterwards it stays open: a booked worker's first message
 * acts on what it says (move, cancel, miss one lesson), and a worker without a place can
 * sign up (again).
 */
export class MainDialog extends Dialog {
  constructor(
    private readonly domain: Domain,
    private readonly lessons: LessonDialog,
  ) {
    super(MAIN_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: MainOptions): Promise<DialogTurnResult> {
    await say(dc.context, t('welcome.hello'));
    return this.startOrShow(dc, options ?? {});
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = textOf(dc.context);
    const request = understandMenu(text);
    if (request === 'my-data' || request === 'delete-my-data') {
      return dc.beginDialog(PRIVACY_DIALOG, { mode: request === 'my-data' ? 'show' : 'erase' } satisfies PrivacyOptions);
    }
    const { channelId, from } = dc.context.activity;
    const intake = await this.domain.intakes.activeFor(channelId, from.id);
    if (intake?.status === 'booked') return this.actOn(dc, text, intake.id);
    await say(dc.context, t('welcome.back'));
    return this.startOrShow(dc, { knownName: from?.name });
  }

  override async resumeDialog(dc: DialogContext, _reason: unknown, result?: unknown): Promise<DialogTurnResult> {
    if (isErased(result)) {
      await dc.cancelAllDialogs();
      return Dialog.EndOfTurn;
    }
    const booked = (result as { booked?: unknown } | undefined)?.booked;
    if (typeof booked === 'string') return dc.beginDialog(AFTER_BOOKING_DIALOG, { intakeId: booked } satisfies AfterBookingOptions);
    return Dialog.EndOfTurn;
  }

  /** "ik kan morgen niet", "andere dag graag", "ik wil me afmelden": acted on, not answered with a greeting. */
  private async actOn(dc: DialogContext, text: string, intakeId: string): Promise<DialogTurnResult> {
    const request = LessonDialog.requestOf(text);
    switch (request) {
      case 'move':
      case 'cancel':
      case 'change':
        return dc.beginDialog(LESSON_DIALOG, { intakeId, entry: request, ...(request === 'move' ? { wish: text } : {}) } satisfies LessonOptions);
      case 'absent':
        await this.lessons.absentOnce(dc.context, intakeId, text);
        return Dialog.EndOfTurn;
      case 'calendar':
        await this.lessons.calendar(dc.context, intakeId);
        return Dialog.EndOfTurn;
      case 'done':
        await say(dc.context, t('lesson.bye'));
        return Dialog.EndOfTurn;
      case 'my-data':
      case 'erase':
        return dc.beginDialog(PRIVACY_DIALOG, { mode: request === 'my-data' ? 'show' : 'erase' } satisfies PrivacyOptions);
      default:
        await say(dc.context, t('welcome.back'));
        return dc.beginDialog(LESSON_DIALOG, { intakeId } satisfies LessonOptions);
    }
  }

  private async startOrShow(dc: DialogContext, options: IntakeOptions): Promise<DialogTurnResult> {
    const { channelId, from } = dc.context.activity;
    const intake = await this.domain.intakes.activeFor(channelId, from.id);
    if (intake?.status === 'booked') return dc.beginDialog(LESSON_DIALOG, { intakeId: intake.id } satisfies LessonOptions);
    return dc.beginDialog(INTAKE_DIALOG, options);
  }
}
