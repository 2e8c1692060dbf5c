import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Domain } from '../src/domain';
import type { IntakeDraft } from '../src/domain/intake';
import { GOALS, REASONS, type Answer, type Availability, type Goal, type LessonFormat, type Reason } from '../src/domain/types';
import { list, t } from '../src/text/t';
import {
  firstName,
  understandAvailability,
  understandChoice,
  understandFormat,
  understandGoals,
  isPlaceholderName,
  understandName,
  understandPhone,
  understandReasons,
  understandYesNo,
} from '../src/nlu';
import { say, type Prompt } from './prompt';
import { BOOKING_DIALOG } from './booking-dialog';
import { FlowDialog, type Asker, type Outcome, type Step } from './flow-dialog';
import { answerText, availabilityText, formatText, goalLabel, phoneText, reasonLabel } from '../src/text/words';

export const INTAKE_DIALOG = 'intake';

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
  reasons?: Answer<Reason>;
  availability?: Availability;
  format?: LessonFormat | 'any';
  /** null: the worker chose not to give one. */
  phone?: string | null;
}

export interface IntakeOptions {
  referralCode?: string;
  /** The name the channel knows (a Teams profile), to confirm instead of ask. */
  knownName?: string;
}

export interface IntakeSettings {
  retentionMonths: number;
}

const next = <D>(draft: D): Outcome<D> => ({ kind: 'next', draft });
const unclear = { kind: 'unclear' } as const;
const NAV = () => [t('commands.back'), t('commands.helpButton')];

