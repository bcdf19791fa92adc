import type { Message } from '../errors.js';

/**
 * Back links that lead where the user came from. A page reached from several places is linked with
 * `?tilbage=<the linking page's path>`; the page reads it with `safeBackPath` and shows "Tilbage" to it,
 * or its own default back link when there is none.
 *
 * Only a same-origin path is accepted: it starts with one "/" (not "//" or "/\"), has no control
 * characters or backslashes (browsers drop a tab or newline, so "/\t/evil.example" would become
 * "//evil.example"), and resolves to this origin. (The "holes" engineer's `safeLocalPath` in
 * src/web/safe-local-path.ts hardens the same parameter for the login and language switch; on merge this
 * may delegate to it.)
 */
export function safeBackPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (!/^\/(?!\/)/.test(value)) return null; // one leading slash: a path, not a host (//evil.example)
  const base = 'http://same-origin.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}`;
}

/** The query that sends the user back to `path` (the linking page): `{ tilbage: path }`. */
export const backTo = (path: string): { tilbage: string } => ({ tilbage: path });

/** The back link to show: to where the user came from (`ctx.back`), else the page's default. */
export function backLinkFor(ctx: { back: string | null }, fallback: { href: string; text: Message }): { href: string; text: Message } {
  return ctx.back !== null && ctx.back !== fallback.href ? { href: ctx.back, text: { da: 'Tilbage', en: 'Back' } } : fallback;
}
