import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntries, technologyCategories } from '../../db/schema/catalogue.js';
import { importBatches } from '../../db/schema/imports.js';
import { departments } from '../../db/schema/organisations.js';
import {
  IMPORT_FIELDS,
  mappingErrors,
  readImportRows,
  type ImportError,
  type ImportField,
  type ImportMapping,
  type ImportedProject,
  type ImportLookups,
} from '../../domain/project-import.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { getImportBatch } from './get-import-batch.js';

const mappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.string()).transform((m) => {
  const out: ImportMapping = {};
  for (const [k, v] of Object.entries(m)) if (v && v.trim() !== '') out[k as keyof ImportMapping] = v;
  return out;
});

export const importProjectsSchema = z.object({
  batchId: z.string(),
  /** Field → the file's column header; omitted: the batch's saved mapping. */
  mapping: mappingSchema.optional(),
  /** The sheet to read (an .xlsx with several); omitted: the batch's current sheet. */
  sheet: z.string().optional(),
  /** Only check and preview; nothing is imported. */
  dryRun: z.boolean().default(false),
});

export interface ImportResult {
  batchId: string;
  dryRun: boolean;
  sheet: string;
  mapping: ImportMapping;
  projects: ImportedProject[];
  errors: ImportError[];
  /** What the import did (or, on a dry run, would do): new entries, changed ones, and those already as in the file. */
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Check a batch with a mapping and, unless it is a dry run, import it in ONE transaction: a catalogue
 * entry per row (source 'import', importKey = the key column), inserted or updated by
 * (organisation, key), so importing the same file again changes nothing. Any row error refuses the
 * whole import (VALIDATION_FAILED, one message per row and column) and nothing is saved. The money
 * columns are kept on the entry (budget and spent); no project or ledger entries are created for history.
 */
export async function importProjects(db: Db, actor: Actor, input: unknown): Promise<ImportResult> {
  const data = parseInput(importProjectsSchema, input);
  const batch = await getImportBatch(db, actor, { batchId: data.batchId }); // authorizes import.run
  return db.transaction(async (tx) => {
    const [stored] = await tx.select({ sheets: importBatches.sheets }).from(importBatches).where(eq(importBatches.id, batch.id)).for('update');
    const sheets = stored?.sheets ?? [];
    const sheet = sheets.find((s) => s.name === (data.sheet ?? batch.sheet)) ?? { name: batch.sheet, headers: batch.headers, rows: batch.rows };
    if (data.sheet !== undefined && !sheets.some((s) => s.name === data.sheet)) throw validationFailed({ sheet: `Filen har intet ark '${data.sheet}'` });
    const mapping = data.mapping ?? batch.mapping;
    // The choice is kept by a dry run and an import (a refused import rolls it back; the page shows what was posted).
    await tx.update(importBatches).set({ sheet: sheet.name, headers: sheet.headers, rows: sheet.rows, mapping }).where(eq(importBatches.id, batch.id));
    const badMapping = mappingErrors(sheet.headers, mapping);
    if (Object.keys(badMapping).length > 0) throw validationFailed(prefixed(badMapping, 'mapping'));
    const { result, plan } = await check(tx, batch.id, batch.organisationId, sheet, mapping, data.dryRun);
    if (data.dryRun) return result;
    if (result.errors.length > 0) {
      const fields: FieldErrors = {};
      for (const e of result.errors) fields[`rows.${e.rowNumber}.${e.field}`] = e.message;
      throw validationFailed(fields, {
        da: `Intet er importeret: ${result.errors.length === 1 ? 'én række har en fejl' : `${result.errors.length} fejl i filen`}. Ret filen, og prøv igen.`,
        en: `Nothing was imported: ${result.errors.length} error(s) in the file. Correct the file and try again.`,
      });
    }
    await write(tx, actor, batch.organisationId, plan);
    await tx.update(importBatches).set({ importedAt: new Date(), importedCount: result.projects.length }).where(eq(importBatches.id, batch.id));
    await recordAudit(tx, actor, {
      action: 'import.run',
      objectType: 'import_batch',
      objectId: batch.id,
      organisationId: batch.organisationId,
      after: { sheet: sheet.name, mapping, created: result.created, updated: result.updated, unchanged: result.unchanged },
    });
    return result;
  });
}

/** Read the rows with the mapping and plan the writes; nothing is written. */
async function check(
  db: Db,
  batchId: string,
  organisationId: string,
  sheet: { name: string; headers: string[]; rows: string[][] },
  mapping: ImportMapping,
  dryRun: boolean,
): Promise<{ result: ImportResult; plan: Plan }> {
  const preview = readImportRows(sheet.headers, sheet.rows, mapping, await lookups(db, organisationId));
  const plan = await planWrites(db, organisationId, preview.projects);
  const result: ImportResult = {
    batchId,
    dryRun,
    sheet: sheet.name,
    mapping,
    projects: preview.projects,
    errors: preview.errors,
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: preview.projects.length - plan.create.length - plan.update.length,
  };
  return { result, plan };
}

/** The preview of a batch with its saved sheet and mapping, for the batch page (read only); the mapping's own errors by field. */
export async function previewImport(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ result: ImportResult; mappingErrors: Partial<Record<ImportField, string>> }> {
  const batch = await getImportBatch(db, actor, input);
  const sheet = { name: batch.sheet, headers: batch.headers, rows: batch.rows };
  const bad = mappingErrors(batch.headers, batch.mapping);
  if (Object.keys(bad).length > 0) {
    const empty: ImportResult = {
      batchId: batch.id,
      dryRun: true,
      sheet: batch.sheet,
      mapping: batch.mapping,
      projects: [],
      errors: [],
      created: 0,
      updated: 0,
      unchanged: 0,
    };
    return { result: empty, mappingErrors: bad };
  }
  return { result: (await check(db, batch.id, batch.organisationId, sheet, batch.mapping, true)).result, mappingErrors: {} };
}

const prefixed = (errors: Record<string, string>, prefix: string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));

