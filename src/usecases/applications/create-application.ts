import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import type { ApplicationContent } from '../../domain/application-content.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { validationFailed } from '../../errors.js';
import { periodHasEnded } from '../../domain/pool-period.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { nextCaseNumber } from './case-number.js';
import { loadPoolContext, type PoolRow } from './pool-context.js';
import { createApplicationSchema } from './schemas.js';

export interface CreatedApplication {
  id: string;
  caseNumber: string;
}

/** Start an application (a draft) in an open pool; the actor becomes its lead applicant. */
export async function createApplication(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<CreatedApplication> {
  const data = parseInput(createApplicationSchema, input);
  const { pool } = await loadPoolContext(db, data.poolId);
  authorize(actor, 'application.create', pool.organisationId);
  assertOpen(pool, now);
  return db.transaction((tx) => insertDraft(tx, actor, pool, data.title, {}, 'application.created'));
}

/** Refuses a pool that is not open, or whose period has ended (then it is closed whatever its status says). */
export function assertOpen(pool: PoolRow, now: Date = new Date()): void {
  if (pool.status === 'open' && periodHasEnded(pool, now)) {
    throw validationFailed(
      { poolId: `Puljen er lukket: dens periode sluttede i ${pool.periodEndYear}` },
      { da: `Puljen er lukket: dens periode sluttede i ${pool.periodEndYear}.`, en: `The pool is closed: its period ended in ${pool.periodEndYear}.` },
    );
  }
  if (pool.status !== 'open') {
    throw validationFailed(
      { poolId: 'Puljen er ikke åben for ansøgninger' },
      { da: 'Puljen er ikke åben for ansøgninger.', en: 'The pool is not open for applications.' },
    );
  }
}

/** Insert a draft with a new case number and its audit event (inside the caller's transaction). */
export async function insertDraft(
  tx: Db,
  actor: Actor,
  pool: PoolRow,
  title: string,
  content: ApplicationContent,
  auditAction: string,
  auditExtra: Record<string, unknown> = {},
): Promise<CreatedApplication> {
  const year = Number(todayInCopenhagen().slice(0, 4));
  const caseNumber = await nextCaseNumber(tx, pool.organisationId, year);
  const [row] = await tx
    .insert(applications)
    .values({ organisationId: pool.organisationId, poolId: pool.id, caseNumber, leadUserId: actor.userId, title, content })
    .returning({ id: applications.id, caseNumber: applications.caseNumber });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, actor, {
    action: auditAction,
    objectType: 'application',
    objectId: row.id,
    organisationId: pool.organisationId,
    after: { caseNumber, poolId: pool.id, title, state: 'draft', ...auditExtra },
  });
  return row;
}
