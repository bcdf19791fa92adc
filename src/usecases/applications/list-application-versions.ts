import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applicationVersions } from '../../db/schema/applications.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';
import { applicationIdSchema } from './schemas.js';

export interface VersionInfo {
  number: number;
  submittedAt: Date;
  submittedBy: string;
}

/** The frozen versions of an application, oldest first, for anyone who may see it. */
export async function listApplicationVersions(db: Db, actor: Actor, input: unknown): Promise<VersionInfo[]> {
  const { applicationId } = parseInput(applicationIdSchema, input);
  const { application } = await loadApplicationFor(db, actor, applicationId);
  return db
    .select({ number: applicationVersions.number, submittedAt: applicationVersions.submittedAt, submittedBy: users.name })
    .from(applicationVersions)
    .innerJoin(users, eq(users.id, applicationVersions.submittedByUserId))
    .where(eq(applicationVersions.applicationId, application.id))
    .orderBy(asc(applicationVersions.number));
}
