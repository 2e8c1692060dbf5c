import type { Request, Response } from 'restify';
import { csrfOk, identify, type GuardOptions } from '../coordinator/auth/guard';

export type Handler = (req: Request, res: Response) => Promise<void> | void;

/**
 * Wraps a route for managing taalambassadeurs: the same access as the coordinator API
 * (an admin's session with its CSRF token on changes, or the bearer COORDINATOR_TOKEN).
 */
export function coordinatorGuard(options: GuardOptions) {
  return (handler: Handler) => async (req: Request, res: Response) => {
    const identity = identify(req, options);
    if ('problem' in identity) return void res.send(identity.problem.status, { error: identity.problem.error });
    if (identity.viewer.role !== 'admin') return void res.send(403, { error: 'only an admin manages taalambassadeurs' });
    if (!csrfOk(req, identity.viewer)) return void res.send(403, { error: 'missing or wrong CSRF token' });
    await handler(req, res);
  };
}
