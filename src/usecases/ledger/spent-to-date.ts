import type { Db } from '../../db/client.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { reportFactsFor } from '../projects/report-facts.js';

/**
 * What a project has spent to date according to its latest accepted follow-up report, in øre (the
 * follow-up area's `reportFactsFor(...).spentToDateOere`), or null when no accepted report gives it;
 * the project's economy page shows "Ikke oplyst endnu" for null.
 */
export async function spentToDateFromReports(db: Db, applicationId: string, today: string = todayInCopenhagen()): Promise<number | null> {
  const facts = await reportFactsFor(db, [applicationId], today);
  return facts.get(applicationId)?.spentToDateOere ?? null;
}
