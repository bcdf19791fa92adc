import { ProjectCatalogueSection } from '../catalogue/project-catalogue-section.js';
import { Hono, type Context } from 'hono';
import type { Message } from '../../../errors.js';
import { canAnywhere } from '../../../policies/authorize.js';
import { assignConsultant } from '../../../usecases/projects/assign-consultant.js';
import { getProject } from '../../../usecases/projects/get-project.js';
import { getProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { listProjects } from '../../../usecases/projects/list-projects.js';
import { recordMilestone } from '../../../usecases/projects/record-milestone.js';
import { startProject } from '../../../usecases/projects/start-project.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost, type FormFields, type FormValues } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { projectNotices } from './kit.js';
import { ProjectOutcomeSection } from './outcome-summary.js';
import { ProjectListPage } from './project-list-page.js';
import { ProjectPage, type ProjectPageProps } from './project-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const appId = (c: C) => c.req.param('applicationId') ?? '';

/** The project page: the project (getProject) with its evaluation, decision and handover (getProjectOutcome) in the outcome slot. */
async function projectPage(c: C, actor: Actor, opts: { notice?: Message | undefined; form?: ProjectPageProps['form'] } = {}) {
  const ctx = pageContext(c);
  const project = await getProject(db(c), actor, { applicationId: appId(c) });
  const outcome = await getProjectOutcome(db(c), actor, { applicationId: appId(c) });
  return ProjectPage({
    ctx,
    project,
    ...opts,
    outcome: [ProjectOutcomeSection({ ctx, outcome }), await ProjectCatalogueSection({ ctx, db: db(c), actor, applicationId: appId(c) })],
  });
}

/** The project page again with one of its forms' values and errors. */
const again = (name: 'start' | 'consultants' | 'milestone') => async (actor: Actor, form: { values: FormValues; errors: Record<string, string> }, c: C) =>
  projectPage(c, actor, { form: { name, ...form } });

const done = (c: C, besked: string) => paths.projects.show({ applicationId: appId(c) }, { besked });

/** The project list, the project page and its small forms (start, consultants, milestones). */
export function projectPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.projects.list.pattern, async (c) => {
    const actor = requireActor(c);
    const poolId = c.req.query('pulje') ?? '';
    const { projects, nextCursor } = await listProjects(db(c), actor, { poolId, after: c.req.query('after') });
    const nextPage = nextCursor ? paths.projects.list({ pulje: poolId, after: nextCursor }) : null;
    return render(c, ProjectListPage({ ctx: pageContext(c), projects, canSeeDue: canAnywhere(actor, 'report.viewDue'), nextPage }));
  });

  app.get(paths.projects.show.pattern, async (c) => {
    const notice: Message | undefined = projectNotices[c.req.query('besked') ?? ''];
    return render(c, await projectPage(c, requireActor(c), { notice }));
  });

  app.post(
    paths.projects.start.pattern,
    formPost({
      failure: { primaryField: 'startedOn' },
      run: async (actor, f: FormFields, c) => {
        await startProject(db(c), actor, { applicationId: appId(c), startedOn: f.text('startedOn'), plannedEndOn: f.text('plannedEndOn') });
        return done(c, 'igangsat');
      },
      again: again('start'),
    }),
  );

  app.post(
    paths.projects.consultants.pattern,
    formPost({
      failure: { primaryField: 'email' },
      run: async (actor, f, c) => {
        await assignConsultant(db(c), actor, { applicationId: appId(c), email: f.text('email'), remove: f.text('remove') === 'true' });
        return done(c, 'konsulent');
      },
      again: again('consultants'),
    }),
  );

  app.post(
    paths.projects.milestones.pattern,
    formPost({
      failure: { primaryField: 'title' },
      run: async (actor, f, c) => {
        await recordMilestone(db(c), actor, {
          applicationId: appId(c),
          milestoneId: f.text('milestoneId'),
          title: f.text('title'),
          plannedOn: f.text('plannedOn'),
          actualOn: f.text('actualOn'),
          note: f.text('note'),
        });
        return done(c, 'milepael');
      },
      again: again('milestone'),
    }),
  );

  return app;
}
