import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';

export function poolApi(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}
