import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';

export interface LedgerProject {
  id: string;
  poolId: string;
  organisationId: string;
  title: string;
  caseNumber: string;
  leadDepartmentId: string | null;
}

/** The project (application) a payout or return is for; NOT_FOUND for an unknown or malformed id. */
export async function projectOf(db: Db, applicationId: string): Promise<LedgerProject> {
  if (!isUuid(applicationId)) throw notFound();
  const [app] = await db
    .select({
      id: applications.id,
      poolId: applications.poolId,
      organisationId: applications.organisationId,
      title: applications.title,
      caseNumber: applications.caseNumber,
      leadDepartmentId: applications.leadDepartmentId,
    })
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!app) throw notFound();
  return app;
}
