import { MessageFactory, type TurnContext } from 'botbuilder';

/** A question as the dialogs see it: what comes before it, the question, and its buttons. */
export interface Prompt {
  before?: string[];
  text: string;
  buttons: string[];
}

/**
 * How a question looks is decided here, for every channel: the lines before it as
 * plain messages, then the question with its buttons as suggested actions.
 */
export async function sendPrompt(context: TurnContext, prompt: Prompt): Promise<void> {
  for (const line of prompt.before ?? []) await context.sendActivity(MessageFactory.text(line));
  await context.sendActivity(MessageFactory.suggestedActions(prompt.buttons, prompt.text));
}

export async function say(context: TurnContext, ...lines: string[]): Promise<void> {
  for (const line of lines) await context.sendActivity(MessageFactory.text(line));
}
