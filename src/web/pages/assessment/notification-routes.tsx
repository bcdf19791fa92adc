import { Hono, type Context } from 'hono';
import { listNotifications, markNotificationsRead } from '../../../usecases/notifications/list-notifications.js';
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

/** The user's notifications, and marking them all read. */
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
      run: async (actor, _fields, c) => {
        await markNotificationsRead(db(c), actor, {});
        return paths.notifications.list(besked('laest'));
      },
      again: (actor, _form, c) => notificationsPage(c, actor),
    }),
  );
  return app;
}