/**
 * The short sign-up: consent, name, what and why, when, group or 1-on-1, phone,
 * and "Klopt dit?". One question per message; the steps below are in the order a
 * worker meets them.
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
      id: 'nameConfirm',
      skip: (draft) => !draft.knownName,
      ask: (draft) => ({ text: t('name.confirm', { name: firstName(draft.knownName ?? '') }), buttons: [t('name.yes'), t('name.no')] }),
      answer: (text, draft) => {
        const answer = understandYesNo(text);
        if (answer === 'yes') return next({ ...draft, name: draft.knownName });
        if (answer === 'no') return { kind: 'goto', step: 'name', draft };
        return unclear;
      },
      example: 'consent.example',
      help: 'name.help',
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
      id: 'reasons',
      ask: () => ({ text: t('reasons.ask'), buttons: [...REASONS.map(reasonLabel), t('reasons.other')] }),
      answer: (text, draft) => {
        if (isChoice(text, t('reasons.other'))) return { kind: 'goto', step: 'reasonsOwnWords', draft };
        const reading = understandReasons(text);
        return reading ? next({ ...draft, reasons: { choices: reading.reasons, ownWords: reading.ownWords } }) : unclear;
      },
      example: 'reasons.example',
      help: 'reasons.help',
    },
    {
      id: 'reasonsOwnWords',
      detour: true,
      ask: () => ({ text: t('reasons.ownWords'), buttons: NAV() }),
      answer: (text, draft) => {
        if (!isOwnWords(text)) return unclear;
        return next({ ...draft, reasons: { choices: understandReasons(text)?.reasons ?? [], ownWords: text } });
      },
      example: 'reasons.example',
      help: 'reasons.help',
    },
    {
      id: 'when',
      ask: () => ({ text: t('when.ask'), buttons: [...list('words.dayPartButtons'), t('when.any')] }),
      answer: (text, draft) => {
        const reading = understandAvailability(text);
        if (!reading) return unclear;
        return next({ ...draft, availability: { days: reading.days, dayParts: reading.dayParts } });
      },
      example: 'when.example',
      help: 'when.help',
    },
    {
      id: 'format',
      ask: () => ({ text: t('format.ask'), buttons: [t('format.group'), t('format.oneOnOne'), t('format.any')] }),
      answer: (text, draft) => {
        // The format reader first: it knows "niet in een groep", which contains a button.
        const format =
          understandFormat(text) ??
          understandChoice<LessonFormat | 'any'>(text, [
            { value: 'group', words: [t('format.group')] },
            { value: 'one-on-one', words: [t('format.oneOnOne')] },
            { value: 'any', words: [t('format.any')] },
          ]);
        return format ? next({ ...draft, format }) : unclear;
      },
      example: 'format.example',
      help: 'format.help',
    },
    {
      id: 'phone',
      ask: () => ({ text: t('phone.ask'), buttons: [t('phone.skip')] }),
      answer: (text, draft) => {
        const phone = understandPhone(text);
        if (phone) return next({ ...draft, phone });
        const answer = understandYesNo(text);
        if (answer === 'no' || isChoice(text, t('phone.skip'))) return next({ ...draft, phone: null });
        if (answer === 'yes') return { kind: 'goto', step: 'phoneTyped', draft };
        return unclear;
      },
      example: 'phone.example',
      help: 'phone.help',
    },
    {
      id: 'phoneTyped',
      detour: true,
      ask: () => ({ text: t('phone.type'), buttons: [t('phone.skip')] }),
      answer: (text, draft) => {
        const phone = understandPhone(text);
        if (phone) return next({ ...draft, phone });
        if (understandYesNo(text) === 'no' || isChoice(text, t('phone.skip'))) return next({ ...draft, phone: null });
        return unclear;
      },
      example: 'phone.example',
      help: 'phone.help',
    },
    {
      id: 'confirm',
      ask: (draft) => this.summary(draft),
      answer: async (text, draft) => {
        const answer = understandYesNo(text);
        if (answer === 'no' || isChoice(text, t('confirm.no'))) return { kind: 'goto', step: 'change', draft };
        if (answer !== 'yes') return unclear;
        // After a crash between storing the file and the dialog, the same "ja" comes again:
        // the file of this sign-up (its request key) is found again, never stored twice.
        const intake = await this.domain.intakes.submit(toIntakeDraft(draft));
        return { kind: 'child', dialogId: BOOKING_DIALOG, options: { intakeId: intake.id } };
      },
      example: 'confirm.example',
      help: 'confirm.help',
    },
    {
      id: 'change',
      detour: true,
      ask: () => ({ text: t('confirm.whatToChange'), buttons: CHANGES.map(([key]) => t(key)) }),
      answer: (text, draft) => {
        const step = understandChoice(text, CHANGES.map(([key, value]) => ({ value, words: [t(key)] })));
        return step ? { kind: 'goto', step, draft, resumeAt: 'confirm' } : unclear;
      },
      example: 'confirm.example',
      help: 'confirm.help',
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
    return {
      channel: activity.channelId,
      channelUserId: activity.from.id,
      conversationId: activity.conversation.id,
      knownName: knownName && !isPlaceholderName(knownName) ? understandName(knownName) : undefined,
      referralCode,
    };
  }

  protected override restartOptions(draft: IntakeAnswers): IntakeOptions {
    return { referralCode: draft.referralCode, knownName: draft.knownName };
  }

  protected override async asker(draft: IntakeAnswers): Promise<Asker> {
    return { name: draft.name ?? draft.knownName, referralCode: draft.referralCode };
  }

  private consentText(): string {
    return t('consent.ask', { months: this.settings.retentionMonths });
  }

  private async consentAnswer(text: string, draft: IntakeAnswers, context: TurnContext): Promise<Outcome<IntakeAnswers>> {
    if (isChoice(text, t('consent.more'))) return { kind: 'goto', step: 'consentExplained', draft };
    const answer = understandYesNo(text);
    if (answer === 'yes') {
      const version = createHash('sha256').update(this.consentText()).digest('hex').slice(0, 12);
      return next({ ...draft, consent: { at: this.domain.clock.now().toISOString(), version } });
    }
    if (answer === 'no') {
      await say(context, t('consent.declined'));
      return { kind: 'done', result: { declined: true } };
    }
    return unclear;
  }

  private summary(draft: IntakeAnswers): Prompt {
    const lines = [
      t('confirm.intro'),
      t('confirm.name', { value: draft.name ?? '' }),
      t('confirm.goals', { value: answerText(draft.goals?.choices ?? [], goalLabel, draft.goals?.ownWords) }),
      t('confirm.reasons', { value: answerText(draft.reasons?.choices ?? [], reasonLabel, draft.reasons?.ownWords) }),
      t('confirm.when', { value: availabilityText(draft.availability ?? { days: [], dayParts: [] }) }),
      t('confirm.format', { value: formatText(draft.format ?? 'any') }),
      t('confirm.phone', { value: draft.phone ? phoneText(draft.phone) : t('confirm.noPhone') }),
    ];
    return { before: [lines.join('\n')], text: t('confirm.ask'), buttons: [t('confirm.yes'), t('confirm.no')] };
  }
}

const CHANGES = [
  ['confirm.changeName', 'name'],
  ['confirm.changeGoals', 'goals'],
  ['confirm.changeReasons', 'reasons'],
  ['confirm.changeWhen', 'when'],
  ['confirm.changeFormat', 'format'],
  ['confirm.changePhone', 'phone'],
] as const;

function isChoice(text: string, label: string): boolean {
  return understandChoice(text, [{ value: true, words: [label] }]) === true;
}

function isOwnWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}


function toIntakeDraft(answers: IntakeAnswers): IntakeDraft {
  if (!answers.consent || !answers.name || !answers.goals || !answers.reasons || !answers.availability || !answers.format) {
    throw new Error('intake answers are incomplete');
  }
  return {
    channel: answers.channel,
    channelUserId: answers.channelUserId,
    conversationId: answers.conversationId,
    name: answers.name,
    goals: answers.goals,
    reasons: answers.reasons,
    availability: answers.availability,
    format: answers.format,
    ...(answers.phone ? { phone: answers.phone } : {}),
    consent: answers.consent,
    ...(answers.referralCode ? { referralCode: answers.referralCode } : {}),
    requestKey: `${answers.channel}:${answers.conversationId}:${answers.consent.at}`,
  };
}
