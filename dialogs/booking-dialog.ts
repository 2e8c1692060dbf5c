import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { Domain } from '../src/domain';
import { DomainError } from '../src/domain/errors';
import type { Intake } from '../src/domain/intake';
import type { Offer } from '../src/domain/matching';
import { list, t } from '../src/text/t';
import { understandChoice } from '../src/nlu';
import { say } from './prompt';
import { FlowDialog, type Asker, type Outcome, type Step } from './flow-dialog';
import { bookingText, offerText } from '../src/text/booking-text';

export const BOOKING_DIALOG = 'booking';

interface BookingDraft {
  intakeId: string;
  offers: Offer[];
}

export interface BookingOptions {
  intakeId: string;
}

export interface BookingResult {
  booked: string;
}

const NONE = 0;
const MAX_TRIES = 3;

/**
 * Turns a finished sign-up into a seat. The best fit is booked at once; when nothing
 * fits, the worker picks from up to three offers, and "none of these" still ends in a
 * seat: a 1-on-1 volunteer, or a new group. Nobody waits.
 */
export class BookingDialog extends FlowDialog<BookingDraft> {
  protected readonly steps: Step<BookingDraft>[] = [
    {
      id: 'pick',
      ask: async (draft) => {
        const catalog = await this.domain.catalog.current();
        return {
        before: [[t('booking.noExactFit'), ...draft.offers.map((offer, i) => offerText(catalog, offer, i + 1))].join('\n')],
        text: t('booking.pick'),
        buttons: [...draft.offers.map((_, i) => t('booking.pickNumber', { number: i + 1 })), t('booking.none')],
        };
      },
      answer: (text, draft, context) => this.pickAnswer(text, draft, context),
      example: 'booking.example',
      help: 'booking.help',
    },
  ];

  constructor(domain: Domain) {
    super(BOOKING_DIALOG, domain);
  }

  protected async start(_context: TurnContext, options: unknown): Promise<BookingDraft> {
    const { intakeId } = options as BookingOptions;
    return { intakeId, offers: (await this.domain.bookings.findPlace(intakeId)).alternatives };
  }

  protected override async asker(draft: BookingDraft): Promise<Asker> {
    const intake = await this.domain.intakes.get(draft.intakeId);
    return { name: intake?.name, referralCode: intake?.referralCode };
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const { intakeId } = options as BookingOptions;
    const already = await this.domain.intakes.get(intakeId);
    if (already?.status === 'booked') return dc.endDialog(await this.confirm(dc.context, already));
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const search = await this.domain.bookings.findPlace(intakeId);
      if (!search.match) {
        if (search.alternatives.length === 0) break;
        return super.beginDialog(dc, { intakeId });
      }
      const booked = await this.tryBook(intakeId, search.match.groupId);
      if (booked) return dc.endDialog(await this.confirm(dc.context, booked));
    }
    return dc.endDialog(await this.confirm(dc.context, await this.domain.bookings.bookFallback(intakeId)));
  }

  private async pickAnswer(text: string, draft: BookingDraft, context: TurnContext): Promise<Outcome<BookingDraft>> {
    const choice = understandChoice(text, [
      ...draft.offers.map((offer, i) => ({ value: i + 1, words: [t('booking.pickNumber', { number: i + 1 }), String(i + 1)] })),
      { value: NONE, words: [t('booking.none'), ...list('booking.noneWords')] },
    ]);
    if (choice === undefined) return { kind: 'unclear' };
    if (choice === NONE) return { kind: 'done', result: await this.confirm(context, await this.domain.bookings.bookFallback(draft.intakeId)) };

    const booked = await this.tryBook(draft.intakeId, draft.offers[choice - 1].groupId);
    if (booked) return { kind: 'done', result: await this.confirm(context, booked) };
    await say(context, t('booking.taken'));
    const offers = (await this.domain.bookings.findPlace(draft.intakeId)).alternatives;
    if (offers.length === 0) return { kind: 'done', result: await this.confirm(context, await this.domain.bookings.bookFallback(draft.intakeId)) };
    return { kind: 'goto', step: 'pick', draft: { ...draft, offers } };
  }

  /** Books, or returns undefined when someone else just took the last seat. */
  private async tryBook(intakeId: string, groupId: string): Promise<Intake | undefined> {
    try {
      return await this.domain.bookings.book(intakeId, groupId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'group-full') return undefined;
      throw error;
    }
  }

  private async confirm(context: TurnContext, intake: Intake): Promise<BookingResult> {
    await say(context, bookingText(await this.domain.catalog.current(), intake));
    return { booked: intake.id };
  }
}
