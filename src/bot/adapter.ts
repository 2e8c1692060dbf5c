import { CloudAdapter, DeliveryModes, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ConnectorClient } from 'botframework-connector';

/** A request whose sender could not be verified: bad or forged token, or signing keys out of reach. */
export class UnverifiedRequest extends Error {
  readonly statusCode = 401;

  constructor(readonly reason: unknown) {
    super(`request not verified: ${(reason as Error)?.message ?? String(reason)}`);
    this.name = 'UnverifiedRequest';
  }
}

/** Connector clients kept for turns whose replies go back in the HTTP answer, per bot, service and audience. */
const KEPT_CLIENTS = 100;

/**
 * CloudAdapter, with its turn runner opened up so the HTTP route can answer bad
 * input and failed turns itself, without echoing internal errors to the caller.
 */
export class TaalbotAdapter extends CloudAdapter {
  private readonly replyClients = new Map<string, Promise<ConnectorClient>>();

  /**
   * Runs the turn. A failure before the turn begins is a failure to verify the sender
   * (the adapter checks the token first), so no unverified request ever reaches the bot.
   */
  async runTurn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    let started = false;
    const run = async (context: TurnContext) => {
      started = true;
      await logic(context);
    };
    try {
      if (activity.deliveryMode !== DeliveryModes.ExpectReplies) return await this.processActivity(authorization, activity, run);
      const verified = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
      return await this.processActivity(this.keepingClients(verified), activity, run);
    } catch (error) {
      if (!started) throw new UnverifiedRequest(error);
      throw error;
    }
  }

  /**
   * With `deliveryMode: "expectReplies"` the replies go back in the HTTP answer, so the
   * turn's connector client is seldom used. botbuilder still builds one per turn (an HTTP
   * pipeline with its policies); such turns share one per bot, service URL and audience
   * instead, as botbuilder's older BotFrameworkAdapter did for every turn.
   */
  private keepingClients(verified: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = verified.connectorFactory;
    if (!factory) return verified;
    const claims = verified.claimsIdentity?.claims ?? [];
    const bot = ['appid', 'azp', 'aud'].map((type) => claims.find((claim) => claim.type === type)?.value ?? '').join('|');
    const create = (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
      const key = `${bot}\u0000${serviceUrl}\u0000${audience ?? ''}`;
      let client = this.replyClients.get(key);
      if (!client) {
        client = factory.create(serviceUrl, audience);
        client.catch(() => this.replyClients.delete(key));
        if (this.replyClients.size >= KEPT_CLIENTS) this.replyClients.delete(this.replyClients.keys().next().value!);
        this.replyClients.set(key, client);
      }
      return client;
    };
    return { ...verified, connectorFactory: { create } };
  }
}
