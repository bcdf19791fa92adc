import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import { pools } from '../../db/schema/pools.js';
import { projectConsultants, projects } from '../../db/schema/projects.js';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/application-workflow.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { seesAllProjects } from '../../policies/projects.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { isProjectState } from './load-project.js';
import { reportFactsFor } from './report-facts.js';
import { ascendingBy, ascendingKey, decodeCursor, pageInputSchema, pageOf } from '../shared/keyset.js';

export const listProjectsSchema = pageInputSchema.extend({
  poolId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ error: 'Ukendt pulje' }).optional()),
});

export interface ProjectListRow {
  applicationId: string;
  title: string;
  caseNumber: string;
  state: ApplicationState;
  poolId: string;
  poolName: string;
  startedOn: string | null;
  nextDueDate: string | null;
  overdueCount: number;
}

const PROJECT_STATES = APPLICATION_STATES.filter(isProjectState);

/**
 * The projects the actor sees: every project of the organisations where they hold a staff role, and
 * elsewhere those they lead, co-apply on or are assigned to as consultant.
 */
export async function listProjects(
  db: Db,
  actor: Actor,
  input: unknown = {},
  opts: { today?: string } = {},
): Promise<{ projects: ProjectListRow[]; nextCursor: string | null }> {
  const { poolId, limit, after } = parseInput(listProjectsSchema, input ?? {});
  const keyset = ascendingBy([pools.name, applications.caseNumber], applications.id, decodeCursor(after));
  const staffOrgs = organisationIds(actor).filter((o) => seesAllProjects(actor, o));
  const mine = or(
    eq(applications.leadUserId, actor.userId),
    inArray(
      applications.id,
      db.select({ id: applicationCoApplicants.applicationId }).from(applicationCoApplicants).where(eq(applicationCoApplicants.userId, actor.userId)),
    ),
    inArray(applications.id, db.select({ id: projectConsultants.applicationId }).from(projectConsultants).where(eq(projectConsultants.userId, actor.userId))),
  );
  const conds: SQL[] = [inArray(applications.state, PROJECT_STATES), inArray(applications.organisationId, organisationIds(actor))];
  const who = staffOrgs.length > 0 ? or(inArray(applications.organisationId, staffOrgs), mine) : mine;
  if (who) conds.push(who);
  if (poolId) conds.push(eq(applications.poolId, poolId));
  if (keyset.after) conds.push(keyset.after);
  if (organisationIds(actor).length === 0) return { projects: [], nextCursor: null };
  const found = await db
    .select({
      applicationId: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      state: applications.state,
      poolId: applications.poolId,
      poolName: pools.name,
      startedOn: projects.startedOn,
    })
    .from(applications)
    .innerJoin(pools, eq(pools.id, applications.poolId))
    .leftJoin(projects, eq(projects.applicationId, applications.id))
    .where(and(...conds))
    .orderBy(...keyset.orderBy)
    .limit(limit + 1);
  const page = pageOf(found, limit, (r) => ({ key: ascendingKey([r.poolName, r.caseNumber]), id: r.applicationId }));
  const rows = page.items;
  const facts = await reportFactsFor(
    db,
    rows.map((r) => r.applicationId),
    opts.today ?? todayInCopenhagen(),
  );
  return {
    projects: rows.map((r) => ({
      ...r,
      nextDueDate: facts.get(r.applicationId)?.nextDueDate ?? null,
      overdueCount: facts.get(r.applicationId)?.overdueCount ?? 0,
    })),
    nextCursor: page.nextCursor,
  };
}
