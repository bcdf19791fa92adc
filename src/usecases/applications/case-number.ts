import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseNumberCounters } from '../../db/schema/applications.js';

/** The next case number of an organisation's year, e.g. "2026-0007" (an atomic upsert; safe across instances). */
export async function nextCaseNumber(tx: Db, organisationId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ organisationId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [caseNumberCounters.organisationId, caseNumberCounters.year],
      set: { lastNumber: sql`${caseNumberCounters.lastNumber} + 1` },
    })
    .returning({ n: caseNumberCounters.lastNumber });
  if (!row) throw new Error('case number upsert returned no row');
  return `${year}-${String(row.n).padStart(4, '0')}`;
}
