import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** The `today` a use case takes as its last argument, from the app's clock when one is set (tests), else none (the use case's own today). */
export function todayOf(c: Context<AppEnv>): { today?: string } {
  const today = c.get('deps').today?.();
  return today ? { today } : {};
}
