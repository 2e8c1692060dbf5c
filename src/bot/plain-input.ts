import type { Middleware, TurnContext } from 'botbuilder';
import { withoutHiddenCharacters } from '../text/plain-text';

/**
 * What a person types loses its hidden characters (bidi overrides, controls) before the
 * bot reads it, so nothing stored from it, and nothing a coordinator sees, can reorder
 * or hide text.
 */
export class PlainInput implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (typeof activity.text === 'string') activity.text = withoutHiddenCharacters(activity.text);
    if (activity.from && typeof activity.from.name === 'string') activity.from.name = withoutHiddenCharacters(activity.from.name);
    await next();
  }
}
