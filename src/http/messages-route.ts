import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { activitySchema, firstProblem } from './activity-schema';
import { KeyedQueue } from './keyed-queue';
import { addressOf } from './rate-limit';
import { retryOnConflict } from '../domain/store';

/** The adapter that checks who sent an activity and runs its turn (the bot's CloudAdapter). */
export interface TurnRunner {
  runTurn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
}

export interface MessagesRouteOptions {
  adapter: TurnRunner;
  logic: (context: TurnContext) => Promise<void>;
  requireAuth: boolean;
  /** Activities this route must refuse: those naming a conversation or user of the bot's own web chat, reachable only over Direct Line with its token. */
  refuse?: (activity: { channelId: string; conversationId: string; fromId?: string }) => boolean;
  logger: Logger;
}

/**
 * POST /api/messages: checks the request, then lets the CloudAdapter authenticate it and
 * run the turn. Turns of one conversation run in order; bad input gets a 4xx, never a stack.
 */
export function messagesRoute({ adapter, logic, requireAuth, refuse = () => false, logger }: MessagesRouteOptions) {
  const turns = new KeyedQueue();

  return async (req: Request, res: Response): Promise<void> => {
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    if (requireAuth && !authorization) {
      res.send(401, { error: 'missing Authorization header' });
      return;
    }
    const parsed = activitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: firstProblem(parsed.error) });
      return;
    }
    const activity = parsed.data;
    const fromId = (req.body as { from?: { id?: unknown } }).from?.id;
    if (refuse({ channelId: activity.channelId, conversationId: activity.conversation.id, fromId: typeof fromId === 'string' ? fromId : undefined })) {
      logger.warn({ conversation: activity.conversation.id }, 'refused an activity for a web chat conversation on /api/messages');
      res.send(403, { error: 'this conversation is reachable only through /directline' });
      return;
    }
    // The schema checked the fields the bot relies on; the rest passes through as sent.
    const incoming = req.body as Activity;
    try {
      const key = `${activity.channelId}\u0000${activity.conversation.id}`;
      // A turn that lost a race for the conversation's state (another instance) runs again.
      const invoke = await turns.run(key, () => retryOnConflict(() => adapter.runTurn(authorization, incoming, logic)));
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        logger.warn({ err: error, conversation: activity.conversation.id }, 'request not verified');
        res.send(401, { error: 'unauthorized' });
        return;
      }
      logger.error({ err: error, conversation: activity.conversation.id }, 'turn failed');
      res.send(500, { error: 'the bot could not handle this message' });
    }
  };
}

/** botframework-connector's AuthenticationError, recognised without importing the connector. */
function isAuthenticationFailure(error: unknown): boolean {
  const { name, statusCode } = (error ?? {}) as { name?: string; statusCode?: number };
  return name === 'AuthenticationError' || name === 'UnverifiedRequest' || statusCode === 401;
}

/** The client a message counts against: its conversation, or the address when it names none. */
export function conversationOf(req: Request): string {
  const conversation = (req.body as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
  return typeof conversation === 'string' ? `conversation:${conversation.slice(0, 200)}` : addressOf(req);
}
