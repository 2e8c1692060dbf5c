import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';

/**
 * The same turn, but every activity sent through it carries `channelData.handoff`: what the
 * bot tells an ambassador about a worker, so erasing the worker finds these copies again.
 */
export function markedWith(context: TurnContext, handoffId: string): TurnContext {
  const mark = (activity: string | Partial<Activity>): Partial<Activity> => {
    const base: Partial<Activity> = typeof activity === 'string' ? MessageFactory.text(activity) : activity;
    const channelData: unknown = base.channelData;
    return { ...base, channelData: { ...(channelData && typeof channelData === 'object' ? channelData : {}), handoff: handoffId } };
  };
  return new Proxy(context, {
    get(target, property) {
      if (property === 'sendActivity') return (activity: string | Partial<Activity>) => target.sendActivity(mark(activity));
      if (property === 'sendActivities') return (activities: Partial<Activity>[]) => target.sendActivities(activities.map(mark));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

