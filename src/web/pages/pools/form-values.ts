import { oereToKronerInput, parseKronerInput } from '../../../domain/money.js';
import { intOf, textOf } from '../../form-kit/index.js';

/**
 * The pool forms' values: everything a form posts is a string in a nested object (readForm), read
 * with the kit's `textOf`/`intOf`/`rowsOf`. What a field cannot be read as is passed on as typed, so
 * the pool schema reports it with its own Danish message at the right field.
 */
export type Row = Record<string, unknown>;

export const rec = (v: unknown): Row => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Row) : {});
/** The values of a group of checkboxes (one value, several, or none). */
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map((s) => textOf(s).trim()).filter((s) => s !== '');

/** What was typed when it is not blank (the schema then says what is wrong with it). */
const typedOrUndefined = (v: unknown): string | undefined => textOf(v).trim() || undefined;

/** An integer, or the typed text, or undefined when blank. */
export const int = (v: unknown): number | string | undefined => intOf(v) ?? typedOrUndefined(v);

/** A number typed the Danish way ("2,5" or "2.5", "10 %"), or the typed text, or undefined when blank. */
export function decimal(v: unknown): number | string | undefined {
  const normalised = textOf(v).replace(/\s|%/g, '').replace(',', '.');
  if (normalised === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : textOf(v).trim();
}

/** Kroner typed in a form → øre (domain/money's parser); blank is 0 kr.; unreadable text is passed on as typed. */
export function kroner(v: unknown): number | string {
  const typed = textOf(v).trim();
  if (typed === '') return 0;
  return parseKronerInput(typed) ?? typed;
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
export const blank = (row: Row, fields: string[]): boolean => fields.every((f) => textOf(dig(row, f)).trim() === '');

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
 * Where the form shows an error at a schema path, as a dotted path: the fields the form names
 * differently from the schema (kroner for øre, percent for basis points, a date for a timestamp,
 * one "antal" per rule, one field for all follow-up months); everything else is the schema's path.
 */
export function poolFieldPath(path: string): string {
  const p = path.split('.');
  const last = p[p.length - 1];
  if (p[0] === 'followUpMonths') return 'followUpMonths';
  if (last === 'amountOere') p[p.length - 1] = 'kroner';
  if (last === 'shareBp') p[p.length - 1] = 'sharePercent';
  if (p[0] === 'eligibilityRules' && p[2] === 'params') return ['eligibilityRules', p[1], 'number'].join('.');
  if (p[0] === 'eligibilityRules' && (p[2] === 'appliesToBudgetLines' || p[2] === 'exemptBudgetLines')) return p.slice(0, 3).join('.');
  if (p[0] === 'meetings' && p[2] === 'startsAt') return ['meetings', p[1], 'date'].join('.');
  return p.join('.');
}
