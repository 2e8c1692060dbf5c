import type { Actor } from '../../domain/audit';
import type { Account, Role } from './accounts';
import type { Session } from './sessions';

/**
 * Who is asking, and what they may see. Admins and the API token see every place
 * (locationIds undefined); a coordinator sees only the places of their account; a teacher
 * no place at all, only the attendance of their own groups (groupIds).
 */
export interface Viewer {
  actor: Actor;
  role: Role;
  locationIds?: readonly string[];
  groupIds?: readonly string[];
  account?: Account;
  session?: Session;
}

export function viewerOf(account: Account, session?: Session): Viewer {
  return {
    actor: { kind: 'account', id: account.id, label: account.email },
    role: account.role,
    ...(account.role === 'admin' ? {} : { locationIds: account.role === 'teacher' ? [] : account.locationIds }),
    ...(account.role === 'teacher' ? { groupIds: account.groupIds ?? [] } : {}),
    account,
    ...(session ? { session } : {}),
  };
}

export function seesLocation(viewer: Viewer, locationId: string | undefined): boolean {
  return !viewer.locationIds || (locationId !== undefined && viewer.locationIds.includes(locationId));
}
