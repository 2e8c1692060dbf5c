import type { Domain } from '../domain';
import { firstNameOf } from '../domain/ambassadors';
import type { Catalog } from '../domain/catalog-service';
import type { Handoff } from '../domain/handoff';
import { t } from './t';
import type { Prompt } from './prompt';

/** The words of a handoff, for both sides. Names are first names only. */

export async function ambassadorName(domain: Domain, handoff: Handoff): Promise<string> {
  return firstNameOf((await domain.ambassadors.find(handoff.ambassadorId))?.name ?? '');
}

export function workerName(handoff: Handoff): string {
  return firstNameOf(handoff.worker.name);
}

/** To the worker who just asked: who will answer, and roughly when. */
export function askedPrompt(name: string, minutes: number): Prompt {
  return {
    before: [t('handoff.asked', { name }), t('handoff.when', { minutes })],
    text: t('handoff.typeAlready'),
    buttons: [t('handoff.alone')],
  };
}

/** To the ambassador: who, where in the sign-up, what they asked; accept with one tap. */
export function requestPrompt(handoff: Handoff, minutes: number): Prompt {
  const worker = workerName(handoff);
  return {
    before: [
      [t('ambassador.request', { worker }), t('ambassador.where', { worker, where: handoff.where }), t('ambassador.asked', { worker, asked: handoff.asked })].join('\n'),
    ],
    text: t('ambassador.answerBy', { minutes }),
    buttons: [t('ambassador.accept')],
  };
}

/** To the worker when nobody answered in time: the coordinator, or go on alone. */
export async function unansweredPrompt(domain: Domain, handoff: Handoff): Promise<Prompt> {
  const contact = (await domain.handoffs.contactFor(handoff))?.name;
  const before = [t('handoff.unanswered', { name: await ambassadorName(domain, handoff) })];
  if (!contact) return { before, text: t('handoff.goOn'), buttons: [t('handoff.alone')] };
  return { before, text: t('handoff.unansweredChoice', { contact }), buttons: [t('handoff.contactButton', { contact }), t('handoff.alone')] };
}

/** The coordinator's concrete next step: call or app them, or where to find them. */
export function contactText(catalog: Catalog, locationId: string | undefined): string | undefined {
  const contact = catalog.helpContact(locationId);
  if (!contact) return undefined;
  if (contact.phone) return t('handoff.callContact', { contact: contact.name, phone: contact.phone });
  const place = locationId ? catalog.findLocation(locationId) : catalog.locations[0];
  return t('handoff.visitContact', { contact: contact.name, place: place?.name ?? '' });
}

/** Only the question itself, without the hints before it: "Wat wil je leren?". */
export function questionOf(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  return sentences[sentences.length - 1] ?? text;
}
