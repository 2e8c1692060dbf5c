import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Unset: 0.0.0.0 with MicrosoftAppId, else 127.0.0.1, since then /api/messages checks no signature. */
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a plain lower-case schema name').optional(),
  DATA_FSYNC: flag.default(true),
  COORDINATOR_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(17),
  REMINDER_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  WEBCHAT_TOKEN_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  ADMIN_EMAIL: z.string().email('an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'use at least 12 characters').optional(),
  /** How many reverse proxies in front are trusted: true is one, false none. */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})$/, 'true, false or the number of trusted proxies')
    .default('false')
    .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value))),
  SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  DEMO_DATA: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  HANDOFF_ANSWER_MINUTES: z.coerce.number().int().min(1).max(240).default(10),
});

export type Config = Omit<z.infer<typeof schema>, 'HOST'> & { HOST: string };

/** Reads the configuration once. Nothing else reads process.env. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(blankless);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Bad configuration: ${problems}`);
  }
  const { PUBLIC_URL, HOST, ...rest } = result.data;
  const host = HOST ?? (rest.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1');
  return { ...rest, HOST: host, ...(PUBLIC_URL ? { PUBLIC_URL: PUBLIC_URL.replace(/\/+$/, '') } : {}) };
}
