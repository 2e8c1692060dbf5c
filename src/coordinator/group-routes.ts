import { parseInput } from '../http/errors';
import type { Viewer } from './auth/viewer';
import { freeSeats } from './board';
import { flashOf, pageProblem } from './page-kit';
import { param, type PageRoutes } from './page-routes-kit';
import { groupPage, groupsPage, newGroupPage } from './pages/groups-page';
import { groupSchema, validGroupFields } from './schemas';

/** Groups and 1-on-1 slots: list, create, edit, confirm. */
export function groupRoutes({ server, ops, page }: PageRoutes): void {
  server.get('/coordinator/groups', ...page(async (req, viewer) => ({ html: groupsPage(await ops.board(), viewer, await ops.groups(viewer), flashOf(req)) })));
  server.get('/coordinator/groups/new', ...page(async (_req, viewer) => ({ html: newGroupPage(viewer, await ops.locations(viewer), {}) })));
  server.post('/coordinator/groups', ...page(async (req, viewer) => {
    try {
      const group = await ops.createGroup(viewer, parseInput(groupSchema, req.body));
      return { redirect: `/coordinator/groups/${group.id}?ok=created` };
    } catch (error) {
      const problem = pageProblem(error);
      if (!problem) throw error;
      return { status: problem.status, html: newGroupPage(viewer, await ops.locations(viewer), validGroupFields(req.body), problem.message) };
    }
  }));
  const showGroup = async (viewer: Viewer, id: string, options: { flash?: ReturnType<typeof flashOf>; problem?: string } = {}) => {
    const group = await ops.group(viewer, id);
    const board = await ops.board();
    const targets = (await ops.groups(viewer)).filter((g) => g.id !== id && freeSeats(board, g) > 0);
    const { flash, problem } = options;
    const [roster, locations] = await Promise.all([ops.roster(viewer, id), ops.locations(viewer)]);
    return groupPage(board, viewer, group, roster, locations, targets, { ...(flash ? { flash } : {}), ...(problem ? { problem } : {}) });
  };
  server.get('/coordinator/groups/:id', ...page(async (req, viewer) => ({ html: await showGroup(viewer, param(req, 'id'), { flash: flashOf(req) }) })));
  server.post('/coordinator/groups/:id', ...page(async (req, viewer) => {
    const id = param(req, 'id');
    try {
      await ops.updateGroup(viewer, id, parseInput(groupSchema, req.body));
      return { redirect: `/coordinator/groups/${id}?ok=saved` };
    } catch (error) {
      const problem = pageProblem(error);
      if (!problem || problem.status === 404) throw error;
      return { status: problem.status, html: await showGroup(viewer, id, { problem: problem.message }) };
    }
  }));
  server.post('/coordinator/groups/:id/confirm', ...page(async (req, viewer) => {
    await ops.confirmOverflow(viewer, param(req, 'id'));
    return { redirect: `/coordinator/groups/${param(req, 'id')}?ok=confirmed` };
  }));
}
