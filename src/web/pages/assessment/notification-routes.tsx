import { Hono, type Context } from 'hono';
import { listNotifications } from '../../../usecases/notifications/list-notifications.js';
import { markNotificationsRead } from '../../../usecases/notifications/mark-notifications-read.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { besked, notice } from './notices.js';
import { NotificationsPage } from './notifications-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;

/** The user's notifications, and marking one or all of them read. */
export function notificationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const notificationsPage = async (c: C, actor: Actor) => {
    const ctx = pageContext(c);
    const { notifications, unread } = await listNotifications(db(c), actor, { limit: 100 });
    return NotificationsPage({ ctx, rows: notifications, unread, notice: notice(c, ctx) });
  };
  app.get(paths.notifications.list.pattern, async (c) => render(c, await notificationsPage(c, requireActor(c))));
  app.post(
    paths.notifications.markRead.pattern,
    formPost({
      failure: { primaryField: 'markRead' },
      run: async (actor, fields, c) => {
        // One notification's button posts its id; "Markér alle som læst" posts none.
        const ids = fields.raw('ids');
        const one = ids !== undefined && ids !== '';
        await markNotificationsRead(db(c), actor, one ? { ids } : {});
        return paths.notifications.list(besked(one ? 'laest1' : 'laest'));
      },
      again: (actor, _form, c) => notificationsPage(c, actor),
    }),
  );
  return app;
}
