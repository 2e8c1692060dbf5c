import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Prompt } from '../src/text/prompt';
import { t } from '../src/text/t';

export type { Prompt };

export const TEAMS_CHANNEL = 'msteams';

/**
 * How a question looks is decided here, for every channel: the lines before it as plain
 * messages, then the question with its buttons. Teams shows buttons on an Adaptive Card
 * (a tap submits `{ answer }`); the web chat and the rest get suggested actions.
 */
export async function sendPrompt(context: TurnContext, prompt: Prompt): Promise<void> {
  for (const line of prompt.before ?? []) await context.sendActivity(MessageFactory.text(line));
  await context.sendActivity(question(context.activity.channelId, prompt));
}

export async function say(context: TurnContext, ...lines: string[]): Promise<void> {
  for (const line of lines) await context.sendActivity(MessageFactory.text(line));
}

/** A button on a message that stays: a link to open, or (without `url`) an answer to send. */
export interface MessageButton {
  title: string;
  url?: string;
}

/**
 * A message with buttons that stay on it, also when the next question follows: the booking
 * with "In mijn agenda". Markdown text; the buttons on a card below it.
 */
export async function sayWithButtons(context: TurnContext, text: string, buttons: MessageButton[]): Promise<void> {
  await context.sendActivity(withButtons(context.activity.channelId, text, buttons));
}

/** A message with buttons that stay on it (a card), also when the next question comes below. */
export function withButtons(channelId: string, text: string, buttons: MessageButton[]): Partial<Activity> {
  const card =
    channelId === TEAMS_CHANNEL
      ? CardFactory.adaptiveCard({
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body: [],
          actions: buttons.map(({ title, url }) => (url ? { type: 'Action.OpenUrl', title, url } : { type: 'Action.Submit', title, data: { answer: title } })),
        })
      : CardFactory.heroCard('', undefined, buttons.map(({ title, url }) => (url ? { type: 'openUrl', title, value: url } : { type: 'imBack', title, value: title })));
  return { type: 'message', text, textFormat: 'markdown', attachments: [card] };
}

/** The booking's own buttons: the calendar file and "Klaar". */
export function bookingButtons(calendarLink: string): MessageButton[] {
  return [{ title: t('booking.calendar'), url: calendarLink }, { title: t('booking.finished') }];
}

export function question(channelId: string, { text, buttons }: Prompt): Partial<Activity> {
  if (channelId !== TEAMS_CHANNEL || buttons.length === 0) return MessageFactory.suggestedActions(buttons, text);
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text, wrap: true, size: 'Large' }],
    actions: buttons.map((title) => ({ type: 'Action.Submit', title, data: { answer: title } })),
  });
  // The card shows the question; the summary is what a notification says.
  return { ...MessageFactory.attachment(card), summary: text };
}

/** What the worker typed or tapped: the text, or the answer a tapped card button submitted. */
export function textOf(context: TurnContext): string {
  const { text, value } = context.activity;
  if (typeof text === 'string' && text.trim()) return text.trim();
  if (value && typeof value === 'object' && typeof (value as { answer?: unknown }).answer === 'string') {
    return (value as { answer: string }).answer;
  }
  return '';
}
