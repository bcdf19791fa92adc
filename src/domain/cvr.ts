import { z } from 'zod';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export const CVR_MESSAGE = {
  da: 'CVR-nummeret skal være 8 cifre og bestå kontrollen (modulus 11)',
  en: 'The CVR number must be 8 digits and pass the check (modulus 11)',
} as const;

/**
 * Danish CVR number: exactly 8 digits, first digit not 0, and the digits weighted
 * 2,7,6,5,4,3,2,1 sum to a multiple of 11. No spaces or prefixes are accepted.
 */
export function isValidCvr(s: string): boolean {
  if (!/^[1-9]\d{7}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

/** Zod schema for a CVR number (surrounding whitespace is trimmed first). */
export const cvrSchema = z.string({ error: CVR_MESSAGE.da }).trim().refine(isValidCvr, { error: CVR_MESSAGE.da });
