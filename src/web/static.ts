import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';
import { paths } from '../paths.js';

const dkfdsDist = fileURLToPath(new URL('../../node_modules/dkfds/dist', import.meta.url));
// Our own assets: /static/app/x → public/app/x.
const ownAssets = fileURLToPath(new URL('../../public/app', import.meta.url));
const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

/** DKFDS's built assets and our own few, with long caching; paths cannot escape their folder. */
export function staticRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const serve =
    (root: string) =>
    async (
      c: { req: { path: string }; notFound: () => Response | Promise<Response>; body: (b: Uint8Array, s: 200, h: Record<string, string>) => Response },
      prefix: string,
    ) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(c.req.path.slice(prefix.length));
      } catch {
        // A malformed percent-encoding (`%E0%A4%A`) is the client's mistake: 400, not a 500.
        throw new AppError('BAD_REQUEST', { message: { da: 'Adressen er ikke gyldigt kodet.', en: 'The address is not validly encoded.' } });
      }
      const rel = normalize(decoded).replace(/^([/\\])+/, '');
      if (rel.startsWith('..')) return c.notFound();
      const type = types[extname(rel)];
      if (!type) return c.notFound();
      try {
        const data = await readFile(join(root, rel));
        return c.body(new Uint8Array(data), 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
      } catch {
        return c.notFound();
      }
    };
  const dkfds = serve(dkfdsDist);
  const own = serve(ownAssets);
  app.get(paths.static.dkfds.pattern, (c) => dkfds(c, paths.static.dkfds.prefix));
  app.get(paths.static.app.pattern, (c) => own(c, paths.static.app.prefix));
  return app;
}
