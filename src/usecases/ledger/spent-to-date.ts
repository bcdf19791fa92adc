import type { Db } from '../../db/client.js';

/**
 * HOOK for the follow-up area: what a project has spent to date according to its latest follow-up
 * report, in øre, or null when no report gives it. Returns null until follow-up reports exist; the
 * project's economy page shows "Ikke oplyst endnu" for null.
 */
export async function spentToDateFromReports(_db: Db, _applicationId: string): Promise<number | null> {
  return null;
}
