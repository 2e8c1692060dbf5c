/** Domain errors are values with a code; dialogs turn the code into a plain sentence. */
export class DomainError extends Error {
  constructor(
    readonly code: 'group-full' | 'not-found' | 'no-consent' | 'already-booked' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const groupFull = (groupId: string) => new DomainError('group-full', `group ${groupId} has no free seat`);
export const notFound = (what: string, id: string) => new DomainError('not-found', `${what} ${id} does not exist`);
