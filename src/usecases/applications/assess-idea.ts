import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { forbidden } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { mayAssessIdea } from '../../policies/applications.js';
import { loadIdeaFor } from './load-idea-for.js';
import { assessIdeaSchema } from './schemas.js';

/** The secretariat marks an idea as promising, needing a new angle, or not a fit for the pool. */
export async function assessIdea(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(assessIdeaSchema, input);
  return db.transaction(async (tx) => {
    const { idea, ...access } = await loadIdeaFor(tx, actor, data.ideaId, { forUpdate: true });
    if (!mayAssessIdea(access)) throw forbidden();
    await tx
      .update(ideas)
      .set({ assessment: data.assessment, assessmentNote: data.note, assessedByUserId: actor.userId, assessedAt: new Date(), updatedAt: new Date() })
      .where(eq(ideas.id, idea.id));
    await recordAudit(tx, actor, {
      action: 'idea.assessed',
      objectType: 'idea',
      objectId: idea.id,
      organisationId: idea.organisationId,
      before: { assessment: idea.assessment, note: idea.assessmentNote },
      after: { assessment: data.assessment, note: data.note },
    });
    return { id: idea.id };
  });
}
