import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applications } from '../../db/schema/applications.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { departments } from '../../db/schema/organisations.js';
import { budgetLines } from '../../db/schema/pools.js';
import { ENTRY_KINDS, type EntryKind } from '../../domain/ledger.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { findPool } from './ledger-state.js';

/** Query strings and forms send "" for "all"; treat it as absent. */
const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

export const listLedgerEntriesSchema = z.object({
  poolId: z.string(),
  budgetLineId: z.preprocess(blank, z.string().optional()),
  year: z.preprocess(blank, z.coerce.number({ error: 'Året skal være et tal' }).int('Året skal være et helt tal').min(1900).max(2200).optional()),
  kind: z.preprocess(blank, z.enum(ENTRY_KINDS, { error: 'Ukendt posteringstype' }).optional()),
  applicationId: z.preprocess(blank, z.string().optional()),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(20_000).default(200)),
  offset: z.preprocess(blank, z.coerce.number().int().min(0).default(0)),
  /** Oldest first (exports) or newest first (the page, default). */
  order: z.preprocess(blank, z.enum(['newest', 'oldest']).default('newest')),
});
export type ListLedgerEntriesInput = z.input<typeof listLedgerEntriesSchema>;

export interface LedgerEntryView {
  id: string;
  seq: number;
  budgetLineId: string;
  budgetLineName: string;
  year: number;
  kind: EntryKind;
  amountOere: number;
  applicationId: string | null;
  applicationTitle: string | null;
  caseNumber: string | null;
  payeeDepartmentName: string | null;
  reference: string;
  reason: string;
  reversesEntryId: string | null;
  reversedByEntryId: string | null;
  relatedEntryId: string | null;
  recordedByName: string | null;
  recordedAt: string;
}

/** A pool's ledger entries, filtered by line, year, kind and project; newest first unless asked. */
export async function listLedgerEntries(db: Db, actor: Actor, input: unknown): Promise<{ entries: LedgerEntryView[]; total: number }> {
  const data = parseInput(listLedgerEntriesSchema, input);
  if (!isUuid(data.poolId)) throw notFound();
  const pool = await findPool(db, data.poolId);
  authorize(actor, 'ledger.view', pool.organisationId);
  // Unknown ids simply match nothing (no 500 for a malformed filter).
  const badId = (v: string | undefined) => v !== undefined && !isUuid(v);
  if (badId(data.budgetLineId) || badId(data.applicationId)) return { entries: [], total: 0 };
  return queryEntries(db, pool.id, data);
}

/** The query itself, shared with the export and the project page (callers authorize). */
export async function queryEntries(
  db: Db,
  poolId: string,
  f: {
    id?: string | undefined;
    budgetLineId?: string | undefined;
    year?: number | undefined;
    kind?: EntryKind | undefined;
    applicationId?: string | undefined;
    limit: number;
    offset: number;
    order: 'newest' | 'oldest';
  },
): Promise<{ entries: LedgerEntryView[]; total: number }> {
  const conds: SQL[] = [eq(ledgerEntries.poolId, poolId)];
  if (f.id) conds.push(eq(ledgerEntries.id, f.id));
  if (f.budgetLineId) conds.push(eq(ledgerEntries.budgetLineId, f.budgetLineId));
  if (f.year !== undefined) conds.push(eq(ledgerEntries.year, f.year));
  if (f.kind) conds.push(eq(ledgerEntries.kind, f.kind));
  if (f.applicationId) conds.push(eq(ledgerEntries.applicationId, f.applicationId));
  const where = and(...conds);
  const reversal = alias(ledgerEntries, 'reversal');
  const rows = await db
    .select({
      id: ledgerEntries.id,
      seq: ledgerEntries.seq,
      budgetLineId: ledgerEntries.budgetLineId,
      budgetLineName: budgetLines.name,
      year: ledgerEntries.year,
      kind: ledgerEntries.kind,
      amountOere: ledgerEntries.amountOere,
      applicationId: ledgerEntries.applicationId,
      applicationTitle: applications.title,
      caseNumber: applications.caseNumber,
      payeeDepartmentName: departments.name,
      reference: ledgerEntries.reference,
      reason: ledgerEntries.reason,
      reversesEntryId: ledgerEntries.reversesEntryId,
      reversedByEntryId: reversal.id,
      relatedEntryId: ledgerEntries.relatedEntryId,
      recordedByName: users.name,
      recordedAt: ledgerEntries.recordedAt,
    })
    .from(ledgerEntries)
    .innerJoin(budgetLines, eq(budgetLines.id, ledgerEntries.budgetLineId))
    .leftJoin(applications, eq(applications.id, ledgerEntries.applicationId))
    .leftJoin(departments, eq(departments.id, ledgerEntries.payeeDepartmentId))
    .leftJoin(users, eq(users.id, ledgerEntries.recordedBy))
    .leftJoin(reversal, eq(reversal.reversesEntryId, ledgerEntries.id))
    .where(where)
    .orderBy(f.order === 'oldest' ? asc(ledgerEntries.seq) : desc(ledgerEntries.seq))
    .limit(f.limit)
    .offset(f.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(ledgerEntries)
    .where(where);
  return {
    entries: rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() })),
    total: count?.n ?? 0,
  };
}

export const getLedgerEntrySchema = z.object({ entryId: z.string() });

/** One entry with its names, for the correction page (ledger.view on the entry's pool). */
export async function getLedgerEntry(db: Db, actor: Actor, input: unknown): Promise<LedgerEntryView & { poolId: string }> {
  const { entryId } = parseInput(getLedgerEntrySchema, input);
  if (!isUuid(entryId)) throw notFound();
  const [row] = await db.select({ poolId: ledgerEntries.poolId }).from(ledgerEntries).where(eq(ledgerEntries.id, entryId));
  if (!row) throw notFound();
  const pool = await findPool(db, row.poolId);
  authorize(actor, 'ledger.view', pool.organisationId);
  const { entries } = await queryEntries(db, pool.id, { id: entryId, limit: 1, offset: 0, order: 'newest' });
  const entry = entries[0];
  if (!entry) throw notFound();
  return { ...entry, poolId: pool.id };
}
