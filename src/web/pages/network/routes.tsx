import { Hono } from 'hono';
import { paths } from '../../../paths.js';
import { getNetworkOverview } from '../../../usecases/network/get-network-overview.js';
import { getNetworkActor, listActors } from '../../../usecases/network/list-actors.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { ActorPage, ActorsPage, NetworkOverviewPage } from './views.js';

/** The network experience platform's pages (members and coordinators; never public). */
export function networkPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const p = paths.network;
  app.get(p.overview.pattern, async (c) =>
    render(
      c,
      NetworkOverviewPage({ ctx: pageContext(c), view: await getNetworkOverview(c.get('deps').db, requireActor(c), { networkId: c.req.param('networkId') }) }),
    ),
  );
  app.get(p.actors.pattern, async (c) =>
    render(c, ActorsPage({ ctx: pageContext(c), ...(await listActors(c.get('deps').db, requireActor(c), { networkId: c.req.param('networkId') })) })),
  );
  app.get(p.actor.pattern, async (c) =>
    render(
      c,
      ActorPage({
        ctx: pageContext(c),
        ...(await getNetworkActor(c.get('deps').db, requireActor(c), { networkId: c.req.param('networkId'), actorId: c.req.param('actorId') })),
      }),
    ),
  );
  return app;
}
