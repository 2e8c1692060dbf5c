import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
// Only the dialog classes: the package index also loads every prompt and its recognizers (about 40 MB).
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { Domain } from '../src/domain';
import { t } from '../src/text/t';
import { say } from './prompt';
import { CREDIT_DIALOG, CreditDialog } from './credit-dialog';
import { isErased } from './flow-dialog';
import { textOf } from './prompt';
import { PRIVACY_DIALOG, type PrivacyOptions } from './privacy-dialog';
import { understandMenu } from '../src/nlu/menu';
import { INTAKE_DIALOG, type IntakeOptions } from './intake-dialog';
import { absentOnce, LESSON_DIALOG, LessonDialog, type LessonOptions } from './lesson-dialog';

export const MAIN_DIALOG = 'main';

export type MainOptions = IntakeOptions;

/**
 * The root of every conversation. It greets, starts the sign-up, and afterwards stays
 * open: a worker who comes back sees their place and can move or cancel it, and a
 * worker without a place can sign up (again).
 */
export class MainDialog extends Dialog {
  constructor(private readonly domain: Domain) {
    super(MAIN_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: MainOptions): Promise<DialogTurnResult> {
    await say(dc.context, t('welcome.hello'));
    return this.startOrShow(dc, options ?? {});
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const request = understandMenu(textOf(dc.context));
    if (request === 'my-data' || request === 'delete-my-data') {
      return dc.beginDialog(PRIVACY_DIALOG, { mode: request === 'my-data' ? 'show' : 'erase' } satisfies PrivacyOptions);
    }
    const { channelId, from } = dc.context.activity;
    const intake = LessonDialog.isAbsentOnce(textOf(dc.context)) ? await this.domain.intakes.activeFor(channelId, from.id) : undefined;
    if (intake?.status === 'booked') {
      await absentOnce(this.domain, dc.context, intake.id, textOf(dc.context));
      return Dialog.EndOfTurn;
    }
    await say(dc.context, t('welcome.back'));
    return this.startOrShow(dc, { knownName: from?.name });
  }

  override async resumeDialog(dc: DialogContext, _reason: unknown, result?: unknown): Promise<DialogTurnResult> {
    if (isErased(result)) {
      await dc.cancelAllDialogs();
      return Dialog.EndOfTurn;
    }
    const booked = (result as { booked?: unknown } | undefined)?.booked;
    if (typeof booked === 'string' && (await CreditDialog.applies(this.domain, booked))) return dc.beginDialog(CREDIT_DIALOG, { intakeId: booked });
    return Dialog.EndOfTurn;
  }

  private async startOrShow(dc: DialogContext, options: IntakeOptions): Promise<DialogTurnResult> {
    const { channelId, from } = dc.context.activity;
    const intake = await this.domain.intakes.activeFor(channelId, from.id);
    if (intake?.status === 'booked') return dc.beginDialog(LESSON_DIALOG, { intakeId: intake.id } satisfies LessonOptions);
    return dc.beginDialog(INTAKE_DIALOG, options);
  }
}
