import type { Message } from '../errors.js';

import { safeLocalPath } from './safe-local-path.js';

/**
 * Back links that lead where the user came from. A page reached from several places is linked with
 * `?tilbage=<the linking page's path>`; the page reads it with `safeBackPath` and shows "Tilbage" to it,
 * or its own default back link when there is none. Only a same-origin path is accepted, by the one
 * check the login and the language switch use (`safeLocalPath`).
 */
export function safeBackPath(value: unknown): string | null {
  const NONE = '\u0000';
  const path = safeLocalPath(value, NONE);
  return path === NONE ? null : path;
}

/** The query that sends the user back to `path` (the linking page): `{ tilbage: path }`. */
export const backTo = (path: string): { tilbage: string } => ({ tilbage: path });

/** The back link to show: to where the user came from (`ctx.back`), else the page's default. */
export function backLinkFor(ctx: { back: string | null }, fallback: { href: string; text: Message }): { href: string; text: Message } {
  return ctx.back !== null && ctx.back !== fallback.href ? { href: ctx.back, text: { da: 'Tilbage', en: 'Back' } } : fallback;
}
