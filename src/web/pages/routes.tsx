import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { paths } from '../../paths.js';
import { pageContext } from '../page-context.js';
import { render } from '../render.js';
import { requireActor } from '../session.js';
import { AccessibilityPage } from './accessibility-page.js';
import { PrivacyPage } from './privacy-page.js';
import { accountPages } from './accounts/routes.js';
import { getMyWork } from '../../usecases/home/get-my-work.js';
import { homeLinks } from './home-links.js';
import { HomePage } from './home-page.js';
import { poolPages } from './pools/routes.js';
import { applicationPages } from './applications/routes.js';
import { ideaPages } from './ideas/routes.js';
import { ledgerPoolPages } from './ledger/routes.js';
import { ledgerProjectPages } from './ledger/project-routes.js';
import { assessmentPages } from './assessment/routes.js';
import { projectAreaPages } from './projects/routes.js';
import { projectOutcomePages } from './projects/outcome-routes.js';
import { guidePages } from './guide/routes.js';
import { catalogueSharingPages } from './catalogue/sharing-routes.js';
import { cataloguePages } from './catalogue/routes.js';
import { networkPages } from './network/routes.js';
import { recordPages } from './records/routes.js';
import { userPages } from './users/routes.js';
import { webhookPages } from './webhooks/routes.js';
import { retentionPages } from './retention/routes.js';

/** Every HTML route, one router per area. */
export function pageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', accountPages());
  app.get(paths.accessibility.pattern, (c) => {
    const { config } = c.get('deps');
    return render(c, AccessibilityPage({ ctx: pageContext(c), installation: config.installation, siteUrl: config.publicUrl }));
  });
  app.get(paths.privacy.pattern, (c) => render(c, PrivacyPage({ ctx: pageContext(c), installation: c.get('deps').config.installation })));
  app.get(paths.home.pattern, async (c) => {
    const actor = requireActor(c);
    const ctx = pageContext(c);
    const work = await getMyWork(c.get('deps').db, actor, {});
    return render(c, HomePage({ ctx, links: homeLinks(actor, ctx.t), work }));
  });
  app.route('/', poolPages());
  app.route('/', ledgerPoolPages());
  app.route('/', applicationPages());
  app.route('/', ideaPages());
  app.route('/', ledgerProjectPages());
  app.route('/', assessmentPages());
  app.route('/', projectAreaPages());
  app.route('/', projectOutcomePages());
  app.route('/', guidePages());
  app.route('/', cataloguePages());
  app.route('/', catalogueSharingPages());
  app.route('/', networkPages());
  app.route('/', recordPages());
  app.route('/', userPages());
  app.route('/', webhookPages());
  app.route('/', retentionPages());
  return app;
}
