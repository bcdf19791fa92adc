import { kronerInputError, parseKronerInput, type YearAmount } from '../../domain/money.js';
import { parseDanishDate } from '../../domain/dates.js';
import type { FormValues } from './read-form.js';

/** A posted value as text: a string as it was typed, anything else (missing, nested) as ''. */
export const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A posted whole number, or undefined when empty or not a whole number (the use case's schema then reports it). */
export const intOf = (v: unknown): number | undefined => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined);

/** Rows posted as `name[0][field]`: qs gives an array, or an object when the indexes have gaps. */
export function rowsOf(v: unknown): Record<string, unknown>[] {
  const list = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
  return list.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object');
}

/**
 * Reads a posted form's fields by name and collects the errors of fields that cannot even be
 * read (a kroner field that is not an amount, a date that is not a date), keyed by field name,
 * so they stand next to the use case's own errors.
 */
export class FormFields {
  readonly errors: Record<string, string> = {};
  constructor(readonly values: FormValues) {}

  /** The value at a nested field name such as `split[0][amount]`. */
  raw(name: string): unknown {
    let cur: unknown = this.values;
    for (const part of name.replace(/\]/g, '').split('[')) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[part];
    }
    return cur;
  }

  text(name: string): string {
    return textOf(this.raw(name));
  }

  /** Text, or undefined when left empty. */
  optionalText(name: string): string | undefined {
    const s = this.text(name).trim();
    return s === '' ? undefined : s;
  }

  int(name: string): number | undefined {
    return intOf(this.raw(name));
  }

  /**
   * A kroner field as øre; undefined when empty. Text that is not an amount gets an error on the
   * field and reads as NaN, which every øre schema refuses — so the use case refuses too and
   * nothing is saved with the amount left out.
   */
  kroner(name: string): number | undefined {
    const text = this.text(name).trim();
    if (text === '') return undefined;
    const oere = parseKronerInput(text);
    if (oere === null) this.errors[name] = kronerInputError.da;
    return oere ?? Number.NaN;
  }

  /** A date typed as `15.3.2026`, `15-03-2026` or `2026-03-15` → ISO `2026-03-15`; undefined when empty; not a date → an error, and the text as typed (which an ISO date schema refuses). */
  date(name: string): string | undefined {
    const text = this.text(name).trim();
    if (text === '') return undefined;
    const iso = parseDanishDate(text);
    if (iso === null) this.errors[name] = 'Skriv datoen som dd.mm.åååå, fx 15.03.2026';
    return iso ?? text;
  }

  /** Year rows `name[i][year]` / `name[i][amount]` (kroner) → year amounts; rows with an empty amount are left out (an unreadable one stays, as NaN, so the schema refuses it). */
  yearAmounts(name = 'split'): YearAmount[] {
    const out: YearAmount[] = [];
    rowsOf(this.raw(name)).forEach((row, i) => {
      const amount = this.kroner(`${name}[${i}][amount]`);
      if (amount === undefined) return;
      out.push({ year: intOf(row.year) ?? Number(row.year), amountOere: amount });
    });
    return out;
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}
