import type { Bilingual } from './bilingual.js';
import { parseDanishDate } from './dates.js';
import { RECOMMENDATIONS, recommendationLabels, type Recommendation } from './evaluation.js';
import { parseKronerInput } from './money.js';

/**
 * Import of older projects from a spreadsheet: the fields a column can be mapped to, and the pure
 * reading of one row into a catalogue entry's values with Danish errors naming row and column.
 */
export const IMPORT_FIELDS = ['key', 'title', 'summary', 'problem', 'category', 'unit', 'periodStart', 'periodEnd', 'budget', 'spent', 'outcome'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['key', 'title'];

export const importFieldLabels: Record<ImportField, Bilingual> = {
  key: { da: 'Nøgle (entydigt id pr. projekt)', en: 'Key (unique id per project)' },
  title: { da: 'Titel', en: 'Title' },
  summary: { da: 'Resumé', en: 'Summary' },
  problem: { da: 'Problem', en: 'Problem' },
  category: { da: 'Kategori', en: 'Category' },
  unit: { da: 'Enhed', en: 'Unit' },
  periodStart: { da: 'Periode start', en: 'Period start' },
  periodEnd: { da: 'Periode slut', en: 'Period end' },
  budget: { da: 'Budget (kr.)', en: 'Budget (DKK)' },
  spent: { da: 'Forbrug (kr.)', en: 'Spent (DKK)' },
  outcome: { da: 'Resultat (anbefaling)', en: 'Outcome (recommendation)' },
};

/** Header words that suggest a field, for the first guess of the mapping (lower case, no accents needed). */
const HEADER_HINTS: Record<ImportField, string[]> = {
  key: ['nøgle', 'id', 'sagsnr', 'sagsnummer', 'projektnr', 'key'],
  title: ['titel', 'projekt', 'projektnavn', 'navn', 'title'],
  summary: ['resumé', 'resume', 'beskrivelse', 'summary'],
  problem: ['problem', 'udfordring', 'behov'],
  category: ['kategori', 'teknologi', 'category'],
  unit: ['enhed', 'afdeling', 'område', 'unit'],
  periodStart: ['start', 'periode start', 'startdato', 'fra'],
  periodEnd: ['slut', 'periode slut', 'slutdato', 'til'],
  budget: ['budget', 'bevilget', 'bevilling'],
  spent: ['forbrug', 'brugt', 'udgift', 'spent'],
  outcome: ['resultat', 'anbefaling', 'outcome'],
};

export type ImportMapping = Partial<Record<ImportField, string>>;

/** A first mapping from the file's headers: exact hint matches first, then headers that start with a hint. */
export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  const norm = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/\s*\(.*\)$/, '');
  for (const pass of ['exact', 'prefix'] as const) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field]) continue;
      const hit = headers.find((h) => !used.has(h) && HEADER_HINTS[field].some((w) => (pass === 'exact' ? norm(h) === w : norm(h).startsWith(w))));
      if (hit) {
        mapping[field] = hit;
        used.add(hit);
      }
    }
  }
  return mapping;
}

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included); serial numbers in this range are dates 1954–2119. */
const EXCEL_SERIAL = /^\d{5}$/;
function excelSerialToIso(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A date as the seed organisations write them: `31-12-2023`, `31.12.2023`, `2023-12-31`, or an Excel serial number. */
export function parseImportDate(text: string): string | null {
  const s = text.trim();
  if (EXCEL_SERIAL.test(s)) return excelSerialToIso(Number(s));
  return parseDanishDate(s);
}

/** An amount in kroner (`1.234,50`, `1234`, `1.234 kr.`) as øre; spreadsheets' own numbers arrive as `1234,5` (see read-spreadsheet). */
export function parseImportAmount(text: string): number | null {
  const oere = parseKronerInput(text);
  return oere === null || oere < 0 ? null : oere;
}

export function parseOutcome(text: string): Recommendation | null {
  const s = text.trim().toLowerCase();
  return RECOMMENDATIONS.find((r) => r === s || recommendationLabels[r].da.toLowerCase() === s || recommendationLabels[r].en.toLowerCase() === s) ?? null;
}

/** The values of one row, ready for a catalogue entry. Money in øre. */
export interface ImportedProject {
  /** The row's number in the sheet (the header is row 1). */
  rowNumber: number;
  key: string;
  title: string;
  summary: string;
  problem: string;
  categoryId: string | null;
  unitName: string;
  departmentId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  budgetOere: number | null;
  spentOere: number | null;
  outcome: Recommendation | null;
}

export interface ImportError {
  rowNumber: number;
  field: ImportField;
  message: string;
}

export interface ImportLookups {
  /** Category label or key (lower case) → id. */
  categories: Map<string, string>;
  /** Department name (lower case) → id, in the importing organisation. */
  departments: Map<string, string>;
}

export interface ImportPreview {
  projects: ImportedProject[];
  errors: ImportError[];
}

/** A mapping that names a column the file does not have, or leaves a required field out: field → message. */
export function mappingErrors(headers: string[], mapping: ImportMapping): Partial<Record<ImportField, string>> {
  const errors: Partial<Record<ImportField, string>> = {};
  for (const field of REQUIRED_IMPORT_FIELDS)
    if (!mapping[field]) errors[field] = `Vælg den kolonne, der indeholder ${importFieldLabels[field].da.toLowerCase()}`;
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column && !headers.includes(column)) errors[field] = `Filen har ingen kolonne '${column}'`;
  }
  return errors;
}

