import { Hono, type Context } from 'hono';
import { exportReportsDue } from '../../../usecases/projects/export-reports-due.js';
import { listReportsDue } from '../../../usecases/projects/list-reports-due.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { ReportsDuePage, type DueFilters } from './reports-due-page.js';
import { readDb } from '../../read-db.js';

type C = Context<AppEnv>;

const filtersOf = (c: C): DueFilters => ({ pulje: c.req.query('pulje') ?? '', enhed: c.req.query('enhed') ?? '', vis: c.req.query('vis') ?? 'all' });
const inputOf = (f: DueFilters) => ({ poolId: f.pulje, departmentId: f.enhed, show: f.vis || 'all' });

/** The secretariat's reports-due table and its CSV/XLSX exports. */
export function dueReportPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(paths.projects.reportsDue.pattern, async (c) => {
    const filters = filtersOf(c);
    const due = await listReportsDue(readDb(c), requireActor(c), inputOf(filters));
    return render(c, ReportsDuePage({ ctx: pageContext(c), due, filters }));
  });
  for (const [route, format] of [
    [paths.projects.reportsDueCsv, 'csv'],
    [paths.projects.reportsDueXlsx, 'xlsx'],
  ] as const) {
    app.get(route.pattern, async (c) => {
      const file = await exportReportsDue(readDb(c), requireActor(c), { ...inputOf(filtersOf(c)), format });
      return new Response(Buffer.from(file.body), {
        headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"`, 'cache-control': 'no-store' },
      });
    });
  }
  return app;
}