async function lookups(db: Db, organisationId: string): Promise<ImportLookups> {
  const cats = await db
    .select({ id: technologyCategories.id, key: technologyCategories.key, labelDa: technologyCategories.labelDa })
    .from(technologyCategories);
  const depts = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.organisationId, organisationId));
  const categories = new Map<string, string>();
  for (const c of cats) {
    categories.set(c.key.toLowerCase(), c.id);
    categories.set(c.labelDa.toLowerCase(), c.id);
  }
  return { categories, departments: new Map(depts.map((d) => [d.name.toLowerCase(), d.id])) };
}

/** The entry's columns a row sets. */
function entryValues(p: ImportedProject) {
  return {
    title: p.title,
    summary: p.summary,
    problem: p.problem,
    technologyCategoryId: p.categoryId,
    unitName: p.unitName,
    departmentId: p.departmentId,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    budgetOere: p.budgetOere,
    spentOere: p.spentOere,
    evaluationOutcome: p.outcome,
  };
}
type EntryValues = ReturnType<typeof entryValues>;
const VALUE_KEYS = Object.keys(entryValues({} as ImportedProject)) as (keyof EntryValues)[];

interface Plan {
  create: { key: string; values: EntryValues }[];
  update: { id: string; key: string; before: EntryValues; values: EntryValues }[];
}

/** Which rows are new, which change an entry imported before, and (the rest) which are already as in the file. */
async function planWrites(db: Db, organisationId: string, projects: ImportedProject[]): Promise<Plan> {
  const keys = projects.map((p) => p.key).filter((k) => k !== '');
  const existing =
    keys.length === 0
      ? []
      : await db
          .select()
          .from(catalogueEntries)
          .where(and(eq(catalogueEntries.organisationId, organisationId), inArray(catalogueEntries.importKey, keys)));
  const byKey = new Map(existing.map((e) => [e.importKey ?? '', e]));
  const plan: Plan = { create: [], update: [] };
  for (const p of projects) {
    const values = entryValues(p);
    const old = byKey.get(p.key);
    if (!old) {
      plan.create.push({ key: p.key, values });
      continue;
    }
    const before = Object.fromEntries(VALUE_KEYS.map((k) => [k, old[k]])) as EntryValues;
    if (VALUE_KEYS.some((k) => before[k] !== values[k])) plan.update.push({ id: old.id, key: p.key, before, values });
  }
  return plan;
}

async function write(tx: Db, actor: Actor, organisationId: string, plan: Plan): Promise<void> {
  for (const c of plan.create) {
    const [row] = await tx
      .insert(catalogueEntries)
      .values({ organisationId, source: 'import', importKey: c.key, visibility: 'organisation', publishedByUserId: actor.userId, ...c.values })
      .returning({ id: catalogueEntries.id });
    if (!row) throw new Error('importProjects: no row');
    await recordAudit(tx, actor, {
      action: 'catalogue.imported',
      objectType: 'catalogue_entry',
      objectId: row.id,
      organisationId,
      after: { importKey: c.key, ...c.values },
    });
  }
  for (const u of plan.update) {
    await tx
      .update(catalogueEntries)
      .set({ ...u.values, updatedAt: new Date() })
      .where(eq(catalogueEntries.id, u.id));
    await recordAudit(tx, actor, {
      action: 'catalogue.reimported',
      objectType: 'catalogue_entry',
      objectId: u.id,
      organisationId,
      before: u.before,
      after: u.values,
    });
  }
}
