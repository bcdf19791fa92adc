import type { ApplicationContent } from '../../../domain/application-content.js';
import type { FieldDef, ItemDef, SectionDef } from '../../../domain/application-sections.js';
import { oereToKronerInput, parseKronerInput } from '../../../domain/money.js';
import { rowsOf, textOf, type FormValues } from '../../form-kit/index.js';

/**
 * Between the form (strings, kroner, "ja"/"nej", percent) and the use case's input (øre, booleans,
 * fractions). A value that does not parse is passed on as typed, so the use case's schema rejects it
 * with its Danish message and the form shows it again unchanged. Posted values are read with the
 * form kit (`textOf`, `rowsOf`); kroner go through `parseKronerInput` (domain/money).
 */

function parseDecimal(s: string): number | null {
  const t = s.replace(/[\s\u00a0]/g, '');
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return null;
}

/** One form field → input value; `undefined` means "leave out" (a radio nobody chose). */
function toInput(def: FieldDef, raw: unknown, inObject: boolean): unknown {
  const s = textOf(raw).trim();
  switch (def.kind) {
    case 'money': {
      if (s === '') return inObject ? null : '';
      return parseKronerInput(s) ?? s;
    }
    case 'number':
    case 'year': {
      if (s === '') return inObject ? null : '';
      return parseDecimal(s) ?? s;
    }
    case 'percent': {
      if (s === '') return null;
      const n = parseDecimal(s.replace(/%$/, '').trim());
      return n === null ? s : Math.round(n * 1000) / 100_000;
    }
    case 'yesno':
      return s === 'ja' ? true : s === 'nej' ? false : undefined;
    case 'radios':
      return s === '' ? undefined : s;
    case 'checkboxes':
      return Array.isArray(raw) ? raw.map(textOf) : s === '' ? [] : [s];
    default:
      return textOf(raw);
  }
}

const isBlankRow = (row: FormValues) => Object.values(row).every((v) => textOf(v).trim() === '');

export interface MappedForm {
  /** The use case's input for this section's fields. */
  patch: Record<string, unknown>;
  /** The typed values, with blank rows dropped (and a removed row taken out), to show again. */
  values: FormValues;
}

/**
 * The section's fields from the posted form. Blank repeatable rows are dropped; `removeRow` takes one
 * out (the "Fjern" button).
 */
export function formToPatch(section: SectionDef, posted: FormValues, removeRow?: { key: string; index: number }): MappedForm {
  const patch: Record<string, unknown> = {};
  const values: FormValues = { ...posted };
  for (const item of section.items) mapItem(item, posted, patch, values, removeRow);
  return { patch, values };
}

function mapItem(item: ItemDef, posted: FormValues, patch: Record<string, unknown>, values: FormValues, removeRow?: { key: string; index: number }): void {
  if (item.kind === 'rows') {
    const rows = rowsOf(posted[item.key])
      .filter((_, i) => !(removeRow?.key === item.key && removeRow.index === i))
      .filter((r) => !isBlankRow(r));
    values[item.key] = rows;
    patch[item.key] = rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const f of item.fields) out[f.key] = toInput(f, row[f.key], false);
      return out;
    });
    return;
  }
  if (item.kind === 'object') {
    const obj = (posted[item.key] && typeof posted[item.key] === 'object' ? posted[item.key] : {}) as FormValues;
    const out: Record<string, unknown> = {};
    for (const f of item.fields) out[f.key] = toInput(f, obj[f.key], true);
    patch[item.key] = out;
    return;
  }
  const v = toInput(item, posted[item.key], false);
  if (v !== undefined) patch[item.key] = v;
}

/** A stored value as the text a form field shows (stored numbers, such as a year, as digits). */
const shown = (v: unknown): string => (typeof v === 'number' ? String(v) : textOf(v));

function toForm(def: FieldDef, v: unknown): unknown {
  if (v === undefined || v === null) return def.kind === 'checkboxes' ? [] : '';
  switch (def.kind) {
    case 'money':
      return typeof v === 'number' ? oereToKronerInput(v) : shown(v);
    case 'number':
      return typeof v === 'number' ? String(v).replace('.', ',') : shown(v);
    case 'percent':
      return typeof v === 'number' ? String(Math.round(v * 100_000) / 1000).replace('.', ',') : shown(v);
    case 'yesno':
      return v === true ? 'ja' : v === false ? 'nej' : '';
    case 'checkboxes':
      return Array.isArray(v) ? v.map(shown) : [];
    default:
      return shown(v);
  }
}

/** Stored content → the form's values (kroner, "ja"/"nej", percent). */
export function contentToForm(section: SectionDef, title: string, c: ApplicationContent): FormValues {
  const record = c as Record<string, unknown>;
  const values: FormValues = {};
  for (const item of section.items) {
    if (item.kind === 'rows') {
      const rows = (record[item.key] as Record<string, unknown>[] | undefined) ?? [];
      values[item.key] = rows.map((row) => Object.fromEntries(item.fields.map((f) => [f.key, toForm(f, row[f.key])])));
    } else if (item.kind === 'object') {
      const obj = (record[item.key] as Record<string, unknown> | undefined) ?? {};
      values[item.key] = Object.fromEntries(item.fields.map((f) => [f.key, toForm(f, obj[f.key])]));
    } else {
      values[item.key] = toForm(item, item.key === 'title' ? title : record[item.key]);
    }
  }
  return values;
}
