import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { Domain } from '../src/domain';
import { REASONS, type Answer, type Reason } from '../src/domain/types';
import { t } from '../src/text/t';
import { understandChoice, understandPhone, understandReasons, understandYesNo } from '../src/nlu';
import { say, sendPrompt } from './prompt';
import { CREDIT_DIALOG, CreditDialog } from './credit-dialog';
import { FlowDialog, type Asker, type Outcome, type Step } from './flow-dialog';
import { reasonLabel } from '../src/text/words';

export const AFTER_BOOKING_DIALOG = 'afterBooking';

export interface AfterBookingOptions {
  intakeId: string;
}

interface AfterBookingDraft {
  intakeId: string;
  reasons?: Answer<Reason>;
}

const next = <D>(draft: D): Outcome<D> => ({ kind: 'next', draft });
const unclear = { kind: 'unclear' } as const;

/**
 * The questions that can wait until the worker has a seat: why (for the file), a phone
 * number (optional), and "Wie heeft je geholpen?" where that applies. "Klaar" at any of
 * them ends it; what was answered is kept.
 */
export class AfterBookingDialog extends FlowDialog<AfterBookingDraft> {
  protected readonly steps: Step<AfterBookingDraft>[] = [
    {
      id: 'reasons',
      ask: () => ({ before: [t('reasons.intro')], text: t('reasons.ask'), buttons: [...REASONS.map(reasonLabel), t('reasons.other')] }),
      answer: async (text, draft, context) => {
        if (isChoice(text, t('booking.finished'))) return this.finished(context);
        if (isChoice(text, t('reasons.other'))) return { kind: 'goto', step: 'reasonsOwnWords', draft };
        const reading = understandReasons(text);
        if (!reading) return unclear;
        return this.saveReasons(draft, { choices: reading.reasons, ownWords: reading.ownWords });
      },
      example: 'reasons.example',
      help: 'reasons.help',
    },
    {
      id: 'reasonsOwnWords',
      detour: true,
      ask: () => ({ text: t('reasons.ownWords'), buttons: [t('commands.back'), t('booking.finished')] }),
      answer: async (text, draft, context) => {
        if (isChoice(text, t('booking.finished'))) return this.finished(context);
        if (!/\p{L}{2,}/u.test(text)) return unclear;
        return this.saveReasons(draft, { choices: understandReasons(text)?.reasons ?? [], ownWords: text });
      },
      example: 'reasons.example',
      help: 'reasons.help',
    },
    {
      id: 'phone',
      ask: () => ({ text: t('phone.ask'), buttons: [t('phone.yes'), t('phone.no')] }),
      answer: async (text, draft, context) => {
        const phone = understandPhone(text);
        if (phone) return this.savePhone(context, draft, phone);
        if (isChoice(text, t('booking.finished'))) return this.finished(context);
        const answer = understandYesNo(text) ?? yesOrNo(text);
        if (answer === 'yes') return { kind: 'goto', step: 'phoneTyped', draft };
        if (answer === 'no') return this.afterPhone(context, draft);
        return unclear;
      },
      example: 'phone.example',
      help: 'phone.help',
    },
    {
      id: 'phoneTyped',
      detour: true,
      ask: () => ({ text: t('phone.type'), buttons: [t('phone.notNow')] }),
      answer: async (text, draft, context) => {
        const phone = understandPhone(text);
        if (phone) return this.savePhone(context, draft, phone);
        const notNow = isChoice(text, t('phone.notNow')) || isChoice(text, t('booking.finished'));
        if (notNow || (understandYesNo(text) ?? yesOrNo(text)) === 'no') return this.afterPhone(context, draft);
        return unclear;
      },
      example: 'phone.example',
      help: 'phone.help',
    },
  ];

  constructor(domain: Domain) {
    super(AFTER_BOOKING_DIALOG, domain);
  }

  protected start(_context: TurnContext, options: unknown): AfterBookingDraft {
    return { intakeId: (options as AfterBookingOptions).intakeId };
  }

  protected override async asker(draft: AfterBookingDraft): Promise<Asker> {
    const intake = await this.domain.intakes.get(draft.intakeId);
    return { name: intake?.name, referralCode: intake?.referralCode };
  }

  /** The seat is booked: "stop" or "Klaar" here only skips the questions that are left. */
  protected override async onStop(dc: DialogContext): Promise<DialogTurnResult> {
    await this.sayBye(dc.context);
    return dc.endDialog({ done: true });
  }

  /** After "Wie heeft je geholpen?": the last words, then the conversation waits. */
  override async resumeDialog(dc: DialogContext, reason: unknown, result?: unknown): Promise<DialogTurnResult> {
    if ((result as { credited?: unknown } | undefined)?.credited !== undefined) {
      await this.sayBye(dc.context);
      return dc.endDialog({ done: true });
    }
    return super.resumeDialog(dc, reason, result);
  }

  private async saveReasons(draft: AfterBookingDraft, reasons: Answer<Reason>): Promise<Outcome<AfterBookingDraft>> {
    await this.domain.intakes.complete(draft.intakeId, { reasons });
    return next({ ...draft, reasons });
  }

  private async savePhone(context: TurnContext, draft: AfterBookingDraft, phone: string): Promise<Outcome<AfterBookingDraft>> {
    await this.domain.intakes.complete(draft.intakeId, { phone });
    await say(context, t('phone.saved'));
    return this.afterPhone(context, draft);
  }

  /** "Wie heeft je geholpen?" where it applies; else the last words. */
  private async afterPhone(context: TurnContext, draft: AfterBookingDraft): Promise<Outcome<AfterBookingDraft>> {
    if (await CreditDialog.applies(this.domain, draft.intakeId)) return { kind: 'child', dialogId: CREDIT_DIALOG, options: { intakeId: draft.intakeId } };
    return this.finished(context);
  }

  private async finished(context: TurnContext): Promise<Outcome<AfterBookingDraft>> {
    await this.sayBye(context);
    return { kind: 'done', result: { done: true } };
  }

  private async sayBye(context: TurnContext): Promise<void> {
    await say(context, t('after.bye'));
    await sendPrompt(context, { text: t('after.changeHint'), buttons: [t('after.changeButton')] });
  }
}

function isChoice(text: string, label: string): boolean {
  return understandChoice(text, [{ value: true, words: [label] }]) === true;
}

function yesOrNo(text: string): 'yes' | 'no' | undefined {
  return understandChoice(text, [
    { value: 'yes' as const, words: [t('phone.yes')] },
    { value: 'no' as const, words: [t('phone.no')] },
  ]);
}
