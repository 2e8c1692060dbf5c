import type { TurnContext } from 'botbuilder';
import type { Domain } from '../src/domain';
import { workerActor } from '../src/domain/audit';
import { t } from '../src/text/t';
import { understandChoice, understandYesNo } from '../src/nlu';
import { say } from './prompt';
import { bookingText } from '../src/text/booking-text';
import { FlowDialog, type Outcome, type Step } from './flow-dialog';
import { PRIVACY_DIALOG } from './ids';
import { answerText, availabilityText, formatText, goalLabel, phoneText, reasonLabel } from '../src/text/words';

export { PRIVACY_DIALOG } from './ids';

export interface PrivacyOptions {
  /** 'show': "mijn gegevens"; 'erase': "verwijder mijn gegevens", straight to the check. */
  mode: 'show' | 'erase';
}

interface PrivacyDraft {
  mode: PrivacyOptions['mode'];
  /** The worker's latest file, if there is one. */
  intakeId?: string;
}

/** What the chat ends with after erasing: the whole conversation starts fresh. */
export const ERASED = { erased: true } as const;

/** Set on a turn that erased data: the bot then clears old copies from disk once the turn is saved. */
export const ERASED_THIS_TURN = Symbol('erased this turn');

/**
 * "Mijn gegevens": the worker sees what is kept about them, in plain words, and can have
 * it all thrown away after one check. Only anonymous counts stay.
 */
export class PrivacyDialog extends FlowDialog<PrivacyDraft> {
  protected readonly steps: Step<PrivacyDraft>[] = [
    {
      id: 'show',
      skip: (draft) => draft.mode === 'erase',
      ask: async (draft) => ({ before: [await this.overview(draft)], text: t('myData.eraseAsk'), buttons: [t('myData.erase'), t('myData.keep')] }),
      answer: (text, draft, context) => this.answer(text, draft, context, 'confirm'),
      example: 'consent.example',
      help: 'myData.help',
    },
    {
      id: 'confirm',
      ask: () => ({ text: t('myData.sure'), buttons: [t('myData.erase'), t('myData.keep')] }),
      answer: (text, draft, context) => this.answer(text, draft, context, 'erase'),
      example: 'consent.example',
      help: 'myData.help',
    },
  ];

  constructor(domain: Domain) {
    super(PRIVACY_DIALOG, domain);
  }

  protected async start(context: TurnContext, options: unknown): Promise<PrivacyDraft> {
    const { channelId, from } = context.activity;
    return { mode: (options as PrivacyOptions | undefined)?.mode ?? 'show', intakeId: (await this.domain.intakes.latestFor(channelId, from.id))?.id };
  }

  private async answer(text: string, draft: PrivacyDraft, context: TurnContext, then: 'confirm' | 'erase'): Promise<Outcome<PrivacyDraft>> {
    const choice =
      understandChoice(text, [
        { value: 'yes' as const, words: [t('myData.erase')] },
        { value: 'no' as const, words: [t('myData.keep')] },
      ]) ?? understandYesNo(text);
    if (choice === 'no') {
      await say(context, t('myData.kept'));
      return { kind: 'done' };
    }
    if (choice !== 'yes') return { kind: 'unclear' };
    if (then === 'confirm') return { kind: 'goto', step: 'confirm', draft };
    // Also without a file: the answers so far, the transcript and any handoff hold personal data.
    const { channelId, conversation, from } = context.activity;
    await this.domain.privacy.eraseConversation({ channel: channelId, conversationId: conversation.id, channelUserId: from.id }, workerActor(draft.intakeId ?? 'no-file'));
    context.turnState.set(ERASED_THIS_TURN, true);
    await say(context, t('myData.erased'));
    return { kind: 'done', result: ERASED };
  }

  private async overview(draft: PrivacyDraft): Promise<string> {
    const intake = draft.intakeId ? await this.domain.intakes.get(draft.intakeId) : undefined;
    if (!intake) return t('myData.nothing');
    const lines = [
      t('myData.intro'),
      t('confirm.name', { value: intake.name }),
      t('confirm.goals', { value: answerText(intake.goals.choices, goalLabel, intake.goals.ownWords) }),
      t('confirm.reasons', { value: answerText(intake.reasons.choices, reasonLabel, intake.reasons.ownWords) }),
      t('confirm.when', { value: availabilityText(intake.availability) }),
      t('confirm.format', { value: formatText(intake.format) }),
      t('confirm.phone', { value: intake.phone ? phoneText(intake.phone) : t('confirm.noPhone') }),
    ];
    if (intake.status === 'booked') lines.push(bookingText(await this.domain.catalog.current(), intake, false));
    return lines.join('\n');
  }
}
