import type { TurnContext } from 'botbuilder';
import type { Domain } from '../src/domain';
import { firstNameOf, type Ambassador } from '../src/domain/ambassadors';
import { list, t } from '../src/text/t';
import { understandChoice, understandHelper } from '../src/nlu';
import { say } from './prompt';
import { FlowDialog, type Asker, type Outcome, type Step } from './flow-dialog';

export const CREDIT_DIALOG = 'credit';

/** Buttons stay few: three names and "Niemand"; any other name can be typed. */
const MAX_NAMES = 3;

export interface CreditOptions {
  intakeId: string;
}

interface CreditDraft {
  intakeId: string;
  helpers: { id: string; label: string }[];
}

/**
 * "Wie heeft je geholpen?": asked once, after the worker has their place, so it never
 * stands between "hoi" and a booking. Only when their place has taalambassadeurs and
 * no link already says who helped.
 */
export class CreditDialog extends FlowDialog<CreditDraft> {
  protected readonly steps: Step<CreditDraft>[] = [
    {
      id: 'helper',
      ask: (draft) => ({
        text: t('credit.ask'),
        buttons: [...draft.helpers.slice(0, MAX_NAMES).map((h) => h.label), t('credit.nobody')],
      }),
      answer: (text, draft, context) => this.helperAnswer(text, draft, context),
      example: 'credit.example',
      help: 'credit.help',
    },
  ];

  constructor(domain: Domain) {
    super(CREDIT_DIALOG, domain);
  }

  /** Whether to ask at all for this worker. */
  static async applies(domain: Domain, intakeId: string): Promise<boolean> {
    return (await domain.ambassadors.helpersToOffer(intakeId)).length > 0;
  }

  protected async start(_context: TurnContext, options: unknown): Promise<CreditDraft> {
    const { intakeId } = options as CreditOptions;
    return { intakeId, helpers: labelled(await this.domain.ambassadors.helpersToOffer(intakeId)) };
  }

  protected override async asker(draft: CreditDraft): Promise<Asker> {
    const intake = await this.domain.intakes.get(draft.intakeId);
    const locationId = intake?.booking ? (await this.domain.catalog.current()).findGroup(intake.booking.groupId)?.locationId : undefined;
    return { name: intake?.name, locationId };
  }

  private async helperAnswer(text: string, draft: CreditDraft, context: TurnContext): Promise<Outcome<CreditDraft>> {
    const tapped = understandChoice<string | null>(text, [
      ...draft.helpers.map((h) => ({ value: h.id, words: [h.label] })),
      { value: null, words: [t('credit.nobody'), ...list('credit.nobodyWords')] },
    ]);
    const named = tapped === undefined ? understandHelper(text, draft.helpers.map((h) => h.label)) : undefined;
    const choice = named === 'nobody' ? null : named !== undefined ? draft.helpers.find((h) => h.label === named)?.id : tapped;
    if (choice === undefined) return { kind: 'unclear' };
    if (choice === null) {
      await say(context, t('credit.noThanks'));
      return { kind: 'done', result: { credited: null } };
    }
    await this.domain.ambassadors.credit(draft.intakeId, choice);
    await say(context, t('credit.thanks', { name: draft.helpers.find((h) => h.id === choice)?.label ?? '' }));
    return { kind: 'done', result: { credited: choice } };
  }
}

/** First names, unless two share one: then the full name tells them apart. */
function labelled(ambassadors: Ambassador[]): { id: string; label: string }[] {
  const first = ambassadors.map((a) => firstNameOf(a.name));
  return ambassadors.map((a, i) => ({ id: a.id, label: first.filter((f) => f === first[i]).length > 1 ? a.name : first[i] }));
}
