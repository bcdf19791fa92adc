import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { dueReportPages } from './due-routes.js';
import { projectPages } from './project-routes.js';
import { reportPages } from './report-routes.js';

/** The projects area's pages (mounted at '/'; every router registers full paths from paths.projects). */
export function projectAreaPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', dueReportPages());
  app.route('/', projectPages());
  app.route('/', reportPages());
  return app;
}
