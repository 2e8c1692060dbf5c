import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, RequestHandler, Response, Server } from 'restify';
import { z } from 'zod';
import { LINK_MESSAGE } from '../domain/ambassadors';
import type { Clock } from '../domain/clock';
import { firstProblem } from '../http/activity-schema';
import { KeyedQueue } from '../http/keyed-queue';
import { retryOnConflict } from '../domain/store';
import { addressOf, rateLimit } from '../http/rate-limit';
import { bearerOf } from '../http/request';
import type { WebChatConversation, WebChatConversations } from './conversations';
import type { TokenService } from './token-service';
import { BOT_ACCOUNT, WEBCHAT_CHANNEL, type WebChatAdapter } from './webchat-adapter';

export const DIRECTLINE_PATH = '/directline';
/** A page opened again within this many days after the visitor last wrote may go on. */
const RESUME_DAYS = 30;

const referralCode = z.string().regex(/^[A-Za-z0-9-]{2,32}$/);

const generateSchema = z.object({
  resume: z.string().max(2000).optional().nullable(),
  ref: z.string().max(64).optional().nullable(),
  ambassador: z.string().max(64).optional().nullable(),
});
const linkSecret = z.string().regex(/^[A-Za-z0-9]{8,20}$/);

const incomingSchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(2000).optional(),
  value: z.record(z.string(), z.unknown()).optional(),
  name: z.string().max(100).optional(),
  locale: z.string().max(20).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
});

export interface DirectLineOptions {
  adapter: WebChatAdapter;
  conversations: WebChatConversations;
  tokens: TokenService;
  logic: (context: TurnContext) => Promise<void>;
  clock: Clock;
  logger: Logger;
  /** The client's real address (behind TRUST_PROXY, the one the trusted proxy saw). */
  addressOf?: (req: Request) => string;
}

/**
 * A Direct Line 3.0 compatible channel for the web chat page: tokens, starting or
 * reopening a conversation, posting activities and polling for replies.
 */
