import { z } from 'zod';

const id = z.string().min(1).max(512);
const account = z.object({ id, name: z.string().max(256).optional() }).passthrough();

/**
 * The least an incoming activity needs before the bot looks at it. Anything else
 * gets a 400 with the first field that is wrong.
 */
export const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: id,
    serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
    conversation: z.object({ id }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().max(10_000).optional(),
    membersAdded: z.array(account).max(100).optional(),
  })
  .passthrough();

export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.join('.') || 'body';
  return `${field}: ${issue.message}`;
}
