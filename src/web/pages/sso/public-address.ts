import type { Context } from 'hono';
import type { AppEnv } from '../../env.js';

/** The installation's address as the providers know it (PUBLIC_URL), so the redirect URI is the same behind any proxy. */
export const publicAddress = (c: Context<AppEnv>, path: string): URL => new URL(path, c.get('deps').config.publicUrl);
