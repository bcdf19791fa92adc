import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { unreadCount } from '../usecases/notifications/list-notifications.js';
import type { AppEnv } from './env.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Send a full page. Hono's JSX cannot emit a doctype, so it is prepended here. For a logged-in person
 * the header's unread count is taken here: one indexed count per page shown (redirects and API calls
 * count nothing); the layout reads it through `ctx.unreadNotifications` as the page is rendered.
 */
export async function render(c: Context<AppEnv>, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  const actor = c.get('actor');
  const known: number | null | undefined = c.get('unreadNotifications');
  if (actor && known === undefined) c.set('unreadNotifications', await unreadCount(c.get('deps').db, actor.userId));
  const html = await Promise.resolve(page?.toString() ?? '');
  return c.html(`<!DOCTYPE html>${html}`, status);
}
