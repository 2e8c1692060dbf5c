import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';

/**
 * Holds a turn's replies until the turn (and its state) is saved, then sends them.
 * So a worker is never told something the bot could forget in a crash.
 */
export class HoldReplies implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
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
