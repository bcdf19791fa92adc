import type { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { caseRoutes } from './case-routes.js';
import { decisionRoutes } from './decision-routes.js';
import { inboxRoutes } from './inbox-routes.js';
import { meetingRoutes, poolMeetingRoutes } from './meeting-routes.js';
import { notificationRoutes } from './notification-routes.js';
import { reviewRoutes } from './review-routes.js';
import { withMailAfterChange } from './route-kit.js';

/** The assessment area's HTML routes, one router per mount point (each resource in its own file). */

/** /puljer/:poolId/indbakke, /scorer, /moeder */
export const assessmentPoolPages = (): Hono<AppEnv> => withMailAfterChange(inboxRoutes(), poolMeetingRoutes());

/** /vurdering: the secretariat's case pages, the recommendation and the directors' direct decisions */
export const casePages = (): Hono<AppEnv> => withMailAfterChange(caseRoutes(), decisionRoutes());

/** /bedoemmelser: the reviewer's own assignments */
export const reviewerPages = (): Hono<AppEnv> => withMailAfterChange(reviewRoutes());

/** /moeder/:id: agenda, decisions, minutes, print and PDF */
export const meetingPages = (): Hono<AppEnv> => withMailAfterChange(meetingRoutes());

/** /notifikationer */
export const notificationPages = (): Hono<AppEnv> => notificationRoutes();
