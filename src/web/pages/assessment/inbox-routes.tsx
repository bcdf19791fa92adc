import { Hono, type Context } from 'hono';
import { can } from '../../../policies/authorize.js';
import { inboxOptions, listSubmissions } from '../../../usecases/assessment/list-submissions.js';
import { loadPoolFor } from '../../../usecases/assessment/load.js';
import { getScoreSummary } from '../../../usecases/assessment/score-summary.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { InboxPage } from './inbox-page.js';
import { ScoresPage } from './scores-page.js';

const db = (c: Context<AppEnv>) => c.get('deps').db;

/** A pool's submitted applications (the inbox) and its score summary. */
export function inboxRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.pools.inbox.pattern, async (c) => {
    const actor = requireActor(c);
    const list = await listSubmissions(db(c), actor, { ...c.req.query(), poolId: c.req.param('poolId') });
    return render(c, InboxPage({ ctx: pageContext(c), list, options: await inboxOptions(db(c), list.pool) }));
  });

  app.get(paths.pools.scores.pattern, async (c) => {
    const actor = requireActor(c);
    const summary = await getScoreSummary(db(c), actor, { poolId: c.req.param('poolId') });
    const pool = await loadPoolFor(db(c), actor, summary.poolId, 'assessment.viewScores');
    return render(c, ScoresPage({ ctx: pageContext(c), pool, summary, linkCases: can(actor, 'assessment.screen', pool.organisationId) }));
  });

  return app;
}
