import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { assertOpen, insertDraft, type CreatedApplication } from './create-application.js';
import { mayConvertIdea } from '../../policies/applications.js';
import { loadIdeaFor } from './load-idea-for.js';
import { loadPoolContext } from './pool-context.js';
import { convertIdeaSchema } from './schemas.js';

/** The idea's author turns it into an application draft; title, summary and need analysis are carried over. */
export async function convertIdeaToApplication(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<CreatedApplication> {
  const { ideaId } = parseInput(convertIdeaSchema, input);
  return db.transaction(async (tx) => {
    const { idea, ...access } = await loadIdeaFor(tx, actor, ideaId, { forUpdate: true });
    if (!mayConvertIdea(access))
      throw new AppError('FORBIDDEN', {
        message: { da: 'Kun den, der har fået idéen, kan gøre den til en ansøgning.', en: 'Only the author of the idea can turn it into an application.' },
      });
    if (idea.status !== 'open') {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Idéen er allerede blevet til en ansøgning.', en: 'The idea has already become an application.' },
      });
    }
    const { pool } = await loadPoolContext(tx, idea.poolId);
    assertOpen(pool, now);
    const created = await insertDraft(
      tx,
      actor,
      pool,
      idea.title,
      { summary: idea.summary, needAnalysis: idea.needAnalysis },
      'application.created_from_idea',
      { ideaId: idea.id },
    );
    await tx.update(ideas).set({ status: 'converted', applicationId: created.id, updatedAt: new Date() }).where(eq(ideas.id, idea.id));
    await recordAudit(tx, actor, {
      action: 'idea.converted',
      objectType: 'idea',
      objectId: idea.id,
      organisationId: idea.organisationId,
      before: { status: 'open' },
      after: { status: 'converted', applicationId: created.id },
    });
    return created;
  });
}
