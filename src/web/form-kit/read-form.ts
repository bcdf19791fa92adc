import type { Context } from 'hono';
import qs from 'qs';
import type { AppEnv } from '../env.js';

/** A posted form's fields as a nested object: `lines[0][name]` becomes `{ lines: [{ name }] }`. */
export type FormValues = Record<string, unknown>;

export interface FormData {
  values: FormValues;
  files: Record<string, File[]>;
}

/** Read an urlencoded or multipart form into nested values plus uploaded files. */
export async function readForm(c: Context<AppEnv>): Promise<FormData> {
  const body = await c.req.parseBody({ all: true });
  const pairs: [string, string][] = [];
  const files: Record<string, File[]> = {};
  for (const [name, raw] of Object.entries(body)) {
    if (name === '_csrf') continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value === 'string') pairs.push([name, value]);
      else if (value.size > 0 || value.name) (files[name] ??= []).push(value);
    }
  }
  const values = qs.parse(new URLSearchParams(pairs).toString(), { depth: 10, arrayLimit: 500, parameterLimit: 5000 });
  return { values: values as Record<string, unknown>, files };
}

/** Dotted zod path (`lines.0.name`) → form field name (`lines[0][name]`), so errors land next to their input. */
export function fieldName(path: string): string {
  const [first, ...rest] = path.split('.');
  return first + rest.map((p) => `[${p}]`).join('');
}

/** Read a nested value from form values by a form field name like `lines[0][name]`. */
export function valueAt(values: unknown, name: string): string {
  const parts = name.replace(/\]/g, '').split('[');
  let cur: unknown = values;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur === undefined || cur === null ? '' : String(cur);
}
