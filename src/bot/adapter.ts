import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/** A request whose sender could not be verified: bad or forged token, or signing keys out of reach. */
export class UnverifiedRequest extends Error {
  readonly statusCode = 401;

  constructor(readonly reason: unknown) {
    super(`request not verified: ${(reason as Error)?.message ?? String(reason)}`);
    this.name = 'UnverifiedRequest';
  }
}

/**
 * CloudAdapter, with its turn runner opened up so the HTTP route can answer bad
 * input and failed turns itself, without echoing internal errors to the caller.
 */
export class TaalbotAdapter extends CloudAdapter {
  /**
   * Runs the turn. A failure before the turn begins is a failure to verify the sender
   * (the adapter checks the token first), so no unverified request ever reaches the bot.
   */
  async runTurn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    let started = false;
    try {
      return await this.processActivity(authorization, activity, async (context) => {
        started = true;
        await logic(context);
      });
    } catch (error) {
      if (!started) throw new UnverifiedRequest(error);
      throw error;
    }
  }
}
