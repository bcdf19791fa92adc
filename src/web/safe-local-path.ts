import { AppError } from '../errors.js';
import { paths } from '../paths.js';

/** C0 controls (tab, CR, LF, NUL, …) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/;
const LINE_BREAK = /[\r\n]/;

/** Percent-decode until nothing changes (a few rounds at most); undefined when the encoding is malformed. */
function fullyDecoded(value: string): string | undefined {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** A same-origin path as a browser would read it: one leading "/", then no second "/" or "\", no backslash, no control character. */
const isLocalPathShape = (v: string): boolean => /^\/(?![/\\])/.test(v) && !v.includes('\\') && !CONTROL.test(v);

/**
 * The one check for a "go back to" address (`tilbage`): only a same-origin PATH (with its query) passes, as typed;
 * anything else (another host `//x`, `/\x`, a scheme `https:`, a tab, CR or LF — also percent-encoded, a malformed
 * encoding) gives `fallback`. So a link can never send a person off-site after login or a language switch.
 */
export function safeLocalPath(value: unknown, fallback = paths.home()): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  if (!isLocalPathShape(value)) return fallback;
  const decoded = fullyDecoded(value);
  if (decoded === undefined || !isLocalPathShape(decoded)) return fallback;
  return value;
}

/** True when the value holds a CR or LF, raw or percent-encoded: a header-injection attempt, answered 400. */
export function hasLineBreak(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (LINE_BREAK.test(value)) return true;
  const decoded = fullyDecoded(value);
  return decoded !== undefined && LINE_BREAK.test(decoded);
}

/** `safeLocalPath`, but a CR/LF in the value is a 400 (a header-injection attempt is refused, not redirected). */
export function safeLocalPathOrRefuse(value: unknown, fallback = paths.home()): string {
  if (hasLineBreak(value))
    throw new AppError('BAD_REQUEST', {
      message: { da: 'Adressen at vende tilbage til indeholder et linjeskift.', en: 'The return address contains a line break.' },
    });
  return safeLocalPath(value, fallback);
}