/** Read every row with the mapping: the projects and the row-level errors (all of them, so one round fixes the file). */
export function readImportRows(headers: string[], rows: string[][], mapping: ImportMapping, lookups: ImportLookups): ImportPreview {
  const index = new Map(headers.map((h, i) => [h, i]));
  const projects: ImportedProject[] = [];
  const errors: ImportError[] = [];
  const firstRowOfKey = new Map<string, number>();
  rows.forEach((row, i) => {
    const rowNumber = i + 2;
    if (row.every((cell) => cell.trim() === '')) return; // blank lines at the end of a sheet
    const cell = (field: ImportField): string => {
      const column = mapping[field];
      const at = column === undefined ? undefined : index.get(column);
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const fail = (field: ImportField, what: string) =>
      errors.push({ rowNumber, field, message: `Række ${rowNumber}, kolonne '${mapping[field] ?? ''}': ${what}` });
    const optional = <T>(field: ImportField, parse: (s: string) => T | null, what: (s: string) => string): T | null => {
      const text = cell(field);
      if (text === '') return null;
      const value = parse(text);
      if (value === null) fail(field, what(text));
      return value;
    };
    const key = cell('key');
    const title = cell('title');
    if (key === '') fail('key', 'nøglen mangler');
    else if (firstRowOfKey.has(key)) fail('key', `'${key}' står også i række ${firstRowOfKey.get(key)}`);
    else firstRowOfKey.set(key, rowNumber);
    if (title === '') fail('title', 'titlen mangler');
    const periodStart = optional('periodStart', parseImportDate, (s) => `'${s}' er ikke en dato (skriv fx 31-12-2023 eller 2023-12-31)`);
    const periodEnd = optional('periodEnd', parseImportDate, (s) => `'${s}' er ikke en dato (skriv fx 31-12-2023 eller 2023-12-31)`);
    if (periodStart && periodEnd && periodEnd < periodStart) fail('periodEnd', 'slutdatoen ligger før startdatoen');
    const budgetOere = optional('budget', parseImportAmount, (s) => `'${s}' er ikke et beløb`);
    const spentOere = optional('spent', parseImportAmount, (s) => `'${s}' er ikke et beløb`);
    const categoryId = optional(
      'category',
      (s) => lookups.categories.get(s.toLowerCase()) ?? null,
      (s) => `'${s}' er ikke en kategori i kataloget`,
    );
    const outcome = optional('outcome', parseOutcome, (s) => `'${s}' er ikke et resultat (Drift, Opskalering, Forlængelse eller Stop)`);
    const unitName = cell('unit');
    projects.push({
      rowNumber,
      key,
      title,
      summary: cell('summary'),
      problem: cell('problem'),
      categoryId,
      unitName,
      departmentId: unitName === '' ? null : (lookups.departments.get(unitName.toLowerCase()) ?? null),
      periodStart,
      periodEnd,
      budgetOere,
      spentOere,
      outcome,
    });
  });
  return { projects, errors };
}
