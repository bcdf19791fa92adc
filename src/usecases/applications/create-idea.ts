import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { notifyIdeaCreated } from '../notifications/case-events.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { assertOpen } from './create-application.js';
import { loadPoolContext } from './pool-context.js';
import { createIdeaSchema } from './schemas.js';

/** Send a short idea with its need analysis to a pool's secretariat. */
export async function createIdea(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<{ id: string }> {
  const data = parseInput(createIdeaSchema, input);
  const { pool } = await loadPoolContext(db, data.poolId);
  authorize(actor, 'idea.create', pool.organisationId);
  assertOpen(pool, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ideas)
      .values({
        organisationId: pool.organisationId,
        poolId: pool.id,
        authorUserId: actor.userId,
        title: data.title,
        summary: data.summary,
        needAnalysis: data.needAnalysis,
      })
      .returning({ id: ideas.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'idea.created',
      objectType: 'idea',
      objectId: row.id,
      organisationId: pool.organisationId,
      after: { poolId: pool.id, title: data.title },
    });
    await notifyIdeaCreated(tx, { id: row.id, organisationId: pool.organisationId, title: data.title, authorName: actor.name });
    return row;
  });
}
