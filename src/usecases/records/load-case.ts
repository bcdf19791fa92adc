import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';

export const caseIdSchema = z.object({ applicationId: z.string({ error: 'Angiv sagen' }).trim().min(1, { error: 'Angiv sagen' }) });

export type CaseRow = typeof applications.$inferSelect;

/** The application row of a case, or NOT_FOUND. No authorization: callers authorize (policies/records.ts). */
export async function loadCase(db: Db, applicationId: string): Promise<CaseRow> {
  if (!isUuid(applicationId)) throw notFound();
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId));
  if (!row) throw notFound();
  return row;
}
