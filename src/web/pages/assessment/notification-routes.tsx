import { Hono } from 'hono';
import { listNotifications, markNotificationsRead } from '../../../usecases/notifications/list-notifications.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { NotificationsPage } from './notifications-page.js';
import { db, notice } from './route-kit.js';

/** /notifikationer: the user's notifications, and marking them all read. */
export function notificationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const actor = requireActor(c);
    const ctx = pageContext(c);
    const { notifications, unread } = await listNotifications(db(c), actor, { limit: 100 });
    return render(c, NotificationsPage({ ctx, rows: notifications, unread, notice: notice(c, ctx) }));
  });
  app.post('/laest', async (c) => {
    const actor = requireActor(c);
    await markNotificationsRead(db(c), actor, {});
    return c.redirect('/notifikationer?besked=laest', 303);
  });
  return app;
}
