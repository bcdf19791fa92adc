import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>` (Stripe's scheme). */
export const SIGNATURE_HEADER = 'X-VTP-Signature';

export function signPayload(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** What a receiver does: recompute the HMAC over `t.body` and compare in constant time. */
export function verifySignature(secret: string, body: string, header: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || typeof parts.v1 !== 'string') return false;
  const expected = Buffer.from(signPayload(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is failed for good (6 attempts in all). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after `attempts` failed attempts, or null when that was the last. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An endpoint URL must be https; plain http is accepted only for a loopback host (tests, a local
 * integration during development). Returns a Danish reason, or null when the URL is fine.
 */
export function webhookUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Skriv en fuld adresse, fx https://esdh.kommune.dk/webhooks/puljer';
  }
  if (url.username || url.password) return 'Adressen må ikke indeholde brugernavn eller adgangskode';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return 'Adressen skal begynde med https://';
}
