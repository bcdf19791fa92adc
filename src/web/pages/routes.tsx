import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { pageContext } from '../page-context.js';
import { render } from '../render.js';
import { requireActor } from '../session.js';
import { AccessibilityPage } from './accessibility-page.js';
import { accountPages } from './accounts/routes.js';
import { homeLinks } from './home-links.js';
import { HomePage } from './home-page.js';
import { poolPages } from './pools/routes.js';
import { applicationPages } from './applications/routes.js';
import { ideaPages } from './ideas/routes.js';
import { ledgerOverviewPage, ledgerPoolPages } from './ledger/routes.js';
import { ledgerProjectPages } from './ledger/project-routes.js';
import { projectOutcomePages } from './projects/outcome-routes.js';
import { assessmentPoolPages, casePages, meetingPages, notificationPages, reviewerPages } from './assessment/routes.js';

/** Every HTML route, one router per area. */
export function pageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', accountPages());
  app.get('/tilgaengelighed', (c) => render(c, AccessibilityPage({ ctx: pageContext(c) })));
  app.get('/', (c) => {
    const actor = requireActor(c);
    const ctx = pageContext(c);
    return render(c, HomePage({ ctx, links: homeLinks(actor, ctx.t) }));
  });
  app.route('/puljer', poolPages());
  app.route('/puljer', ledgerPoolPages());
  app.route('/ansoegninger', applicationPages());
  app.route('/ideer', ideaPages());
  app.route('/ansoegninger', ledgerProjectPages());
  app.get('/oekonomi', ledgerOverviewPage);
  app.route('/puljer', assessmentPoolPages());
  app.route('/vurdering', casePages());
  app.route('/bedoemmelser', reviewerPages());
  app.route('/moeder', meetingPages());
  app.route('/notifikationer', notificationPages());
  app.route('/', projectOutcomePages());
  return app;
}
