import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  COORDINATOR_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  WEBCHAT_TOKEN_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  DEMO_DATA: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  HANDOFF_ANSWER_MINUTES: z.coerce.number().int().min(1).max(240).default(10),
});

export type Config = Omit<z.infer<typeof schema>, 'PUBLIC_URL'> & {
  /** Where people reach the bot, for links and QR codes; no trailing slash. */
  PUBLIC_URL: string;
};

/** Reads the configuration once. Nothing else reads process.env. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(blankless);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Bad configuration: ${problems}`);
  }
  const { PUBLIC_URL, ...rest } = result.data;
  return { ...rest, PUBLIC_URL: (PUBLIC_URL ?? `http://localhost:${rest.PORT}`).replace(/\/+$/, '') };
}
