import type { Request } from 'restify';
import { parseInput } from '../http/errors';
import { queryOf } from '../http/request';
import type { Viewer } from './auth/viewer';
import { flashOf, pageProblem } from './page-kit';
import { param, type PageRoutes } from './page-routes-kit';
import { filePage, type FilePageOptions } from './pages/file-page';
import { intakesPage } from './pages/intakes-page';
import { moveConfirmPage } from './pages/move-page';
import { byFit } from '../domain/move-fit';
import { certificateSchema, eraseSchema, evaluationSchema, fileQuerySchema, handoverSchema, moveSchema, noteSchema } from './schemas';

/** The list of workers' files and each file's forms. */
export function fileRoutes({ server, ops, page }: PageRoutes): void {
  const { domain } = ops;
  /** The file page, with what a form on it reported. */
  const showFile = async (viewer: Viewer, id: string, options: FilePageOptions) => {
    const file = await ops.openFile(viewer, id);
    const board = await ops.board();
    const followUps = await domain.attendance.followUpsOf(id);
    return filePage(board, viewer, file, await ops.moveTargets(viewer, file.intake, board), { ...options, followUps });
  };
  /** Renders the file again with the problem when a form on it had bad input; other errors go to the error page. */
  const onFile = (change: (req: Request, viewer: Viewer, id: string) => Promise<unknown>, flash = 'saved') =>
    page(async (req, viewer) => {
      const id = param(req, 'id');
      try {
        await change(req, viewer, id);
      } catch (error) {
        const problem = pageProblem(error);
        if (!problem || problem.status === 404 || problem.status === 403) throw error;
        return { status: problem.status, html: await showFile(viewer, id, { problem: problem.message }) };
      }
      const back = (req.body as Record<string, unknown> | undefined)?.back === 'group' ? (await domain.intakes.get(id))?.booking?.groupId : undefined;
      return { redirect: back ? `/coordinator/groups/${back}?ok=moved` : `/coordinator/intakes/${id}?ok=${flash}` };
    });

  server.get('/coordinator/intakes', ...page(async (req, viewer) => {
    const query = parseInput(fileQuerySchema, Object.fromEntries(queryOf(req)));
    const [files, board] = await Promise.all([ops.files(viewer, query, 'intakes list'), ops.board()]);
    return { html: intakesPage(board, viewer, files, query, flashOf(req)) };
  }));
  server.get('/coordinator/intakes/:id', ...page(async (req, viewer) => {
    const flash = flashOf(req);
    return { html: await showFile(viewer, param(req, 'id'), flash ? { flash } : {}) };
  }));
  server.post('/coordinator/intakes/:id/notes', ...onFile((req, viewer, id) => ops.addNote(viewer, id, parseInput(noteSchema, req.body).text)));
  server.post('/coordinator/intakes/:id/evaluations', ...onFile((req, viewer, id) => ops.addEvaluation(viewer, id, parseInput(evaluationSchema, req.body))));
  server.post('/coordinator/intakes/:id/certificates', ...onFile((req, viewer, id) => ops.addCertificate(viewer, id, parseInput(certificateSchema, req.body))));
  server.post('/coordinator/intakes/:id/handover', ...onFile((req, viewer, id) => ops.setHandover(viewer, id, parseInput(handoverSchema, req.body).to)));
  server.post('/coordinator/intakes/:id/finish', ...onFile((_req, viewer, id) => ops.finish(viewer, id)));
  /** A move asks once: the choice posts here and gets the question; "Ja, verplaatsen" posts to /move/confirmed. */
  server.post('/coordinator/intakes/:id/move', ...page(async (req, viewer) => {
    const id = param(req, 'id');
    const check = moveSchema.safeParse(req.body);
    if (!check.success) {
      const bad = pageProblem(check.error)!;
      return { status: bad.status, html: await showFile(viewer, id, { problem: bad.message }) };
    }
    const file = await ops.openFile(viewer, id);
    const [group, board] = await Promise.all([ops.group(viewer, check.data.groupId), ops.board()]);
    const [fit] = byFit([group], file.intake, (groupId) => board.catalog.findGroup(groupId));
    const back = (req.body as Record<string, unknown>).back === 'group' ? 'group' : 'file';
    return { html: moveConfirmPage(board, viewer, file.intake, fit, back) };
  }));
  server.post('/coordinator/intakes/:id/move/confirmed', ...onFile((req, viewer, id) => ops.move(viewer, id, parseInput(moveSchema, req.body).groupId), 'moved'));
  server.post('/coordinator/intakes/:id/erase', ...page(async (req, viewer) => {
    const id = param(req, 'id');
    const check = eraseSchema.safeParse(req.body);
    if (!check.success) {
      const bad = pageProblem(check.error)!;
      return { status: bad.status, html: await showFile(viewer, id, { problem: bad.message }) };
    }
    await ops.erase(viewer, id);
    return { redirect: '/coordinator/intakes?ok=erased' };
  }));
}
