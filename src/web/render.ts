import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from './env.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Send a full page. Hono's JSX cannot emit a doctype, so it is prepended here. */
export async function render(c: Context<AppEnv>, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = await Promise.resolve(page?.toString() ?? '');
  return c.html(`<!DOCTYPE html>${html}`, status);
}
