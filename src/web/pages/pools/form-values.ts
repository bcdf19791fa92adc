import { oereToKronerInput, parseKronerInput } from '../../../domain/money.js';
import type { FieldErrors } from '../../../errors.js';
import { fieldName } from '../../form-kit/index.js';

/**
 * Helpers for the pool forms: everything a form posts is a string in a nested object (readForm);
 * these turn it into what the pool schema takes and back. Anything that cannot be read is passed on
 * as typed, so the schema reports it with its Danish message at the right field.
 */
export type Row = Record<string, unknown>;

export const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
export const rec = (v: unknown): Row => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Row) : {});
export const arr = (v: unknown): Row[] => {
  if (Array.isArray(v)) return v.map(rec);
  if (typeof v === 'object' && v !== null) return Object.values(v as Row).map(rec); // qs gives an object past its array limit
  return [];
};
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s) => s !== '') : typeof v === 'string' && v !== '' ? [v] : []);

/** An integer, or the typed text (the schema then says what is wrong), or undefined when blank. */
export function int(v: unknown): number | string | undefined {
  const s = str(v);
  if (s === '') return undefined;
  return /^-?\d+$/.test(s) ? Number(s) : s;
}

/** A number typed the Danish way ("2,5" or "2.5"), or the typed text, or undefined when blank. */
export function decimal(v: unknown): number | string | undefined {
  const s = str(v).replace(/\s|%/g, '');
  if (s === '') return undefined;
  const normalised = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : str(v);
}

/** Kroner typed in a form → øre; blank is 0 kr.; unreadable text is passed on as typed. */
export function kroner(v: unknown): number | string {
  const s = str(v);
  if (s === '') return 0;
  return parseKronerInput(s) ?? s;
}

export const kronerText = (oere: number): string => oereToKronerInput(oere);

/** Percent for a form field: 1000 bp → "10", 250 → "2,5". */
export const percentText = (bp: number): string => String(bp / 100).replace('.', ',');

/** A key from a Danish name: "Innovation og Test" → "innovation-og-test". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** True when every listed text field of the row is empty (selects and checkboxes do not count). */
export const blank = (row: Row, fields: string[]): boolean => fields.every((f) => str(dig(row, f)) === '');

function dig(row: Row, path: string): unknown {
  let cur: unknown = row;
  for (const p of path.split('.')) cur = rec(cur)[p];
  return cur;
}

/** The rows to render: those given, plus one blank row unless the last one already is blank. */
export function withTrailingBlank(rows: Row[], isBlank: (r: Row) => boolean): Row[] {
  const last = rows[rows.length - 1];
  return last && isBlank(last) ? rows : [...rows, {}];
}

/**
 * The form field that shows an error at a schema path. Fields the form names differently from the
 * schema (kroner for øre, percent for basis points, date for a timestamp, one "antal" per rule) are
 * mapped here; everything else follows `fieldName`.
 */
export function formFieldFor(path: string): string {
  const p = path.split('.');
  const last = p[p.length - 1];
  if (p[0] === 'followUpMonths') return 'followUpMonths';
  if (last === 'amountOere') p[p.length - 1] = 'kroner';
  if (last === 'shareBp') p[p.length - 1] = 'sharePercent';
  if (p[0] === 'eligibilityRules' && p[2] === 'params') return fieldName(['eligibilityRules', p[1], 'number'].join('.'));
  if (p[0] === 'eligibilityRules' && (p[2] === 'appliesToBudgetLines' || p[2] === 'exemptBudgetLines')) return fieldName(p.slice(0, 3).join('.'));
  if (p[0] === 'meetings' && p[2] === 'startsAt') return fieldName(['meetings', p[1], 'date'].join('.'));
  return fieldName(p.join('.'));
}

/** Use-case errors (schema paths) → errors by form field name; the first message per field wins. */
export function formErrors(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[formFieldFor(path)] ??= message;
  return out;
}
