import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
// Only the dialog classes: the package index also loads every prompt and its recognizers (about 40 MB).
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { Domain } from '../src/domain';
import { firstNameOf } from '../src/domain/ambassadors';
import { t, type TextKey } from '../src/text/t';
import { understandCommand, type Command } from '../src/nlu';
import { understandMenu } from '../src/nlu/menu';
import { LESSON_DIALOG, PRIVACY_DIALOG } from './ids';
import { understandHelperRequest } from '../src/nlu/ambassador-words';
import { say, sendPrompt, textOf, type Prompt } from './prompt';
import { askedPrompt, questionOf } from '../src/text/handoff-text';

/** What a step makes of an answer. */
export type Outcome<D> =
  | { kind: 'next'; draft: D }
  | { kind: 'goto'; step: string; draft: D; resumeAt?: string }
  | { kind: 'unclear' }
  | { kind: 'done'; result?: unknown }
  | { kind: 'child'; dialogId: string; options: object };

export interface Step<D> {
  id: string;
  skip?: (draft: D) => boolean;
  /** A follow-up question, reached only by 'goto' from the step before it. */
  detour?: boolean;
  ask: (draft: D) => Prompt | Promise<Prompt>;
  answer: (text: string, draft: D, context: TurnContext) => Outcome<D> | Promise<Outcome<D>>;
  /** One example of a good answer, for the re-ask. */
  example: TextKey;
  help: TextKey;
}

interface FlowState<D> {
  step: string;
  draft: D;
  /** The steps answered so far, for "terug". */
  trail: string[];
  misses: number;
  /** After changing one answer from the summary, go back there. */
  resumeAt?: string;
  /** A look at "mijn les" in between; afterwards the same question is asked again. */
  sideTrip?: boolean;
}

const MISSES_BEFORE_PERSON = 2;

/** Who asks for a person, so the right taalambassadeur is asked: their name, the code they came with, their place. */
export interface Asker {
  name?: string;
  referralCode?: string;
  locationId?: string;
}

/**
 * A conversation as a list of steps, asked one at a time. The commands a worker can
 * use at every step (stop, terug, help, opnieuw, iemand spreken) live here, once.
 */
export abstract class FlowDialog<D> extends Dialog {
  protected abstract readonly steps: Step<D>[];

  constructor(
    id: string,
    protected readonly domain: Domain,
  ) {
    super(id);
  }

