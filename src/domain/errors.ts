/** Domain errors are values with a code; dialogs turn the code into a plain sentence. */
export type DomainErrorCode = 'group-full' | 'not-found' | 'invalid';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field that is wrong, for the HTTP layer to name. */
    readonly field?: string,
  ) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'DomainError';
  }
}

export const groupFull = (groupId: string) => new DomainError('group-full', `group ${groupId} has no free seat`);
export const notFound = (what: string, id: string) => new DomainError('not-found', `${what} ${id} does not exist`);
/** Input that breaks a rule; `field` names what to correct. */
export const invalid = (message: string, field?: string) => new DomainError('invalid', message, field);
