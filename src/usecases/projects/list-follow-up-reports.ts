import type { Db } from '../../db/client.js';
import type { Actor } from '../shared/actor.js';
import { getProject, type ReportSummary } from './get-project.js';

/** A project's follow-up reports in due-date order with today's status. */
export async function listFollowUpReports(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<{ reports: ReportSummary[] }> {
  const { reports } = await getProject(db, actor, input, opts);
  return { reports };
}