  protected abstract start(context: TurnContext, options: unknown): D | Promise<D>;

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const draft = await this.start(dc.context, options);
    return this.enter(dc, { step: '', draft, trail: [], misses: 0 }, this.firstStep(draft));
  }

  /** The question to begin with; a dialog may open further in (a move, after a missed first lesson). */
  protected firstStep(draft: D): Step<D> | undefined {
    return this.nextStep(-1, draft);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const text = textOf(dc.context);
    const helper = understandHelperRequest(text);
    if (helper) return this.askForPerson(dc, state, text, helper);
    const command = understandCommand(text);
    if (command) return this.onCommand(dc, state, command);
    const request = understandMenu(text);
    if (request === 'my-lesson') return this.showLesson(dc, state);
    if (request && this.id !== PRIVACY_DIALOG) return this.sideTrip(dc, state, PRIVACY_DIALOG, { mode: request === 'my-data' ? 'show' : 'erase' });

    const step = this.step(state.step);
    const outcome = await step.answer(text, state.draft, dc.context);
    switch (outcome.kind) {
      case 'unclear':
        return this.reask(dc, state, step);
      case 'done':
        return dc.endDialog(outcome.result);
      case 'child':
        return dc.beginDialog(outcome.dialogId, outcome.options);
      case 'goto':
        state.trail.push(state.step);
        state.resumeAt = outcome.resumeAt ?? state.resumeAt;
        return this.enter(dc, { ...state, draft: outcome.draft }, this.step(outcome.step));
      case 'next': {
        state.trail.push(state.step);
        const resume = state.resumeAt;
        const next = resume ? this.step(resume) : this.nextStep(this.indexOf(state.step), outcome.draft);
        return this.enter(dc, { ...state, draft: outcome.draft, resumeAt: undefined }, next);
      }
    }
  }

  override async resumeDialog(dc: DialogContext, _reason: unknown, result?: unknown): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (isErased(result)) {
      await dc.cancelAllDialogs();
      return Dialog.EndOfTurn;
    }
    if (!state.sideTrip) return dc.endDialog(result);
    return this.enter(dc, { ...state, sideTrip: false }, this.step(state.step));
  }

  private async showLesson(dc: DialogContext, state: FlowState<D>): Promise<DialogTurnResult> {
    const { channelId, from } = dc.context.activity;
    const intake = await this.domain.intakes.activeFor(channelId, from.id);
    if (intake?.status !== 'booked' || this.id === LESSON_DIALOG) {
      if (intake?.status !== 'booked') await say(dc.context, t('lesson.none'));
      return this.enter(dc, state, this.step(state.step));
    }
    return this.sideTrip(dc, state, LESSON_DIALOG, { intakeId: intake.id });
  }

  /** Another dialog in between; afterwards this one asks its question again, unless all was erased. */
  private async sideTrip(dc: DialogContext, state: FlowState<D>, dialogId: string, options: object): Promise<DialogTurnResult> {
    state.sideTrip = true;
    return dc.beginDialog(dialogId, options);
  }

  /** Asks the current question again, answers so far intact: after a chat with a person. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance<FlowState<D>>): Promise<void> {
    await sendPrompt(context, await this.step(instance.state.step).ask(instance.state.draft));
  }

  private async onCommand(dc: DialogContext, state: FlowState<D>, command: Command): Promise<DialogTurnResult> {
    const step = this.step(state.step);
    switch (command) {
      case 'stop':
        await say(dc.context, t('commands.stopped'));
        return dc.endDialog({ stopped: true });
      case 'restart':
        await say(dc.context, t('commands.restart'));
        return dc.replaceDialog(this.id, this.restartOptions(state.draft));
      case 'back': {
        const previous = state.trail.pop();
        if (!previous) await say(dc.context, t('commands.firstQuestion'));
        return this.enter(dc, { ...state, resumeAt: undefined }, previous ? this.step(previous) : step);
      }
      case 'help':
        await say(dc.context, t(step.help), t('commands.help'));
        return this.enter(dc, state, step);
      case 'person':
        return this.askForPerson(dc, state, textOf(dc.context));
    }
  }

  /**
   * "ik wil iemand spreken", "help van Anja": a taalambassadeur is asked to take over.
   * The dialog waits where it is; the bot's desk passes messages until the chat is done.
   * With nobody to ask, the worker gets the contact person's number and goes on.
   */
  private async askForPerson(dc: DialogContext, state: FlowState<D>, text: string, helperName?: string): Promise<DialogTurnResult> {
    const step = this.step(state.step);
    const { channelId, from, conversation } = dc.context.activity;
    const asker = await this.asker(state.draft);
    const result = await this.domain.handoffs.request({
      worker: { channel: channelId, userId: from.id, conversationId: conversation.id, name: asker.name ?? t('handoff.someone') },
      where: questionOf((await step.ask(state.draft)).text),
      asked: text,
      ...(helperName ? { helperName } : {}),
      ...(asker.referralCode ? { referralCode: asker.referralCode } : {}),
      ...(asker.locationId ? { locationId: asker.locationId } : {}),
    });
    if (result.kind === 'asked') {
      await sendPrompt(dc.context, askedPrompt(firstNameOf(result.ambassador.name), this.domain.handoffs.answerMinutes));
      return Dialog.EndOfTurn;
    }
    if (result.unknownName) await say(dc.context, t('handoff.unknownName', { name: result.unknownName }));
    await say(dc.context, await this.personText(result.locationId), t('commands.goOn'));
    return this.enter(dc, state, step);
  }

  /** Who is asking, for a handoff; each dialog knows this from its own draft. */
  protected async asker(_draft: D): Promise<Asker> {
    return {};
  }

  /** The options to begin again with after "opnieuw"; by default, nothing kept. */
  protected restartOptions(_draft: D): object | undefined {
    return undefined;
  }

  private async reask(dc: DialogContext, state: FlowState<D>, step: Step<D>): Promise<DialogTurnResult> {
    state.misses += 1;
    const prompt = await step.ask(state.draft);
    if (state.misses < MISSES_BEFORE_PERSON) {
      await sendPrompt(dc.context, { text: `${t('unclear.first')} ${t(step.example)}`, buttons: prompt.buttons });
    } else {
      const contact = (await this.domain.catalog.current()).helpContact()?.name ?? '';
      const buttons = [...prompt.buttons, t('commands.personButton')];
      await sendPrompt(dc.context, { text: t('unclear.again', { contact }), buttons });
    }
    return Dialog.EndOfTurn;
  }

  private async enter(dc: DialogContext, state: FlowState<D>, step: Step<D> | undefined): Promise<DialogTurnResult> {
    if (!step) return dc.endDialog(await this.finish(dc, state.draft));
    const next: FlowState<D> = { ...state, step: step.id, misses: 0 };
    dc.activeDialog!.state = next;
    await sendPrompt(dc.context, await step.ask(next.draft));
    return Dialog.EndOfTurn;
  }

  /** Runs after the last step; what it returns is the dialog's result. */
  protected async finish(_dc: DialogContext, draft: D): Promise<unknown> {
    return draft;
  }

  private async personText(locationId?: string): Promise<string> {
    const contact = (await this.domain.catalog.current()).helpContact(locationId);
    if (!contact) return t('commands.help');
    return contact.phone
      ? t('commands.person', { contact: contact.name, phone: contact.phone })
      : t('commands.personNoPhone', { contact: contact.name });
  }

  private nextStep(after: number, draft: D): Step<D> | undefined {
    return this.steps.slice(after + 1).find((step) => !step.detour && !step.skip?.(draft));
  }

  private indexOf(id: string): number {
    return this.steps.findIndex((step) => step.id === id);
  }

  private step(id: string): Step<D> {
    const step = this.steps.find((s) => s.id === id);
    if (!step) throw new Error(`${this.id} has no step "${id}"`);
    return step;
  }

  private state(dc: DialogContext): FlowState<D> {
    return dc.activeDialog!.state as FlowState<D>;
  }
}

/** After "verwijder mijn gegevens" the whole conversation starts fresh. */
export function isErased(result: unknown): boolean {
  return (result as { erased?: unknown } | undefined)?.erased === true;
}
