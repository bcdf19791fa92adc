import { desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { importBatches } from '../../db/schema/imports.js';
import type { ImportMapping } from '../../domain/project-import.js';
import { notFound } from '../../errors.js';
import { authorize, can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export interface ImportBatch {
  id: string;
  organisationId: string;
  fileName: string;
  sheetNames: string[];
  sheet: string;
  headers: string[];
  rows: string[][];
  mapping: ImportMapping;
  importedAt: Date | null;
  importedCount: number | null;
  createdAt: Date;
}

const batchIdSchema = z.object({ batchId: z.string() });

/** One batch, for its own organisation's importers only (404 for anyone else). */
export async function getImportBatch(db: Db, actor: Actor, input: unknown): Promise<ImportBatch> {
  const { batchId } = parseInput(batchIdSchema, input);
  if (!z.uuid().safeParse(batchId).success) throw notFound();
  const [b] = await db.select().from(importBatches).where(eq(importBatches.id, batchId));
  if (!b) throw notFound();
  authorize(actor, 'import.run', b.organisationId);
  return {
    id: b.id,
    organisationId: b.organisationId,
    fileName: b.fileName,
    sheetNames: b.sheets.map((s) => s.name),
    sheet: b.sheet,
    headers: b.headers,
    rows: b.rows,
    mapping: b.mapping,
    importedAt: b.importedAt,
    importedCount: b.importedCount,
    createdAt: b.createdAt,
  };
}

export interface ImportBatchSummary {
  id: string;
  organisationId: string;
  fileName: string;
  rowCount: number;
  importedAt: Date | null;
  importedCount: number | null;
  createdAt: Date;
}

/** The latest batches of the organisations where the actor may import. */
export async function listImportBatches(db: Db, actor: Actor): Promise<ImportBatchSummary[]> {
  const orgs = organisationIds(actor).filter((o) => can(actor, 'import.run', o));
  if (orgs.length === 0) return [];
  return db
    .select({
      id: importBatches.id,
      organisationId: importBatches.organisationId,
      fileName: importBatches.fileName,
      rowCount: sql<number>`jsonb_array_length(${importBatches.rows})::int`,
      importedAt: importBatches.importedAt,
      importedCount: importBatches.importedCount,
      createdAt: importBatches.createdAt,
    })
    .from(importBatches)
    .where(inArray(importBatches.organisationId, orgs))
    .orderBy(desc(importBatches.createdAt))
    .limit(50);
}
