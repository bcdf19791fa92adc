import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';
const hashes = new Map<string, string>();
/** The first 10 hex digits of the file's SHA-256, read once per process (assets change only with a deploy). */
function contentHash(file: string): string | null {
  let hash = hashes.get(file);
  if (hash === undefined) {
    try {
      hash = createHash('sha256')
        .update(readFileSync(join(ownAssets, file)))
        .digest('hex')
        .slice(0, 10);
    } catch {
      return null;
    }
    hashes.set(file, hash);
  }
  return hash;
}

/** Our own asset's URL with its content hash (`/static/app/app.<hash>.css`), long-cached; the layout links this. */
export function assetUrl(file: string): string {
  const hash = contentHash(file);
  const ext = extname(file);
  return hash ? paths.static.app(`${file.slice(0, -ext.length)}.${hash}${ext}`) : paths.static.app(file);
}

/** `app.<hash>.css` → the file and whether the hash is the current one; any other name is itself. */
function unhash(rel: string): { file: string; immutable: boolean } {
  const m = /^(.+)\.([0-9a-f]{10})(\.[a-z0-9]+)$/.exec(rel);
  if (!m) return { file: rel, immutable: false };
  const file = `${m[1]}${m[3]}`;
  return contentHash(file) === m[2] ? { file, immutable: true } : { file: rel, immutable: false };
}

/** DKFDS's built assets and our own few, with long caching; paths cannot escape their folder. */
export function staticRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const serve =
    (root: string, hashed: boolean) =>
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
      const asked = normalize(decoded).replace(/^([/\\])+/, '');
      if (asked.startsWith('..')) return c.notFound();
      // Own assets: a content-hashed name is cached for a year; the plain name still works, briefly cached.
      const { file: rel, immutable } = hashed ? unhash(asked) : { file: asked, immutable: false };
      const type = types[extname(rel)];
      if (!type) return c.notFound();
      try {
        const data = await readFile(join(root, rel));
        return c.body(new Uint8Array(data), 200, { 'content-type': type, 'cache-control': immutable ? IMMUTABLE : hashed ? SHORT : 'public, max-age=86400' });
      } catch {
        return c.notFound();
      }
    };
  const dkfds = serve(dkfdsDist, false);
  const own = serve(ownAssets, true);
  app.get(paths.static.dkfds.pattern, (c) => dkfds(c, paths.static.dkfds.prefix));
  app.get(paths.static.app.pattern, (c) => own(c, paths.static.app.prefix));
  return app;
}
