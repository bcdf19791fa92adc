import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { sha256 } from '../secrets.js';

const PERIOD_SECONDS = 30;
/** Shown as the account's issuer in the authenticator app. */
const ISSUER = 'Velfærdsteknologiske puljer';
export const RECOVERY_CODE_COUNT = 10;

const totpFor = (secret: string, label = 'konto') =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

/** A fresh 160-bit secret in base32 (what the authenticator app is given). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://totp/…` URI an authenticator app reads (as a QR code or pasted). */
export const otpauthUri = (secret: string, email: string): string => totpFor(secret, email).toString();

/** The secret in groups of four, for typing it by hand. */
export const groupedSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * The time step a 6-digit code belongs to, or null when it is wrong. One step either side is
 * accepted (clock drift); the caller refuses a step not after the last accepted one (replay).
 */
export function codeStep(secret: string, code: string, now: Date): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** What the person typed, without spaces and dashes, lower-case. */
export const normaliseCode = (code: string): string => code.replace(/[\s-]/g, '').toLowerCase();
export const isTotpCode = (normalised: string): boolean => /^\d{6}$/.test(normalised);

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** A recovery code as shown: `xxxxx-xxxxx` (about 49 bits; single use, stored hashed). */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)] ?? 'a').join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
export const recoveryCodeHash = (code: string): string => sha256(`recovery:${normaliseCode(code)}`);
