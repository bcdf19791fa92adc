import { z } from 'zod';
import type { Locale } from './bilingual.js';

/** Money is integer øre everywhere. 1 kr. = 100 øre. */

/** An amount for one budget year. */
export interface YearAmount {
  year: number;
  amountOere: number;
}

/** NO-BREAK SPACE: between an amount and its currency. */
export const NBSP = '\u00a0';

function assertOere(oere: number): void {
  if (!Number.isSafeInteger(oere)) {
    throw new RangeError(`Beløb skal være et helt antal øre (safe integer), fik ${String(oere)}`);
  }
}

function groupThousands(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function splitOere(oere: number): { negative: boolean; kroner: string; oere: number } {
  const negative = oere < 0;
  const abs = Math.abs(oere);
  return { negative, kroner: String(Math.floor(abs / 100)), oere: abs % 100 };
}

/**
 * Formats øre as kroner — the one money formatter for pages, mails and messages (CSV/XLSX exports keep numbers).
 * da: `1.234.567 kr.`, `1.234.567,50 kr.`, `-1.234 kr.`
 * en: `DKK 1,234,567`, `DKK 1,234,567.50`, `-DKK 1,234`
 * The space between the number and `kr.` (or `DKK` and the number) is a NO-BREAK SPACE (U+00A0), so an
 * amount never wraps between the two. Decimals are shown only when the øre part is not 0.
 * Throws RangeError for non-integer øre.
 */
export function formatKroner(oere: number, locale: Locale = 'da'): string {
  assertOere(oere);
  const p = splitOere(oere);
  const sign = p.negative ? '-' : '';
  const dec = String(p.oere).padStart(2, '0');
  if (locale === 'en') {
    const body = groupThousands(p.kroner, ',') + (p.oere !== 0 ? `.${dec}` : '');
    return `${sign}DKK${NBSP}${body}`;
  }
  const body = groupThousands(p.kroner, '.') + (p.oere !== 0 ? `,${dec}` : '');
  return `${sign}${body}${NBSP}kr.`;
}

/**
 * The string to put back into a kroner input field: `5.000.000`, `1.234,50`, `-12,05`.
 * `parseKronerInput(oereToKronerInput(x)) === x` for every safe integer x.
 */
export function oereToKronerInput(oere: number): string {
  assertOere(oere);
  const p = splitOere(oere);
  const sign = p.negative ? '-' : '';
  const body = groupThousands(p.kroner, '.') + (p.oere !== 0 ? `,${String(p.oere).padStart(2, '0')}` : '');
  return sign + body;
}

const INTEGER_PART = [
  /^\d+$/, // 5000000
  /^\d{1,3}(?:\.\d{3})+$/, // 5.000.000 (a dot followed by exactly three digits is a thousands separator)
  /^\d{1,3}(?: \d{3})+$/, // 5 000 000
];

/**
 * Parses what a Danish user types in a kroner field and returns øre, or null.
 * Accepts `5.000.000`, `5000000`, `5 000 000`, `1.234,50`, `1234,5`, `1.000,-`, `kr. 1.000`,
 * `1.000 kr.`, `DKK 1.000`, and a leading minus. Comma is the decimal separator (at most 2 decimals).
 * Returns null for empty input, garbage, more than 2 decimals, a dot not followed by exactly three
 * digits (`1234.50` is ambiguous and refused), and values beyond Number.MAX_SAFE_INTEGER øre.
 */
export function parseKronerInput(text: string): number | null {
  // Normalise every kind of whitespace (incl. no-break spaces) to one ordinary space.
  let s = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  s = s
    .replace(/^(?:kr\.?|dkk)\s*/i, '')
    .replace(/\s*(?:kr\.?|dkk)$/i, '')
    .trim();
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/,-{1,2}$/, ''); // "1.000,-" means whole kroner
  const m = /^([\d. ]+?)(?:,(\d+))?$/.exec(s);
  if (!m) return null;
  const intPart = m[1] ?? '';
  const decPart = m[2];
  if (!INTEGER_PART.some((re) => re.test(intPart))) return null;
  if (decPart !== undefined && decPart.length > 2) return null;
  const kroner = BigInt(intPart.replace(/[. ]/g, ''));
  const oere = decPart === undefined ? 0n : BigInt(decPart.padEnd(2, '0'));
  const total = kroner * 100n + oere;
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const value = Number(total);
  return negative && value !== 0 ? -value : value;
}

/** The message for a kroner field whose text is not an amount. */
export const kronerInputError = {
  da: 'Skriv beløbet i kroner, fx 250.000 eller 1.234,50',
  en: 'Write the amount in kroner, e.g. 250.000 or 1.234,50',
} as const;

export interface OereSchemaMessages {
  /** When the value is not a number at all (e.g. "Angiv beløbet i kroner, fx 5.000.000"). */
  type?: string;
  /** When it is not whole øre. */
  int?: string;
  /** When it is negative. */
  negative?: string;
  /** When it is above `max`. */
  tooLarge?: string;
  /** The largest amount accepted (default the largest safe integer). */
  max?: number;
}

/**
 * The one schema of an amount in øre: a whole number ≥ 0 within the safe range. Forms convert
 * what was typed in kroner with `parseKronerInput` before this sees it; each area may word its
 * messages for its own fields.
 */
export function oereSchema(messages: OereSchemaMessages = {}) {
  return z
    .number({ error: messages.type ?? 'Angiv beløbet i kroner, fx 250.000' })
    .int({ error: messages.int ?? 'Beløbet skal være et helt antal øre' })
    .min(0, { error: messages.negative ?? 'Beløbet kan ikke være negativt' })
    .max(messages.max ?? Number.MAX_SAFE_INTEGER, messages.tooLarge ? { error: messages.tooLarge } : undefined);
}

/** A budget year 2000–2100; a form's "2026" is read as the number. */
export const budgetYearSchema = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z.number({ error: 'Angiv året' }).int({ error: 'Angiv et helt år' }).min(2000, { error: 'Angiv et gyldigt år' }).max(2100, { error: 'Angiv et gyldigt år' }),
);

/** The one schema of an amount for one budget year (decisions, recommendations, commitments, splits). */
export const yearAmountSchema = z.object({ year: budgetYearSchema, amountOere: oereSchema() });
