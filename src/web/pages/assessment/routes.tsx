import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { caseRoutes } from './case-routes.js';
import { decisionRoutes } from './decision-routes.js';
import { inboxRoutes } from './inbox-routes.js';
import { meetingRoutes, poolMeetingRoutes } from './meeting-routes.js';
import { notificationRoutes } from './notification-routes.js';
import { reviewRoutes } from './review-routes.js';

/**
 * The assessment area's HTML routes, one router per resource, each registering full patterns from
 * `paths` (mounted at `/`). Changing routes send queued e-mail afterwards (`sendMailAfterChange`).
 */
export function assessmentPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The pool's inbox, scores and meetings; the secretariat's cases, recommendation and direct decisions.
  app.route('/', inboxRoutes());
  app.route('/', poolMeetingRoutes());
  app.route('/', caseRoutes());
  app.route('/', decisionRoutes());
  // The reviewer's own assignments; a meeting's agenda, decisions and minutes; notifications.
  app.route('/', reviewRoutes());
  app.route('/', meetingRoutes());
  app.route('/', notificationRoutes());
  return app;
}
