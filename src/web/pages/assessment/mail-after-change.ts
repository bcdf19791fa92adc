import type { MiddlewareHandler } from 'hono';
import { kickOutbox } from '../../../usecases/notifications/dispatch-outbox.js';
import type { AppEnv } from '../../env.js';

/**
 * After a change that may have queued e-mail (assessment and meeting pages, and their API): send it
 * now, in the background (only with SMTP configured). Put it before the handler of each changing route.
 */
export const sendMailAfterChange: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' && c.res.status < 400) {
    const { db, config, logger } = c.get('deps');
    kickOutbox(db, config, logger);
  }
};
