import { z, ZodError, type ZodType } from 'zod';
import { DomainError } from '../domain/errors';

/** Bad input, with the field that is wrong: the HTTP layer answers 400 and names it. */
export class BadInput extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'BadInput';
  }
}

/** The access rules said no: 403 for the API, a plain page for the dashboard. */
export class Forbidden extends Error {
  constructor(message = 'not allowed') {
    super(message);
    this.name = 'Forbidden';
  }
}

/** Checks input against a zod schema; the first problem becomes a BadInput naming its field. */
export function parseInput<S extends ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw badInputOf(result.error);
}

export function badInputOf(error: ZodError): BadInput {
  const issue = error.issues[0];
  return new BadInput(issue.path.map(String).join('.') || 'body', issue.message);
}

/** What went wrong, as the HTTP layer answers it. */
export interface Problem {
  kind: 'bad-input' | 'forbidden' | 'not-found' | 'group-full' | 'invalid' | 'internal';
  status: number;
  error: string;
  field?: string;
}

const STATUS: Record<Problem['kind'], number> = {
  'bad-input': 400,
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  'group-full': 409,
  internal: 500,
};

const problem = (kind: Problem['kind'], error: string, field?: string): Problem => ({ kind, status: STATUS[kind], error, ...(field ? { field } : {}) });

/** The one table from an error to an HTTP status; a 500 hides the details. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ZodError) return problemOf(badInputOf(error));
  if (error instanceof BadInput) return problem('bad-input', error.message, error.field);
  if (error instanceof Forbidden) return problem('forbidden', error.message);
  if (error instanceof DomainError) return problem(error.code, error.message, error.field);
  return problem('internal', 'internal error');
}
