import { ActivityEventNames, ActivityTypes, type Activity, type Middleware, type ResourceResponse, type TurnContext } from 'botbuilder';

/**
 * Holds a turn's replies until the turn (and its state) is saved, then sends them.
 * So a worker is never told something the bot could forget in a crash. Messages the bot
 * starts itself go straight out, so their sender sees whether they arrived.
 */
export class HoldReplies implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { type, name } = context.activity;
    if (type === ActivityTypes.Event && name === ActivityEventNames.ContinueConversation) return next();
    const held: Partial<Activity>[] = [];
    let holding = true;
    context.onSendActivities(async (_context, activities, send): Promise<ResourceResponse[]> => {
      if (!holding) return send();
      held.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    try {
      await next();
    } finally {
      // A failed turn saved nothing, so its replies are dropped; the error reply may pass.
      holding = false;
    }
    if (held.length > 0) await context.sendActivities(held);
  }
}
