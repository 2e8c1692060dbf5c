import type { Config } from '../config';
import { openDomain, type Domain, type DomainSettings } from '../domain';
import { dayPartOf } from '../domain/catalog';
import type { Clock } from '../domain/clock';
import type { Store } from '../domain/store';
import { t } from '../text/t';
import { dayName, dayPartName, listText } from '../text/words';

/** The domain's rules, as this deployment sets them. */
export function domainSettings(config: Config): DomainSettings {
  return { reminderHour: config.REMINDER_HOUR, retentionMonths: config.RETENTION_MONTHS, handoffMinutes: config.HANDOFF_ANSWER_MINUTES };
}

/** The domain over the store, with the Dutch name the bot gives a group it opens itself. */
export function openAppDomain(config: Config, store: Store, clock: Clock): Promise<Domain> {
  return openDomain({
    store,
    clock,
    settings: domainSettings(config),
    overflowName: (goals, time) =>
      t('groups.overflowName', {
        goals: listText(goals.map((goal) => t(`goals.${goal}`).toLowerCase())),
        day: dayName(time.weekday),
        dayPart: dayPartName(dayPartOf(time.start)),
      }),
  });
}
