import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * CloudAdapter, with its turn runner opened up so the HTTP route can answer bad
 * input and failed turns itself, without echoing internal errors to the caller.
 */
export class TaalbotAdapter extends CloudAdapter {
  runTurn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
