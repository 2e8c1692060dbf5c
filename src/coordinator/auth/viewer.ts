import type { Actor } from '../../domain/audit';
import type { Account, Role } from './accounts';
import type { Session } from './sessions';

/**
 * Who is asking, and what they may see. Admins and the API token see every place
 * (locationIds undefined); a coordinator sees only the places of their account.
 */
export interface Viewer {
  actor: Actor;
  role: Role;
  locationIds?: readonly string[];
  account?: Account;
  session?: Session;
}

export function viewerOf(account: Account, session?: Session): Viewer {
  return {
    actor: { kind: 'account', id: account.id, label: account.email },
    role: account.role,
    ...(account.role === 'admin' ? {} : { locationIds: account.locationIds }),
    account,
    ...(session ? { session } : {}),
  };
}

export function seesLocation(viewer: Viewer, locationId: string | undefined): boolean {
  return !viewer.locationIds || (locationId !== undefined && viewer.locationIds.includes(locationId));
}