export function directLineRoutes(server: Server, options: DirectLineOptions): void {
  const { adapter, conversations, tokens, logic, clock, logger } = options;
  const address = options.addressOf ?? addressOf;
  const turns = new KeyedQueue();
  // New chats per address (a workplace may share one); chat calls per conversation, however
  // often its token is refreshed, and per address, with room for a workplace full of workers.
  const tokenLimit = rateLimit({ burst: 30, perSecond: 2, clientOf: address });
  const conversationLimit = rateLimit({ burst: 40, perSecond: 10, clientOf: (req) => conversationOfToken(req) ?? address(req) });
  const addressLimit = rateLimit({ burst: 300, perSecond: 60, clientOf: address });
  const chatLimit = [addressLimit, conversationLimit];
  const conversationOfToken = (req: Request) => {
    const token = bearerOf(req);
    const claims = token ? tokens.read(token) : undefined;
    return claims ? `conversation:${claims.conversationId}` : undefined;
  };

  /** Runs a turn; call it inside the conversation's queue. */
  const run = (conversation: WebChatConversation, activity: Partial<Activity>) =>
    // A turn that lost a race for the conversation's state (another instance) runs again.
    retryOnConflict(() =>
      adapter.process(
        {
          ...activity,
          channelId: WEBCHAT_CHANNEL,
          serviceUrl: DIRECTLINE_PATH,
          conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
          from: { id: conversation.userId, name: '', role: 'user' },
          recipient: BOT_ACCOUNT,
          timestamp: clock.now(),
        },
        logic,
      ),
    );

  /** The bot speaks first: a new conversation gets a members-added event, once. */
  const start = (conversation: WebChatConversation) =>
    turns.run(conversation.id, async () => {
      if (!(await conversations.markStarted(conversation.id))) return;
      await run(conversation, {
        type: 'conversationUpdate',
        membersAdded: [{ id: conversation.userId, name: '' }],
        channelData: conversation.referralCode ? { referralCode: conversation.referralCode } : {},
      });
    });

  /**
   * /?ambassador=SECRET: the chat of this device is linked at once, in a turn of its own;
   * the secret goes to the bot and is never stored. A new chat counts as started, so the
   * ambassador is not greeted as a worker.
   */
  const link = (conversation: WebChatConversation, secret: string) =>
    turns.run(conversation.id, async () => {
      await conversations.markStarted(conversation.id);
      await run(conversation, { type: 'conversationUpdate', channelData: { ambassadorLink: secret } });
    });

  const reply = (res: Response, conversation: WebChatConversation) => {
    const fresh = tokens.issue(conversation.id, conversation.userId, { version: conversation.tokenVersion, resume: conversation.resumeVersion });
    res.send(200, { conversationId: conversation.id, userId: conversation.userId, token: fresh.token, expires_in: fresh.expiresIn });
  };

  /** Checks the bearer token and that it belongs to the conversation in the path, if any. */
  const authorize = async (req: Request, res: Response, conversationId?: string) => {
    const token = bearerOf(req);
    const claims = token ? tokens.read(token) : undefined;
    if (!claims) return void res.send(401, { error: { code: 'BadArgument', message: 'missing or bad token' } });
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      return void res.send(403, { error: { code: 'BadArgument', message: 'this token is for another conversation' } });
    }
    if (tokens.isExpired(claims)) return void res.send(403, { error: { code: 'TokenExpired', message: 'token expired' } });
    const conversation = await conversations.get(claims.conversationId);
    if (!conversation) return void res.send(404, { error: { code: 'BadArgument', message: 'conversation not found' } });
    if (conversation.tokenVersion !== undefined && claims.version !== conversation.tokenVersion) {
      return void res.send(403, { error: { code: 'TokenExpired', message: 'a newer token replaced this one' } });
    }
    return { claims, conversation };
  };

  const route = (handler: (req: Request, res: Response) => Promise<void>): RequestHandler => async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      logger.error({ err: error, url: req.url }, 'web chat request failed');
      if (!res.headersSent) res.send(500, { error: { code: 'ServiceError', message: 'something went wrong' } });
    }
  };

  /**
   * The conversation a saved token may reopen: one whose visitor wrote within RESUME_DAYS,
   * and only once per token (a resume ends the token it came with), so no chain of resumes
   * keeps a chat open without its visitor.
   */
  const resumable = async (token: string): Promise<WebChatConversation | undefined> => {
    const old = tokens.read(token);
    if (!old || tokens.isExpired(old, RESUME_DAYS * 86_400)) return undefined;
    const conversation = await conversations.get(old.conversationId);
    if (!conversation || (conversation.resumeVersion !== undefined && old.resume !== conversation.resumeVersion)) return undefined;
    const lastUsed = Date.parse(conversation.lastUsedAt ?? conversation.updatedAt);
    if (clock.now().getTime() - lastUsed > RESUME_DAYS * 86_400_000) return undefined;
    return conversations.newTokenVersion(conversation.id, { resume: true });
  };

  server.post(`${DIRECTLINE_PATH}/tokens/generate`, tokenLimit, route(async (req, res) => {
    const body = generateSchema.safeParse(req.body ?? {});
    if (!body.success) return void res.send(400, { error: { code: 'BadArgument', message: firstProblem(body.error) } });
    const ref = referralCode.safeParse(body.data.ref).success ? (body.data.ref as string) : undefined;
    const ambassador = linkSecret.safeParse(body.data.ambassador).success ? (body.data.ambassador as string) : undefined;
    const resumed = body.data.resume ? await resumable(body.data.resume) : undefined;
    // An ambassador link keeps the chat saved on this device: a wrong or old link only says so there.
    const conversation = resumed ?? (await conversations.create(ref));
    if (ambassador) await link(conversation, ambassador);
    reply(res, conversation);
  }));

  // A refresh ends the token it came with.
  server.post(`${DIRECTLINE_PATH}/tokens/refresh`, tokenLimit, route(async (req, res) => {
    const access = await authorize(req, res);
    if (!access) return;
    const renewed = await conversations.newTokenVersion(access.conversation.id);
    if (renewed) reply(res, renewed);
  }));

  server.post(`${DIRECTLINE_PATH}/conversations`, ...chatLimit, route(async (req, res) => {
    const access = await authorize(req, res);
    if (!access) return;
    await start(access.conversation);
    reply(res, access.conversation);
  }));

  server.get(`${DIRECTLINE_PATH}/conversations/:id`, ...chatLimit, route(async (req, res) => {
    const access = await authorize(req, res, req.params.id);
    if (!access) return;
    await start(access.conversation);
    reply(res, access.conversation);
  }));

  server.get(`${DIRECTLINE_PATH}/conversations/:id/activities`, ...chatLimit, route(async (req, res) => {
    const access = await authorize(req, res, req.params.id);
    if (!access) return;
    const watermark = Number.parseInt(String(req.query?.watermark ?? '0'), 10);
    res.send(200, await conversations.since(access.conversation.id, Number.isFinite(watermark) && watermark > 0 ? watermark : 0));
  }));

  server.post(`${DIRECTLINE_PATH}/conversations/:id/activities`, ...chatLimit, route(async (req, res) => {
    const access = await authorize(req, res, req.params.id);
    if (!access) return;
    const parsed = incomingSchema.safeParse(req.body);
    if (!parsed.success) return void res.send(400, { error: { code: 'BadArgument', message: firstProblem(parsed.error) } });
    const incoming = parsed.data;
    if (incoming.type === 'typing') return void res.send(200, { id: '' });
    const { conversation } = access;
    const id = await turns.run(conversation.id, async () => {
      const posted = await conversations.append(conversation.id, {
        ...incoming,
        // "koppel SECRET" links an ambassador's chat; the transcript keeps it without the secret.
        ...(incoming.text && LINK_MESSAGE.test(incoming.text) ? { text: incoming.text.replace(LINK_MESSAGE, (whole, secret: string) => whole.replace(secret, '••••')) } : {}),
        from: { id: conversation.userId, name: '', role: 'user' },
        conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
        timestamp: clock.now(),
      });
      await conversations.used(conversation.id);
      await run(conversation, { ...incoming, id: posted });
      return posted;
    });
    res.send(200, { id });
  }));
}
