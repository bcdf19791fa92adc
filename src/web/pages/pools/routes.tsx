import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';

export function poolPages(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
